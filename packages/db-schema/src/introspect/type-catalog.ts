import type { SchemaSnapshot } from '@ripple/model';

/** Enums and domains of a snapshot by the names `format_type` may print for them. */
export interface TypeCatalog {
  readonly enums: ReadonlyMap<string, readonly string[]>;
  readonly domains: ReadonlyMap<string, NonNullable<SchemaSnapshot['domains']>[number]>;
}

export function typeCatalog(snapshot: SchemaSnapshot): TypeCatalog {
  const enums = new Map<string, readonly string[]>();
  for (const item of snapshot.enums ?? []) for (const key of typeKeys(item.schema, item.name)) if (!enums.has(key)) enums.set(key, item.labels);
  const domains = new Map<string, NonNullable<SchemaSnapshot['domains']>[number]>();
  for (const item of snapshot.domains ?? []) for (const key of typeKeys(item.schema, item.name)) if (!domains.has(key)) domains.set(key, item);
  return { enums, domains };
}

/** `public.Role` and `Role`: a type of the search path prints unqualified, any other qualified. */
function typeKeys(schema: string, name: string): string[] {
  return [`${schema}.${name}`, name];
}

/** `auth."Role"` -> `auth.Role`: the name as the catalog keys it. */
export function unquoteName(text: string): string {
  const parts: string[] = [];
  let current = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === '"') {
      const close = text.indexOf('"', at + 1);
      current += text.slice(at + 1, close === -1 ? undefined : close);
      at = close === -1 ? text.length : close;
    } else if (char === '.') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.join('.');
}
