import type { ApiFlow } from '@ripple/model';

/**
 * The flows of one column (`table.column`) as the api-flow tests pin them: `METHOD path direction .field [Type.field]`,
 * then one `  file:line step` per hop, each file without `prefix` (`services/`).
 */
export function flowLines(flows: readonly ApiFlow[], column: string, prefix: RegExp): string[] {
  return flows
    .filter((flow) => `${flow.column.table}.${flow.column.column}` === column)
    .flatMap((flow) => [
      `${flow.endpoint.method} ${flow.endpoint.path} ${flow.direction} .${flow.path}${flow.field ? ` ${flow.field}` : ''}`,
      ...flow.chain.map((hop) => `  ${hop.file.replace(prefix, '')}:${hop.line} ${hop.step}`),
    ]);
}
