import type { Access } from '@ripple/model';

/** A matrix cell as letters: `D` definition, `R` read (filter and order included), `W` write; `t` when only tests use it. */
export function mapCellLetters(cell: { readonly access: readonly Access[]; readonly usages: number; readonly tests: number } | undefined): string {
  if (cell === undefined) return '';
  const letters =
    (cell.access.includes('definition') ? 'D' : '') +
    (cell.access.some((access) => access === 'read' || access === 'filter' || access === 'order') ? 'R' : '') +
    (cell.access.includes('write') ? 'W' : '');
  return cell.usages === cell.tests ? `${letters}t` : letters;
}
