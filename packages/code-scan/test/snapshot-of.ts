import type { SchemaSnapshot, Usage } from '@ripple/model';

/** A base schema for tests: `{ 'public.customers': ['id', 'email'] }` (key without schema means `public`). */
export function snapshotOf(tables: Readonly<Record<string, readonly string[]>>): SchemaSnapshot {
  const list = Object.entries(tables).map(([qualified, columns]) => {
    const [schema, name] = qualified.includes('.') ? qualified.split('.') : ['public', qualified];
    return {
      kind: 'table' as const,
      schema: schema!,
      name: name!,
      columns: columns.map((column, index) => ({ name: column, position: index + 1, type: 'text', nullable: true })),
    };
  });
  return { kind: 'schema-snapshot', schemas: [...new Set(list.map((t) => t.schema))].sort(), tables: list, views: [], indexes: [], constraints: [], dependencies: [] };
}

/** The tables every code fixture maps. */
export const SHOP_SCHEMA = snapshotOf({
  customers: ['id', 'email', 'full_name', 'created_at'],
  orders: ['id', 'customer_id', 'total_cents', 'created_at', 'email'],
  customer_exports: ['customer_id', 'exported_at'],
});

/** One line per usage, the form the fixture tests pin: `file:line:col table.column access adapter symbol`. */
export function siteLines(usages: readonly Usage[]): string[] {
  return usages.map(
    (u) => `${u.location.file}:${u.location.line}:${u.location.column} ${u.column.schema}.${u.column.table}.${u.column.column} ${u.access} ${u.adapter} ${u.symbol ?? '-'}${u.confidence === 'name-match' ? ' name-match' : ''}`,
  );
}
