import { hasSqlDetails, loadModule, parseSync } from 'libpg-query';
import type { MigrationStatement, StatementTransaction } from './migration.js';
import { scanSqlTokens } from './scan-sql-tokens.js';

/** Where a piece of SQL starts inside its file, for SQL embedded in code (1-based). */
export interface SqlOrigin {
  readonly line: number;
  readonly column: number;
}

export interface SplitOptions {
  /** Bytes scanned at a time; a statement longer than this doubles it for that statement. Default 1 MiB. */
  readonly chunkBytes?: number;
}

/** libpg-query is WASM: call once before the synchronous parse functions. */
export function loadSqlParser(): Promise<void> {
  return loadModule();
}

const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * Splits SQL text into statements with PostgreSQL's own scanner and parser (never a regex). The text is scanned in
 * bounded chunks and cut at top-level `;` tokens, so comments, strings and dollar quotes never split, and a
 * `BEGIN ATOMIC ... END` function body stays whole as psql keeps it. Each chunk's statements are then parsed in one
 * call: a statement PostgreSQL's grammar rejects is returned with `syntaxError` (its message and file position)
 * rather than thrown, so the caller decides what a syntax error means; the other statements are still returned.
 * Memory and time stay linear in the text: a 50 MB seed file is never parsed as one tree. Call `loadSqlParser()` first.
 */
export function splitStatements(sql: string, file: string, origin: SqlOrigin = { line: 1, column: 1 }, options: SplitOptions = {}): MigrationStatement[] {
  const bytes = Buffer.from(sql, 'utf8');
  const locate = positionCursor(bytes, origin);
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const statements: MigrationStatement[] = [];
  let start = 0;
  let size = chunkBytes;
  while (start < bytes.length) {
    const end = chunkEnd(bytes, start, size);
    const final = end === bytes.length;
    const parsed = parseChunk(bytes, start, end, final, file, locate);
    if (parsed) {
      statements.push(...parsed.statements);
      start = parsed.end;
      size = chunkBytes;
      continue;
    }
    const cut = cutChunk(bytes.toString('utf8', start, end), final);
    if (!final && (cut === undefined || cut.consumed === 0)) {
      // The chunk ends inside a string or comment, or holds no whole statement: scan a longer one.
      size *= 2;
      continue;
    }
    const pieces = cut ? cut.pieces : [{ from: 0, to: end - start }];
    statements.push(...checkPieces(bytes, start, pieces, file, locate));
    start += cut ? cut.consumed : end - start;
    size = chunkBytes;
  }
  return statements;
}

/**
 * The fast path: the chunk up to its last `;` byte parsed in one call, statements cut where PostgreSQL's parser cuts
 * them. Undefined when that text does not parse (the `;` is inside a string, comment or `BEGIN ATOMIC` body, or a
 * statement has a syntax error): then the scanner cuts the chunk. When the prefix parses, that `;` ends a statement:
 * the scanner state after a top-level `;` depends only on the text before it, so the next chunk starts clean.
 */
function parseChunk(
  bytes: Buffer,
  start: number,
  end: number,
  final: boolean,
  file: string,
  locate: (byteOffset: number) => { line: number; column: number },
): { readonly statements: MigrationStatement[]; readonly end: number } | undefined {
  const cut = final ? end : bytes.lastIndexOf(SEMICOLON, end - 1) + 1;
  // The parser reads its input as a C string: text after a NUL byte would be lost, so the scanner cuts such a chunk.
  if (cut <= start || bytes.subarray(start, cut).includes(0)) return undefined;
  let stmts;
  try {
    stmts = (parseSync(bytes.toString('utf8', start, cut)) as { stmts?: { stmt?: unknown; stmt_location?: number; stmt_len?: number }[] }).stmts ?? [];
  } catch {
    return undefined;
  }
  const statements = stmts.flatMap((raw): MigrationStatement[] => {
    const location = start + (raw.stmt_location ?? 0);
    const from = firstTokenStart(bytes, location, raw.stmt_len ? location + raw.stmt_len : cut);
    const sql = bytes.toString('utf8', from, raw.stmt_len ? location + raw.stmt_len : cut).trimEnd();
    if (sql.length === 0) return [];
    return [{ file, sql, ...locate(from), ...statementFacts([raw]) }];
  });
  return { statements, end: cut };
}

const SEMICOLON = 0x3b;

/** Where the statement's first token starts: past white space, and past comments as the scanner reads them. */
function firstTokenStart(bytes: Buffer, from: number, to: number): number {
  let at = from;
  while (at < to && isSpaceByte(bytes[at]!)) at += 1;
  const opensComment = (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) || (bytes[at] === 0x2f && bytes[at + 1] === 0x2a);
  if (!opensComment) return at;
  const token = scanSqlTokens(bytes.toString('utf8', at, to)).find((candidate) => candidate.tokenName !== 'SQL_COMMENT' && candidate.tokenName !== 'C_COMMENT');
  return token ? at + token.start : at;
}

/** PostgreSQL's scanner white space: space, tab, newline, carriage return, form feed, vertical tab. */
function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** The end of a chunk: `size` bytes on, then to the next line end (a UTF-8 character boundary). */
function chunkEnd(bytes: Buffer, start: number, size: number): number {
  if (start + size >= bytes.length) return bytes.length;
  const newline = bytes.indexOf(0x0a, start + size);
  return newline === -1 ? bytes.length : newline + 1;
}

/** A statement's byte range inside its chunk: from its first token that is not a comment to its `;` (excluded). */
interface Piece {
  readonly from: number;
  readonly to: number;
}

/**
 * Cuts a chunk at top-level `;` tokens. `consumed` is the byte offset after the last cut (the rest is scanned again
 * with the next chunk), or the whole chunk when it is the last. Undefined when the scanner rejects the text (an
 * unterminated string, quoted identifier or comment).
 */
function cutChunk(text: string, final: boolean): { readonly pieces: readonly Piece[]; readonly consumed: number } | undefined {
  let tokens;
  try {
    tokens = scanSqlTokens(text);
  } catch {
    return undefined;
  }
  const pieces: Piece[] = [];
  let consumed = 0;
  let from: number | undefined;
  let words: string[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT') continue;
    if (token.text === ';' && token.tokenName === 'ASCII_59' && depth === 0) {
      if (from !== undefined) pieces.push({ from, to: token.start });
      consumed = token.end;
      from = undefined;
      words = [];
      continue;
    }
    from ??= token.start;
    if (token.keywordKind > 0 || token.tokenName === 'IDENT') {
      const word = token.text.toLowerCase();
      if (words.length < 4) words.push(word);
      // psql's rule: inside CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN and CASE open a block that END closes.
      if (definesRoutine(words)) {
        if (word === 'begin' || word === 'case') depth += 1;
        else if (word === 'end' && depth > 0) depth -= 1;
      }
    }
  }
  if (final) {
    if (from !== undefined) pieces.push({ from, to: Buffer.byteLength(text, 'utf8') });
    consumed = Buffer.byteLength(text, 'utf8');
  }
  return { pieces, consumed };
}

function definesRoutine(words: readonly string[]): boolean {
  const routine = (word: string | undefined) => word === 'function' || word === 'procedure';
  return words[0] === 'create' && (routine(words[1]) || (words[1] === 'or' && words[2] === 'replace' && routine(words[3])));
}

/**
 * Parses a chunk's statements in one call (each on its own when that fails, to pin the error) and returns them with
 * their file positions, their bearing on a wrapping transaction, and any syntax error.
 */
function checkPieces(
  bytes: Buffer,
  chunkStart: number,
  pieces: readonly Piece[],
  file: string,
  locate: (byteOffset: number) => { line: number; column: number },
): MigrationStatement[] {
  if (pieces.length === 0) return [];
  const batchStart = chunkStart + pieces[0]!.from;
  const batchEnd = chunkStart + pieces[pieces.length - 1]!.to;
  const batch = tryParse(bytes.toString('utf8', batchStart, batchEnd));
  const trees = 'stmts' in batch && batch.stmts.length === pieces.length ? batch.stmts : undefined;
  return pieces.flatMap((piece, index): MigrationStatement[] => {
    const sql = bytes.toString('utf8', chunkStart + piece.from, chunkStart + piece.to).trimEnd();
    if (sql.length === 0) return [];
    const at = locate(chunkStart + piece.from);
    const parsed = trees ? { stmts: [trees[index]!] } : tryParse(sql);
    if ('error' in parsed) {
      const syntaxError = { message: parsed.error, ...characterPosition(sql.slice(0, parsed.offset), at) };
      return [{ file, sql, ...at, syntaxError }];
    }
    return [{ file, sql, ...at, ...statementFacts(parsed.stmts) }];
  });
}

type ParseOutcome = { readonly stmts: readonly { readonly stmt?: unknown }[] } | { readonly error: string; readonly offset: number };

function tryParse(sql: string): ParseOutcome {
  // PostgreSQL refuses a NUL byte anywhere in SQL text (its parser would stop reading there).
  const nul = sql.indexOf('\0');
  if (nul !== -1) return { error: 'invalid byte sequence for encoding "UTF8": 0x00', offset: nul };
  try {
    return { stmts: (parseSync(sql) as { stmts?: { stmt?: unknown }[] }).stmts ?? [] };
  } catch (error) {
    // PostgreSQL reports the error cursor in characters (pg_mbstrlen), 0-based here, not bytes.
    const offset = hasSqlDetails(error) ? (error.sqlDetails?.cursorPosition ?? 0) : 0;
    return { error: error instanceof Error ? error.message : String(error), offset };
  }
}

/**
 * From the parse tree: whether PostgreSQL refuses the statement inside a transaction block (`PreventInTransactionBlock`
 * callers a migration may hold), or whether it is itself `BEGIN` / `COMMIT`.
 */
function statementTransaction(stmt: unknown): StatementTransaction | undefined {
  const [type, node] = statementNode(stmt);
  if (!type || !node) return undefined;
  switch (type) {
    case 'TransactionStmt':
      if (node.kind === 'TRANS_STMT_BEGIN' || node.kind === 'TRANS_STMT_START') return 'begin';
      return node.kind === 'TRANS_STMT_COMMIT' ? 'commit' : undefined;
    case 'IndexStmt':
    case 'DropStmt':
      return node.concurrent === true ? 'cannot-run-inside' : undefined;
    case 'ReindexStmt':
      return ((node.params ?? []) as { DefElem?: { defname?: string } }[]).some((param) => param.DefElem?.defname === 'concurrently')
        ? 'cannot-run-inside'
        : undefined;
    case 'VacuumStmt':
      return node.is_vacuumcmd === true ? 'cannot-run-inside' : undefined;
    case 'AlterTableStmt':
      return ((node.cmds ?? []) as { AlterTableCmd?: { def?: { PartitionCmd?: { concurrent?: boolean } } } }[]).some(
        (cmd) => cmd.AlterTableCmd?.def?.PartitionCmd?.concurrent === true,
      )
        ? 'cannot-run-inside'
        : undefined;
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'AlterSystemStmt':
    case 'CreateSubscriptionStmt':
      return 'cannot-run-inside';
    default:
      return undefined;
  }
}

/** A parse tree's statement: its node type (`CreateStmt`) and fields, or nothing. */
function statementNode(stmt: unknown): [string, Record<string, unknown>] | [] {
  return Object.entries((stmt ?? {}) as Record<string, Record<string, unknown>>)[0] ?? [];
}

/** What the parse trees of one statement tell the replay: its bearing on a wrapping transaction, the relation it makes. */
function statementFacts(stmts: readonly { readonly stmt?: unknown }[]): Pick<MigrationStatement, 'transaction' | 'creates' | 'annotates'> {
  const transaction = stmts.map((raw) => statementTransaction(raw.stmt)).find((found) => found !== undefined);
  const creates = stmts.map((raw) => relationMade(raw.stmt)).find((found) => found !== undefined);
  const annotates = stmts.length > 0 && stmts.every((raw) => ANNOTATING.has(statementNode(raw.stmt)[0] ?? ''));
  return { ...(transaction ? { transaction } : {}), ...(creates !== undefined ? { creates } : {}), ...(annotates ? { annotates: true as const } : {}) };
}

/** Statements that name objects without reading or changing them: privileges and comments (a dump has one per object). */
const ANNOTATING: ReadonlySet<string> = new Set(['GrantStmt', 'CommentStmt']);

/** From the parse tree: the table or view a statement makes, unqualified; a rename of a table or view makes its new name. */
function relationMade(stmt: unknown): string | undefined {
  const [type, node] = statementNode(stmt);
  if (!type || !node) return undefined;
  const relname = (range: unknown): string | undefined => {
    const name = (range as { relname?: unknown } | undefined)?.relname;
    return typeof name === 'string' ? name : undefined;
  };
  switch (type) {
    case 'CreateStmt':
      return relname(node.relation);
    case 'ViewStmt':
      return relname(node.view);
    case 'CreateTableAsStmt':
      return relname((node.into as { rel?: unknown } | undefined)?.rel);
    case 'SelectStmt':
      return relname((node.intoClause as { rel?: unknown } | undefined)?.rel);
    case 'RenameStmt':
      return ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE'].includes(String(node.renameType)) && typeof node.newname === 'string'
        ? node.newname
        : undefined;
    default:
      return undefined;
  }
}

/** Maps increasing UTF-8 byte offsets of the SQL to 1-based lines and columns (in characters), in one pass overall. */
function positionCursor(bytes: Buffer, origin: SqlOrigin): (byteOffset: number) => { line: number; column: number } {
  let at = 0;
  let position = { line: origin.line, column: origin.column };
  return (byteOffset) => {
    position = characterPosition(bytes.toString('utf8', at, byteOffset), position);
    at = byteOffset;
    return position;
  };
}

/** The 1-based line and column just after `before`, with `before` starting at `origin`. */
export function characterPosition(before: string, origin: SqlOrigin): { line: number; column: number } {
  const lastNewline = before.lastIndexOf('\n');
  if (lastNewline === -1) return { line: origin.line, column: origin.column + before.length };
  let newlines = 0;
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) newlines += 1;
  return { line: origin.line + newlines, column: before.length - lastNewline };
}
