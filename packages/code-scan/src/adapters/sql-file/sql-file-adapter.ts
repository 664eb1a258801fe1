import type { Location } from '@ripple/model';
import type { Fact } from '../../facts/file-facts.js';
import { sqlSiteOf } from '../../sql/sql-site-of.js';
import type { OrmAdapter } from '../orm-adapter.js';

/**
 * `.sql` files of services and jobs (exports, ETL steps, reports): every statement parsed, each reference located.
 * psql scripts have their meta-commands read first (`withoutPsql`); a file whose statements are separated only by
 * blank lines and comments (generated query snapshots) is parsed a statement at a time.
 */
export const sqlFileAdapter: OrmAdapter = {
  name: 'sql-file',
  extensions: ['.sql'],
  readFile(file, text) {
    const locate = lineLocator(file, text);
    const sql = withoutPsql(text);
    const whole = sqlSiteOf({ text: sql, locate, location: { file, line: 1 }, adapter: 'sql-file', substitutions: 0 });
    if (whole.kind === 'sql-site') return [whole];
    const chunks = blankLineChunks(sql);
    if (chunks.length < 2) return [whole];
    return chunks.map(({ start, text: chunk }): Fact =>
      sqlSiteOf({ text: chunk, locate: (offset) => locate(start + offset), location: locate(start), adapter: 'sql-file', substitutions: 0 }),
    );
  },
};

/**
 * A psql script as plain SQL of the same length, so every offset still points into the file: meta-command lines
 * (`\set`, `\i`, `\echo`) become blanks, `\copy (SELECT ...) TO ...` keeps its query, and psql variables become
 * literals of their length (`:'since'` a string, `:"tbl"` an identifier, `:limit` a number; `::` casts stay).
 * Lines are found by their start; the SQL itself is left to the parser.
 */
export function withoutPsql(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const meta = /^(\s*)\\(\w+)/.exec(line);
      if (!meta) return line;
      const copy = /^(\s*\\copy\s*\()(.*)(\)\s*(?:TO|FROM)\b.*)$/i.exec(line);
      if (copy) return `${' '.repeat(copy[1]!.length)}${copy[2]}${';'}${' '.repeat(copy[3]!.length - 1)}`;
      return ' '.repeat(line.length);
    })
    .join('\n')
    .replace(/:'(\w+)'/g, (match) => `'${'x'.repeat(match.length - 2)}'`)
    .replace(/:"(\w+)"/g, (match) => `"${'x'.repeat(match.length - 2)}"`)
    .replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (match) => `0${' '.repeat(match.length - 1)}`);
}

/** Runs of lines between blank lines, with their offsets; comment-only runs dropped. */
function blankLineChunks(text: string): { readonly start: number; readonly text: string }[] {
  const chunks: { start: number; text: string }[] = [];
  const pattern = /\n[ \t]*\n/g;
  let start = 0;
  for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
    const end = match ? match.index : text.length;
    const chunk = text.slice(start, end);
    if (chunk.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'))) chunks.push({ start, text: chunk });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return chunks;
}

/** Character offset -> 1-based line and column. */
export function lineLocator(file: string, text: string): (offset: number) => Location {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { file, line: low + 1, column: offset - starts[low]! + 1 };
  };
}
