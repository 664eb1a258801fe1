import { nameKey, type ColumnRef } from '@ripple/model';
import type { ApiField } from '@ripple/openapi-diff';

/** An API field together with the service whose description declares it. */
export interface ServiceApiField {
  readonly service: string;
  readonly field: ApiField;
  /** The `operationId` of the field's operation: a route code declares with the same id serves it. */
  readonly operationId?: string;
}

/**
 * The API fields that expose a column. A field exposes `schema.table.column` when its name is the column's
 * name in any casing (`email_address`, `emailAddress`) and it belongs to the table: it is declared in a component
 * schema named after the table's singular (`Customer`, `CustomerContact` for `customers`), or for an action on it
 * (`CreateTenantRequest`, `UpdateTenantRequest` for `Tenant`), or, for inline schemas
 * and parameters, the operation's first or last path segment is the table (`/customers?email=`, a nested resource's
 * `/typebots/{typebotId}/results`), or the body field holding it is (`results[].updatedAt`).
 *
 * This is a name join, not a data-flow proof; it errs toward listing a field a reviewer should look at.
 */
export function apiFieldsForColumn(fields: readonly ServiceApiField[], column: ColumnRef): readonly ServiceApiField[] {
  const columnKey = nameKey(column.column);
  const tableKeys = tableNameKeys(column.table);
  return fields.filter(({ field }) => {
    if (nameKey(field.property) !== columnKey) return false;
    if (field.schemaName !== undefined) {
      const named = [nameKey(field.schemaName), nameKey(field.schemaName.replace(ACTION, ''))];
      return tableKeys.some((key) => named.some((name) => name.startsWith(key)));
    }
    const segments = pathSegments(field.operation);
    const holder = field.path.replaceAll('[]', '').replaceAll('{}', '').split('.').filter((segment) => segment !== '').at(-2);
    return [segments[0], segments.at(-1), holder].some((name) => name !== undefined && tableNameKeys(name).some((key) => tableKeys.includes(key)));
  });
}


/** A request schema's leading verb: `Create` of `CreateTenantRequest`, `Update` of `UpdateTenantRequest`. */
const ACTION = /^(Create|Update|Patch|Put|Replace|Upsert|Edit|New)(?=[A-Z])/;

/** `order_items` -> keys for `order_items` and its singular `order_item`. */
function tableNameKeys(table: string): readonly string[] {
  const singular = singularOf(table);
  return [...new Set([nameKey(singular), nameKey(table)])];
}

function singularOf(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `GET /typebots/{typebotId}/results` -> `typebots`, `results`: the path's segments that are no parameter. */
function pathSegments(operation: string): string[] {
  const path = operation.split(' ')[1] ?? '';
  return path.split('/').filter((segment) => segment.length > 0 && !segment.startsWith('{'));
}
