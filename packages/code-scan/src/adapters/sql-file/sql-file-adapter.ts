import type { Location } from '@ripple/model';
import { sqlSiteOf } from '../../sql/sql-site-of.js';
import type { OrmAdapter } from '../orm-adapter.js';

/** `.sql` files of services and jobs (exports, ETL steps, reports): every statement parsed, each reference located. */
export const sqlFileAdapter: OrmAdapter = {
  name: 'sql-file',
  extensions: ['.sql'],
  readFile(file, text) {
    const locate = lineLocator(file, text);
    return [sqlSiteOf({ text, locate, location: { file, line: 1 }, adapter: 'sql-file', substitutions: 0 })];
  },
};

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
