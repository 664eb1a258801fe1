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
    // An empty file (`supabase/seed.sql` as `supabase init` writes it): no statement, where PostgreSQL's parser refuses an empty query.
    if (text.trim() === '') return [];
    const locate = lineLocator(file, text);
    const sql = withoutSqlcParameters(withoutPsql(text));
    const whole = sqlSiteOf({ text: sql, locate, location: { file, line: 1 }, adapter: 'sql-file', substitutions: 0 });
    if (whole.kind === 'sql-site') return [whole];
    const chunks = blankLineChunks(sql);
    if (chunks.length < 2) return [withDialect(whole, text)];
    const facts = chunks.map(({ start, text: chunk }): Fact =>
      sqlSiteOf({ text: chunk, locate: (offset) => locate(start + offset), location: locate(start), adapter: 'sql-file', substitutions: 0 }),
    );
    return collapsedFailures(facts, file, text);
  },
};

/** More unparseable statements than this in one file are one warning for the file, not one each. */
const FAILURES_SHOWN = 3;

/**
 * A file most of whose statements do not parse is rarely PostgreSQL's with a few typos: a ClickHouse or MySQL file
 * beside the migrations (openpanel's `code-migrations/4-add-sessions.sql`: 376 statements). Its failures are then one
 * `sql/unparseable` for the file, at the first, with how many and the dialect it looks like; what parses is read.
 */
function collapsedFailures(facts: readonly Fact[], file: string, text: string): Fact[] {
  const failures = facts.filter((fact) => fact.kind === 'diagnostic-fact' && fact.diagnostic.code === 'sql/unparseable');
  if (failures.length <= FAILURES_SHOWN) return facts.map((fact) => withDialect(fact, text));
  const first = failures[0] as Extract<Fact, { kind: 'diagnostic-fact' }>;
  const firstMessage = first.diagnostic.message.replace(/^[^:]+:\d+: /, '');
  const hint = dialectOf(text);
  const message = `${file}: ${failures.length} of ${facts.length} statements do not parse as PostgreSQL (the first, line ${first.diagnostic.location.line}: ${firstMessage})${hint ? `; ${hint}` : ''}; the statements that parse are read`;
  return [...facts.filter((fact) => !failures.includes(fact)), { kind: 'diagnostic-fact', diagnostic: { ...first.diagnostic, message } }];
}

/** A failure's message with the dialect the file looks like, if any. */
function withDialect(fact: Fact, text: string): Fact {
  const hint = fact.kind === 'diagnostic-fact' && fact.diagnostic.code === 'sql/unparseable' ? dialectOf(text) : undefined;
  return hint && fact.kind === 'diagnostic-fact' ? { ...fact, diagnostic: { ...fact.diagnostic, message: `${fact.diagnostic.message}; ${hint}` } } : fact;
}

/** What another database's SQL looks like: ClickHouse's table engines, MySQL's backquoted names and engines. */
function dialectOf(withComments: string): string | undefined {
  // `psql` in a comment is no MySQL name.
  const text = withComments.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  if (/\bENGINE\s*=\s*\w*MergeTree\b|\bLowCardinality\s*\(|\bargM(?:in|ax)(?:If)?\s*\(/i.test(text)) return 'it looks like ClickHouse SQL, which Ripple does not read';
  if (/\bENGINE\s*=\s*InnoDB\b|\bAUTO_INCREMENT\b/i.test(text)) return 'it looks like MySQL SQL, which Ripple does not read';
  if (/`[A-Za-z_][\w$]*`/.test(text)) return 'its `backquoted` names are MySQL or ClickHouse SQL, which Ripple does not read';
  return undefined;
}

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
    // `::"TenantMajorUIVersion"` and `::'V0'` are casts, not variables.
    .replace(/(?<![:\w]):'(\w+)'/g, (match) => `'${'x'.repeat(match.length - 2)}'`)
    .replace(/(?<![:\w]):"(\w+)"/g, (match) => `"${'x'.repeat(match.length - 2)}"`)
    .replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (match) => `0${' '.repeat(match.length - 1)}`);
}

/** sqlc's query files name each query in a comment: `-- name: CreateTenant :one`. */
const SQLC_QUERY_NAME = /^--\s*name:\s*\w+\s+:(one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/m;

/**
 * A sqlc query file as PostgreSQL of the same length: its parameters `@tenantId`, `sqlc.arg('name')`,
 * `sqlc.narg(name)` and `sqlc.slice('ids')` become `$1` padded with spaces (`@id::uuid` is `$1 ::uuid`), and
 * `sqlc.embed(tm)` the row `tm.*` it stands for; `@>` and `<@` stay operators. Other files as they are.
 */
export function withoutSqlcParameters(text: string): string {
  if (!SQLC_QUERY_NAME.test(text)) return text;
  const padded = (replacement: string, length: number): string => replacement + ' '.repeat(Math.max(0, length - replacement.length));
  return text
    .replace(/\bsqlc\s*\.\s*embed\s*\(\s*(\w+)\s*\)/gi, (match, alias: string) => padded(`${alias}.*`, match.length))
    .replace(/\bsqlc\s*\.\s*(n?arg|slice)\s*\(\s*(?:'[^']*'|"[^"]*"|\w+)\s*\)/gi, (match) => padded('$1', match.length))
    .replace(/(?<![\w@<>$])@([A-Za-z_]\w*)/g, (match) => padded('$1', match.length));
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
