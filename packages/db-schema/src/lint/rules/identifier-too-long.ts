import type { LintRule } from '../lint-rule.js';
import { scanSqlTokens } from '../../migrations/scan-sql-tokens.js';

/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated to this many bytes. */
const MAX_IDENTIFIER_BYTES = 63;

/** An identifier token's name: `"Big ""Q"""` -> `Big "Q"`, unquoted as written (the parser folds its case). */
function identifierName(token: string): string {
  return token.startsWith('"') && token.endsWith('"') && token.length >= 2 ? token.slice(1, -1).replaceAll('""', '"') : token;
}

export const identifierTooLong: LintRule = {
  id: 'identifier-too-long',
  origin: 'squawk',
  level: 'warning',
  docs: 'PostgreSQL truncates identifiers longer than 63 bytes without an error: two long names that share their first 63 bytes collide, and code that uses the full name finds nothing. Use shorter names. (Read from the scanner\'s identifier tokens: the parse tree already holds the truncated name.)',
  checkStatements: (statements) =>
    statements.flatMap(({ statement }, index) => {
      const seen = new Set<number>();
      let tokens;
      try {
        tokens = scanSqlTokens(statement.sql);
      } catch {
        return [];
      }
      return tokens.flatMap((token) => {
        if (token.tokenName !== 'IDENT' || seen.has(token.start)) return [];
        seen.add(token.start);
        const name = identifierName(token.text);
        const bytes = Buffer.byteLength(name, 'utf8');
        return bytes > MAX_IDENTIFIER_BYTES ? [{ index, offset: token.start, message: `${name} is ${bytes} bytes: PostgreSQL truncates it to ${MAX_IDENTIFIER_BYTES}` }] : [];
      });
    }),
};
