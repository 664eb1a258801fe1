import type { ts as TS } from 'ts-morph';
import { parseSource } from '../extract/extract-file-facts.js';
import { ts } from '../extract/typescript.js';
import { setParents } from '../extract/visit-descendants.js';

/**
 * An enum that loses labels (Prisma's `Type_new` swap): the code that names a removed label breaks, wherever its value
 * came from. `typeNames` are the names code gives the enum's object (`AssetClass`, `PollStatus` for `poll_status`),
 * `columnNames` the names it gives the column's value (`status`, `assetClass` for `asset_class`).
 */
export interface EnumLabelQuery {
  readonly typeNames: readonly string[];
  readonly columnNames: readonly string[];
  /** The base's labels, the removed ones among them. */
  readonly labels: readonly string[];
  readonly removed: readonly string[];
  /**
   * The project's own enums that mirror the database's (`enumMirrorsOf`): by name, the members that stand for a
   * removed label (`PollStatus` -> `LIVE` -> `live`).
   */
  readonly mirrors?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Where a file names a removed label, and how: the enum's member, a value of the column, a list of the enum's labels. */
export interface EnumLabelSite {
  readonly line: number;
  readonly label: string;
  readonly how: 'member' | 'compared' | 'assigned' | 'listed';
}

/** Distinct labels a file's strings must name, a removed one among them, to be taken as a use of the enum's values. */
const FILE_LABELS = 3;

/**
 * The places a file names a removed label of the enum (case aside for strings: code often spells `'OWNER'` as
 * `'owner'` and maps it): `AssetClass.CASH` on one of the enum's names; a string compared with, switched on, assigned
 * to or expected of a value named like the column (`position.assetClass === 'CASH'`, `case 'live':` in
 * `switch (status)`, `{ status: 'live' }`, `expect(poll.status).toBe('live')`); a list of two labels or more, a removed
 * one among them, held by a name that spells the column's or the enum's (`pollStatusSchema = z.enum(['live', 'paused'])`,
 * `type SpaceRole = 'member' | 'owner'`, the cases of `switch (role)`); or strings naming three of
 * the enum's labels or more in a file that names the column (tabs `value="live"`, `value="paused"`...). A label alone,
 * in a file that neither names the enum nor the column, is another meaning of the same word.
 */
export function enumLabelSitesOf(file: string, text: string, query: EnumLabelQuery): readonly EnumLabelSite[] {
  const lower = text.toLowerCase();
  if (!query.removed.some((label) => lower.includes(label.toLowerCase()))) return [];
  const source = parseSource(file, text);
  if (!source) return [];
  const removed = new Map(query.removed.map((label) => [label.toLowerCase(), label]));
  const labels = new Map(query.labels.map((label) => [label.toLowerCase(), label]));
  const typeNames = new Set(query.typeNames);
  const columnNames = new Set(query.columnNames);
  const spellings = [...query.columnNames, ...query.typeNames].map((name) => name.toLowerCase());
  const namesEnumOrColumn = (name: string | undefined): boolean => name !== undefined && spellings.some((spelling) => name.toLowerCase().includes(spelling));
  const sites: EnumLabelSite[] = [];
  const stringLabels = new Set<string>();
  const removedStrings: TS.Node[] = [];
  let namesColumn = false;
  const lineOf = (node: TS.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const add = (node: TS.Node, label: string, how: EnumLabelSite['how']): void => {
    sites.push({ line: lineOf(node), label, how });
  };

  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && columnNames.has(node.text)) namesColumn = true;
    const value = stringValue(node);
    if (value !== undefined) {
      const known = labels.get(value.toLowerCase());
      if (known !== undefined) stringLabels.add(known);
      const label = removed.get(value.toLowerCase());
      if (label !== undefined) {
        removedStrings.push(node);
        const how = columnContext(node, columnNames) ?? schemaDefault(node);
        if (how) add(node, label, how);
      }
    } else if (ts.isPropertyAccessExpression(node)) {
      const owner = lastName(node.expression) ?? '';
      const mirrored = query.mirrors?.get(owner)?.get(node.name.text);
      if (query.removed.includes(node.name.text) && typeNames.has(owner)) add(node, node.name.text, 'member');
      else if (mirrored !== undefined) add(node, mirrored, 'member');
    } else if (ts.isEnumDeclaration(node)) {
      const mirror = mirrorOf(node, query);
      const first = mirror && node.members.find((member) => mirror.members.has(memberName(member) ?? ''));
      if (first) add(first, mirror.members.get(memberName(first)!)!, 'listed');
    } else if (ts.isElementAccessExpression(node) && typeNames.has(lastName(node.expression) ?? '')) {
      const key = stringValue(node.argumentExpression);
      if (key !== undefined && query.removed.includes(key)) add(node, key, 'member');
    } else if (ts.isArrayLiteralExpression(node)) {
      listed(node, node.elements);
    } else if (ts.isUnionTypeNode(node)) {
      listed(node, node.types.map((type) => (ts.isLiteralTypeNode(type) ? type.literal : type)));
    } else if (ts.isCaseBlock(node)) {
      listed(node, node.clauses.flatMap((clause) => (ts.isCaseClause(clause) ? [clause.expression] : [])));
    }
  };
  // `statusSchema = pollStatusSchema.optional().catch('live').default('live')`: the label a schema of the column's
  // values falls back to, held by or built from a name that spells the column's or the enum's.
  const schemaDefault = (node: TS.Node): 'assigned' | undefined => {
    const call = node.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== node || !ts.isPropertyAccessExpression(call.expression) || !SCHEMA_FALLBACKS.has(call.expression.name.text)) return undefined;
    return namesEnumOrColumn(listOwner(call)) || namesEnumOrColumn(chainRoot(call.expression.expression)) ? 'assigned' : undefined;
  };
  const listed = (list: TS.Node, elements: readonly TS.Node[]): void => {
    if (!namesEnumOrColumn(listOwner(list))) return;
    const named = new Set<string>();
    let first: { node: TS.Node; label: string } | undefined;
    for (const element of elements) {
      const value = stringValue(element)?.toLowerCase();
      if (value === undefined || !labels.has(value)) continue;
      named.add(value);
      const label = removed.get(value);
      if (label !== undefined && !first) first = { node: element, label };
    }
    if (first && named.size >= 2) add(first.node, first.label, 'listed');
  };
  for (const node of setParents(source)) visit(node);

  if (namesColumn && stringLabels.size >= FILE_LABELS && removedStrings.length > 0) {
    const node = removedStrings[0]!;
    add(node, removed.get(stringValue(node)!.toLowerCase())!, 'listed');
  }
  // One site per line and label, the closest tie first: a `case` both compared with the column and listed is compared.
  const seen = new Set<string>();
  return sites
    .sort((a, b) => Number(a.how === 'listed') - Number(b.how === 'listed'))
    .filter((site) => {
      const key = `${site.line}\u0000${site.label}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.label.localeCompare(b.label));
}

/** A project's enum that mirrors the database's: its name, and its members that stand for a removed label. */
export interface EnumMirror {
  readonly name: string;
  readonly members: ReadonlyMap<string, string>;
}

/**
 * The file's enums that mirror the database's (`enum PollStatus { LIVE = 'live', PAUSED = 'paused' }`): two members
 * or more valued as its labels (case aside), a removed one among them, and a name that spells the column's or the
 * enum's (`PollStatus` for `status`; not `CalendarView` for `interval`). Their members are then the labels wherever
 * the service names them (`PollStatus.LIVE`).
 */
export function enumMirrorsOf(file: string, text: string, query: EnumLabelQuery): readonly EnumMirror[] {
  const lower = text.toLowerCase();
  if (!/\benum\b/.test(text) || !query.removed.some((label) => lower.includes(label.toLowerCase()))) return [];
  const source = parseSource(file, text);
  return (source?.statements ?? []).flatMap((statement) => {
    const mirror = ts.isEnumDeclaration(statement) ? mirrorOf(statement, query) : undefined;
    return mirror ? [mirror] : [];
  });
}

function mirrorOf(declaration: TS.EnumDeclaration, query: EnumLabelQuery): EnumMirror | undefined {
  const name = declaration.name.text.toLowerCase();
  if (![...query.columnNames, ...query.typeNames].some((spelling) => name.includes(spelling.toLowerCase()))) return undefined;
  const labels = new Map(query.labels.map((label) => [label.toLowerCase(), label]));
  const removed = new Set(query.removed.map((label) => label.toLowerCase()));
  const valued = new Set<string>();
  const members = new Map<string, string>();
  for (const member of declaration.members) {
    const value = member.initializer && stringValue(member.initializer)?.toLowerCase();
    const key = memberName(member);
    if (value === undefined || key === undefined || !labels.has(value)) continue;
    valued.add(value);
    if (removed.has(value)) members.set(key, labels.get(value)!);
  }
  return valued.size >= 2 && members.size > 0 ? { name: declaration.name.text, members } : undefined;
}

function memberName(member: TS.EnumMember): string | undefined {
  return ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : undefined;
}

/** How a string is used as the column's value: compared with it, a case of a switch on it, assigned to it, expected of it. */
function columnContext(node: TS.Node, columnNames: ReadonlySet<string>): 'compared' | 'assigned' | undefined {
  const parent = node.parent;
  const names = (expression: TS.Expression): boolean => columnNames.has(lastName(expression) ?? '');
  if (ts.isBinaryExpression(parent) && EQUALITY.has(parent.operatorToken.kind)) {
    return names(parent.left === node ? parent.right : parent.left) ? 'compared' : undefined;
  }
  if (ts.isCaseClause(parent) && parent.expression === node) {
    return names(parent.parent.parent.expression) ? 'compared' : undefined;
  }
  if ((ts.isPropertyAssignment(parent) && parent.initializer === node) || (ts.isJsxAttribute(parent) && parent.initializer === node)) {
    const name = parent.name;
    return ts.isIdentifier(name) || ts.isStringLiteral(name) ? (columnNames.has(name.text) ? 'assigned' : undefined) : undefined;
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) {
    return names(parent.left) ? 'assigned' : undefined;
  }
  // `expect(poll.status).toBe('live')`: the matcher's argument is expected of `expect`'s.
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as TS.Expression) && ts.isPropertyAccessExpression(parent.expression)) {
    const subject = ts.isCallExpression(parent.expression.expression) ? parent.expression.expression : undefined;
    if (subject && ts.isIdentifier(subject.expression) && subject.expression.text === 'expect' && subject.arguments[0] && names(subject.arguments[0])) return 'compared';
  }
  return undefined;
}

/** zod's (and yup's) calls that give a schema a value to fall back to: `.default('live')`, `.catch('live')`. */
const SCHEMA_FALLBACKS = new Set(['default', 'catch']);

/** How many links of a call chain are walked to its root. */
const MAX_CHAIN_LINKS = 32;

/** The identifier a call chain starts from: `pollStatusSchema` of `pollStatusSchema.optional().catch('live')`. */
function chainRoot(expression: TS.Expression): string | undefined {
  let current = expression;
  for (let links = 0; links < MAX_CHAIN_LINKS; links++) {
    if (ts.isCallExpression(current)) current = current.expression;
    else if (ts.isPropertyAccessExpression(current)) current = current.expression;
    else break;
  }
  return ts.isIdentifier(current) ? current.text : undefined;
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * The name a list of values is held by: the variable, type, property, parameter or JSX attribute it is (an argument
 * of) the value of (`role: z.enum([...]).optional()`), or what a `switch` switches on; undefined past a statement.
 */
function listOwner(list: TS.Node): string | undefined {
  if (ts.isCaseBlock(list)) return lastName(list.parent.expression);
  for (let current = list.parent; current !== undefined && !ts.isSourceFile(current); current = current.parent) {
    if (
      (ts.isVariableDeclaration(current) ||
        ts.isTypeAliasDeclaration(current) ||
        ts.isPropertyAssignment(current) ||
        ts.isPropertySignature(current) ||
        ts.isPropertyDeclaration(current) ||
        ts.isParameter(current) ||
        ts.isJsxAttribute(current)) &&
      current.name !== undefined
    ) {
      const name = current.name;
      return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
    }
    if (ts.isBlock(current) || ts.isFunctionLike(current) || ts.isExpressionStatement(current) || ts.isReturnStatement(current)) return undefined;
  }
  return undefined;
}

/** A string literal's value, a template without substitutions' too. */
function stringValue(node: TS.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** The name an expression ends in: `status`, `position.assetClass`, `row['status']`, `$Enums.PollStatus`. */
function lastName(expression: TS.Expression): string | undefined {
  let current: TS.Expression = expression;
  while (ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current) || ts.isAsExpression(current)) current = current.expression;
  if (ts.isIdentifier(current)) return current.text;
  if (ts.isPropertyAccessExpression(current)) return current.name.text;
  if (ts.isElementAccessExpression(current)) return stringValue(current.argumentExpression);
  return undefined;
}
