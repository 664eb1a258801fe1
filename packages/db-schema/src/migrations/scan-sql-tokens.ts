import { scanSync, type ScanToken } from 'libpg-query';

/** Control bytes PostgreSQL's scanner reads as white space (it never treats them as part of a token). */
const SPACE_CONTROLS = /[\v\f]/g;
/** The other control bytes, and NUL: no token class of the scanner holds them outside strings and comments. */
const OTHER_CONTROLS = /[\0-\x08\x0e-\x1f]/g;

/**
 * PostgreSQL's scanner over `sql`: its tokens with UTF-8 byte offsets. libpg-query returns the scanner's tokens as
 * JSON without escaping control characters, so a control byte in a string literal, comment or `EXECUTE '...'` body
 * made `scanSync` throw. Each control byte is scanned as a byte of the same class instead (vertical tab and form feed
 * as a space, both PostgreSQL white space; the others as DEL, which like them belongs to no token class), one byte for
 * one, so token boundaries and offsets are those of `sql`, and each token's text is read back from `sql`.
 * libpg-query must be loaded. Throws, as `scanSync` does, on text the scanner rejects (an unterminated string).
 */
export function scanSqlTokens(sql: string): ScanToken[] {
  const scannable = sql.replace(SPACE_CONTROLS, ' ').replace(OTHER_CONTROLS, '\x7f');
  const { tokens } = scanSync(scannable);
  if (scannable === sql) return tokens;
  const bytes = Buffer.from(sql, 'utf8');
  return tokens.map((token) => ({ ...token, text: bytes.toString('utf8', token.start, token.end) }));
}
