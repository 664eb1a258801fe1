import type { Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { SqlLocator } from '../sql/analyze-sql.js';
import { prefixedTableName } from './prefixed-table-name.js';

/**
 * How an unknown substitution is written: `$n`, an identifier, nothing, or by where it stands (`positional`: a
 * clause of its own left out, a subquery of its own a `SELECT NULL`, anything else an identifier).
 */
export type UnknownAs = 'placeholder' | 'identifier' | 'omitted' | 'positional';

export interface SqlText {
  readonly text: string;
  /** `${...}` substitutions whose SQL is not known (values, or fragments built at run time), each written `$n`. */
  readonly substitutions: number;
  readonly locate: SqlLocator;
  readonly node: TS.Node;
  /** Of those, the ones that are SQL built at run time (`sql.join(...)`), not values: the statement is partly unknown. */
  readonly fragments: number;
  /**
   * The same text with each unknown substitution written otherwise than `$n`: as an identifier (`ripple_dynamic_1`,
   * `FROM ${table}`), or left out (`WHERE a = 1 ${filters}`, `SELECT ${columns} FROM t`; after `IN` or `VALUES` still
   * a `($n)`), or each by where it stands (`positional`), the later readings of a statement whose fragments are
   * built at run time.
   */
  readonly rewritten: (unknownAs: Exclude<UnknownAs, 'placeholder'>) => SqlText;
}

/** What `sqlTextOf` needs from the file: its text, names, and where a position is. */
export interface SqlTextSource {
  readonly sourceFile: TS.SourceFile;
  readonly declarationOf: (identifier: TS.Identifier) => TS.Node | undefined;
  readonly locationAt: (position: number) => Location;
}

/** The prefix of the identifier an unknown substitution is written as on a second parse: no usage names it. */
export const DYNAMIC_IDENTIFIER = 'ripple_dynamic_';

interface Piece {
  readonly text: string;
  readonly node: TS.Node;
  /** A substitution whose SQL is unknown: `$n`, or an identifier on the second parse. */
  readonly unknown?: boolean;
  /** An unknown substitution that is SQL, not a value: `${sql.join(columns, ...)}`, `${sql.identifier([name])}`. */
  readonly fragment?: boolean;
  /** Text the scan writes itself (`.`, quotes), located at its node's start. */
  readonly synthetic?: boolean;
}

/**
 * The SQL text of a string literal, template, `+` concatenation, const holding one, or tagged template. In a
 * tagged template (slonik, postgres.js, Kysely, Drizzle `sql`) what a substitution writes into the SQL is known
 * when it is `sql.identifier(['public', 'customers'])`, `sql.identifier([TABLE])`, `sql.raw('col')`,
 * `sql.ref('c.email')`, `sql.table(TABLE)`, postgres.js `sql(TABLE)`, a nested `sql` fragment or a const holding
 * one; the rest are values (`$n`). In a plain template, a const string is its text.
 */
export function sqlTextOf(expression: TS.Expression, source: SqlTextSource): SqlText | undefined {
  const pieces = piecesOf(expression, source, false, 0);
  return pieces ? joinPieces(pieces, expression, source, 'placeholder') : undefined;
}

function piecesOf(expression: TS.Expression, source: SqlTextSource, tagged: boolean, depth: number): Piece[] | undefined {
  if (depth > 8) return undefined;
  const next = depth + 1;
  if (ts.isParenthesizedExpression(expression)) return piecesOf(expression.expression, source, tagged, next);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ text: expression.text, node: expression }];
  if (ts.isTaggedTemplateExpression(expression)) return piecesOf(expression.template, source, true, next);
  if (ts.isTemplateExpression(expression)) {
    const pieces: Piece[] = [{ text: expression.head.text, node: expression.head }];
    for (const span of expression.templateSpans) {
      const known = substitutionPieces(span.expression, source, tagged, next);
      pieces.push(...(known ?? [{ text: '', node: span.expression, unknown: true, fragment: tagged && isSqlBuilt(span.expression, source) }]));
      pieces.push({ text: span.literal.text, node: span.literal });
    }
    return pieces;
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = piecesOf(expression.left, source, false, next);
    const right = left ? piecesOf(expression.right, source, false, next) : undefined;
    return left && right ? [...left, ...right] : undefined;
  }
  const normalised = whitespaceNormalised(expression);
  if (normalised) return piecesOf(normalised, source, tagged, next);
  const value = ts.isIdentifier(expression) ? constInitializer(expression, source) : undefined;
  return value ? piecesOf(value, source, tagged, next) : undefined;
}

/** A regular expression of whitespace only: `/\s\s+/g`, `/\s+/g`, `/\n/g`, `/[\n\t ]+/g`. */
const WHITESPACE_PATTERN = /^\/(?:\\[snrt]| |[+*?|()]|\{\d*,?\d*\}|\[(?:\\[snrt]| )+\])+\/[gimsuy]*$/;

/**
 * The text a whitespace normaliser is called on: `query.replace(/\s\s+/g, ' ')` (to save log space), `.trim()`,
 * `.trimStart()`, `.trimEnd()` keep every token of the statement, so its SQL is the receiver's, located there. A
 * replace of anything else (`.replace('TABLE', table)`) changes the statement and is not followed.
 */
function whitespaceNormalised(expression: TS.Expression): TS.Expression | undefined {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
  const method = expression.expression.name.text;
  const [pattern, replacement, ...rest] = expression.arguments;
  if (/^(trim|trimStart|trimEnd)$/.test(method) && !pattern) return expression.expression.expression;
  if (method !== 'replace' && method !== 'replaceAll') return undefined;
  const spacing = pattern && ts.isRegularExpressionLiteral(pattern) && WHITESPACE_PATTERN.test(pattern.text);
  const blank = replacement && (ts.isStringLiteral(replacement) || ts.isNoSubstitutionTemplateLiteral(replacement)) && /^\s*$/.test(replacement.text);
  return spacing && blank && rest.length === 0 ? expression.expression.expression : undefined;
}

/** What a `${...}` writes into the SQL, when the code says it; undefined for a value or anything built at run time. */
function substitutionPieces(expression: TS.Expression, source: SqlTextSource, tagged: boolean, depth: number): Piece[] | undefined {
  if (depth > 8) return undefined;
  if (!tagged) {
    const literal = stringLiteralOf(expression, source);
    if (literal) return [literal];
    // `FROM ${ACTIVE_LOG_TABLE}` with `const ACTIVE_LOG_TABLE = dbNamespace + 'active_logs'` (imported start).
    const prefixed = prefixedTableName(expression, source.declarationOf);
    return prefixed ? [{ text: prefixed, node: expression, synthetic: true }] : undefined;
  }
  if (ts.isTaggedTemplateExpression(expression) && isSqlTag(expression.tag)) return piecesOf(expression.template, source, true, depth + 1);
  if (ts.isParenthesizedExpression(expression)) return substitutionPieces(expression.expression, source, tagged, depth + 1);
  // `${filter ? sql\`AND tenure_height = ${h}\` : sql\`\`}`: the branch that writes SQL, whose columns are real.
  if (ts.isConditionalExpression(expression)) {
    const [first, second] = [expression.whenTrue, expression.whenFalse].map((branch) => substitutionPieces(branch, source, tagged, depth + 1));
    return first?.some((piece) => piece.text.trim() !== '') || !second ? first : second;
  }
  if (ts.isIdentifier(expression)) {
    const value = constInitializer(expression, source);
    return value && !ts.isStringLiteral(value) && !ts.isNoSubstitutionTemplateLiteral(value) ? substitutionPieces(value, source, tagged, depth + 1) : undefined;
  }
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const [first] = expression.arguments;
  if (!first) return undefined;
  // postgres.js `sql(TABLE)`: an identifier.
  if (ts.isIdentifier(callee)) return callee.text === 'sql' && expression.arguments.length === 1 ? identifierPieces([first], expression, source) : undefined;
  if (!ts.isPropertyAccessExpression(callee) || !isSqlTag(callee.expression)) return undefined;
  switch (callee.name.text) {
    case 'identifier':
    case 'id':
      // slonik `sql.identifier(['public', TABLE])`; Kysely `sql.id('public', 'customers')`.
      return identifierPieces(ts.isArrayLiteralExpression(first) ? first.elements : expression.arguments, expression, source);
    case 'table':
    case 'ref': {
      // Kysely `sql.table('public.customers')`, `sql.ref('c.email')`: dotted names.
      const literal = stringLiteralOf(first, source);
      return literal && /^[A-Za-z_][\w$]*(\.[A-Za-z_][\w$]*)*$/.test(literal.text) ? [literal] : undefined;
    }
    case 'raw':
    case 'unsafe': {
      const literal = stringLiteralOf(first, source);
      return literal ? [literal] : undefined;
    }
    default:
      return undefined;
  }
}

/** `public.customers` from its parts, each quoted unless lower-case and plain, located at the literal naming it. */
function identifierPieces(parts: readonly TS.Expression[], at: TS.Node, source: SqlTextSource): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (const [index, part] of parts.entries()) {
    const literal = stringLiteralOf(part, source);
    if (!literal) return undefined;
    if (index > 0) pieces.push({ text: '.', node: at, synthetic: true });
    const plain = /^[a-z_][a-z0-9_$]*$/.test(literal.text);
    if (!plain) pieces.push({ text: '"', node: literal.node, synthetic: true });
    pieces.push(plain ? literal : { ...literal, text: literal.text.replaceAll('"', '""') });
    if (!plain) pieces.push({ text: '"', node: literal.node, synthetic: true });
  }
  return pieces.length > 0 ? pieces : undefined;
}

/** `sql.join(...)`, `sql.identifier([name])`, a nested `sql` template, or a const holding one: SQL, not a value. */
function isSqlBuilt(expression: TS.Expression, source: SqlTextSource): boolean {
  if (ts.isTaggedTemplateExpression(expression)) return isSqlTag(expression.tag);
  if (ts.isCallExpression(expression)) return ts.isPropertyAccessExpression(expression.expression) && isSqlTag(expression.expression.expression);
  const value = ts.isIdentifier(expression) ? constInitializer(expression, source) : undefined;
  return value !== undefined && !ts.isIdentifier(value) && isSqlBuilt(value, source);
}

/** A string literal, or the literal a const is initialised with. */
function stringLiteralOf(expression: TS.Expression, source: SqlTextSource): Piece | undefined {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return { text: expression.text, node: expression };
  const value = ts.isIdentifier(expression) ? constInitializer(expression, source) : undefined;
  return value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) ? { text: value.text, node: value } : undefined;
}

function constInitializer(identifier: TS.Identifier, source: SqlTextSource): TS.Expression | undefined {
  const declaration = source.declarationOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  if (!ts.isVariableDeclarationList(declaration.parent) || (declaration.parent.flags & ts.NodeFlags.Const) === 0) return undefined;
  let value = declaration.initializer;
  while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) value = value.expression;
  return value;
}

/** A `sql` fragment written inside another one's `${...}` (directly or as a branch): the outer statement reads it. */
export function isNestedSqlFragment(node: TS.TaggedTemplateExpression): boolean {
  let current: TS.Node = node.parent;
  while (ts.isParenthesizedExpression(current) || ts.isConditionalExpression(current)) current = current.parent;
  return ts.isTemplateSpan(current) && ts.isTaggedTemplateExpression(current.parent.parent) && isSqlTag(current.parent.parent.tag);
}

/** `sql`, `sql.unsafe`, `sql.fragment`, `sql.type(Row)`, `Prisma.sql`: a tag whose template is SQL. */
export function isSqlTag(tag: TS.Expression): boolean {
  // A loop down the tag's spine: a tag may be a member chain of thousands of segments.
  for (let current = tag; ; ) {
    if (ts.isIdentifier(current)) return current.text === 'sql';
    if (ts.isPropertyAccessExpression(current)) {
      if (/^(sql|\$queryRaw|\$executeRaw)$/.test(current.name.text)) return true;
      current = current.expression;
    } else if (ts.isCallExpression(current)) current = current.expression;
    else return false;
  }
}

/** Joins the pieces, keeping a map from each SQL offset back to the source position. */
function joinPieces(pieces: readonly Piece[], node: TS.Node, source: SqlTextSource, unknownAs: UnknownAs): SqlText {
  const { sourceFile } = source;
  const segments: { start: number; length: number; pos: number; rawOffsets: readonly number[] | undefined }[] = [];
  let text = '';
  let unknown = 0;
  let fragments = 0;
  for (const [index, piece] of pieces.entries()) {
    const start = piece.node.getStart(sourceFile);
    let pos = start;
    let rawOffsets: readonly number[] | undefined;
    let pieceText = piece.text;
    if (piece.unknown) {
      unknown += 1;
      if (piece.fragment) fragments += 1;
      const as = unknownAs === 'positional' ? positionOf(text, pieces[index + 1]) : unknownAs;
      pieceText = as === 'identifier' ? `${DYNAMIC_IDENTIFIER}${unknown}` : as === 'omitted' ? '' : as === 'subquery' ? 'SELECT NULL' : `$${unknown}`;
      // postgres.js `IN ${sql(ids)}` writes the parenthesised list itself; `VALUES ${rows.join(',')}` its rows.
      if (/\b(in|values)\s*$/i.test(text)) pieceText = `(${pieceText === '' ? `$${unknown}` : pieceText})`;
    } else if (!piece.synthetic) {
      const offsets = cookedToRaw(rawTextOf(piece.node, start, sourceFile));
      pos = start + 1;
      rawOffsets = offsets.length === piece.text.length ? offsets : undefined;
    }
    segments.push({ start: text.length, length: pieceText.length, pos, rawOffsets });
    text += pieceText;
  }
  return {
    text,
    substitutions: unknown,
    fragments,
    node,
    locate(offset) {
      const segment = segments.findLast((candidate) => candidate.start <= offset) ?? segments[0]!;
      const within = Math.min(offset - segment.start, segment.length);
      const raw = segment.rawOffsets ? (segment.rawOffsets[within] ?? segment.rawOffsets.length) : 0;
      return source.locationAt(segment.pos + raw);
    },
    rewritten: (unknownAs) => joinPieces(pieces, node, source, unknownAs),
  };
}

/** Words after which SQL expects an operand: a substitution there is a value or a name, not a clause. */
const EXPECTS_OPERAND = /(^|[\s(])(select|distinct|where|and|or|not|by|from|join|on|as|in|is|then|else|when|case|set|values|limit|offset|having|returning|into|update|table|using|with|like|ilike|between|any|all|exists)$/i;

/**
 * What an unknown substitution is by where it stands: the rest of its line empty and it alone on the line or after
 * a complete expression (`WHERE a IS NULL ${andUntil}`, a line `${roleCondition}`) is a clause; alone between `(` and
 * `)`, or so after `FROM`, `JOIN`, `AS`, a subquery (`WITH stats AS (\n ${statsQuery}\n)`, `FROM (${base}) b`); anything else a value or name, written as an identifier.
 */
function positionOf(before: string, next: Piece | undefined): 'identifier' | 'omitted' | 'subquery' {
  const after = next && !next.unknown ? next.text : '';
  const restOfLine = /^[ \t]*(\r?\n|$)/.test(after);
  const head = before.trimEnd();
  const alone = /(^|\n)[ \t]*$/.test(before);
  if (head.endsWith('(') && /^\s*\)/.test(after) && (alone || /\b(from|join|as|exists|lateral)\s*\($/i.test(head))) return 'subquery';
  if (!restOfLine) return 'identifier';
  if (alone || !(/[=<>(,+\-*/|]$/.test(head) || EXPECTS_OPERAND.test(head))) return 'omitted';
  return 'identifier';
}

function rawTextOf(node: TS.Node, start: number, sourceFile: TS.SourceFile): string {
  const full = sourceFile.text.slice(start, node.end);
  const closing = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1;
  return full.slice(1, full.length - closing);
}

/** For each character of a literal's cooked value, its offset in the raw source text (escapes such as `\\'`, `\\n`). */
export function cookedToRaw(raw: string): number[] {
  const offsets: number[] = [];
  for (let index = 0; index < raw.length; ) {
    if (raw[index] !== '\\') {
      offsets.push(index);
      index += 1;
      continue;
    }
    const next = raw[index + 1] ?? '';
    if (next === '\r' || next === '\n' || next === '\u2028' || next === '\u2029') {
      index += next === '\r' && raw[index + 2] === '\n' ? 3 : 2;
      continue;
    }
    offsets.push(index);
    if (next === 'x') index += 4;
    else if (next === 'u' && raw[index + 2] === '{') {
      const close = raw.indexOf('}', index);
      if (Number.parseInt(raw.slice(index + 3, close), 16) > 0xffff) offsets.push(index);
      index = close + 1;
    } else if (next === 'u') index += 6;
    else index += 2;
  }
  return offsets;
}
