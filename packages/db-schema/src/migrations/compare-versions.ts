import { compareStrings } from '@ripple/model';

/**
 * Orders migration versions the way migration tools do: digit runs compare as numbers (`2` < `10`, `1.2` < `1.10`),
 * other text by code point; a version that starts with a non-digit (Flyway's repeatable `R__`) comes last.
 */
export function compareVersions(a: string, b: string): number {
  const aParts = a.match(/\d+|\D+/g) ?? [];
  const bParts = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.max(aParts.length, bParts.length); index += 1) {
    const x = aParts[index];
    const y = bParts[index];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    const order = xDigits ? compareDigits(x, y) : compareStrings(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

function compareDigits(x: string, y: string): number {
  const xTrimmed = x.replace(/^0+(?=\d)/, '');
  const yTrimmed = y.replace(/^0+(?=\d)/, '');
  return xTrimmed.length - yTrimmed.length || compareStrings(xTrimmed, yTrimmed);
}
