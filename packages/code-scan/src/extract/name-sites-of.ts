import type { Access } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { byKind } from './by-kind.js';
import { accessorNames, isVirtualAttribute, propertyNameOf } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import type { NameFacts, NameSite } from '../facts/file-facts.js';
import { isTestFile } from '../services/is-test-file.js';
import { calleeNameOf, createGraphqlTypeReader } from './graphql-types-of.js';
import { isCompound } from '../adapters/naming/camel-case.js';

export interface NameCollector {
  /** Offered every node of the walk (see `mayName`). */
  visit(node: TS.Node): void;
  /** The file's names; undefined for a generated or vendored file, whose names say nothing of its authors' intent. */
  facts(): NameFacts | undefined;
}

/** Whether a node can be a name site or a mention: only these kinds are offered to the collector. */
export const mayName = byKind(
  (node) =>
    ts.isPropertyAccessExpression(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isShorthandPropertyAssignment(node) ||
    ts.isBindingElement(node) ||
    ts.isStringLiteral(node) ||
    ts.isTaggedTemplateExpression(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    ts.isImportSpecifier(node) ||
    ts.isImportClause(node) ||
    ts.isTypeReferenceNode(node),
);

/** How far up a key's access is looked for (`where: { a: { b } }`): a fixed bound, so no walk grows with the file's depth. */
const MAX_KEY_HOPS = 10;
/** A name short enough to be anything (`id`, `to`): never a name site; the schema decides for the rest. */
const MIN_NAME = 3;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Query option keys whose object names columns to filter, order or read by (Sequelize, Prisma, TypeORM options). */
const KEY_ACCESS: Readonly<Record<string, Access>> = { where: 'filter', having: 'filter', order: 'order', orderBy: 'order', attributes: 'read', select: 'read', group: 'read' };
/** Builder methods whose string arguments name columns to filter, order by or write: `.where('processedAt', v)`. */
const CALL_ACCESS: readonly (readonly [RegExp, Access])[] = [
  [/^(where|andWhere|orWhere|whereIn|whereNot|whereNull|whereNotNull|having)$/, 'filter'],
  [/^(orderBy|order)$/, 'order'],
  [/^(set|increment|decrement)$/, 'write'],
];
/** Tags of GraphQL documents: `gql`, `gqlV2`, `graphql`. */
const GRAPHQL_TAG = /^(gql\w*|graphql)$/;
/** JavaScript: no type says what a value is. */
const UNTYPED_FILE = /\.(js|jsx|mjs|cjs)$/;
/**
 * Files of mock rows beside the product's code, built as loose object literals as tests build them: Storybook stories
 * (`accounts-table.component.stories.ts`) and test utilities outside test folders (`portfolio-calculator-test-utils.ts`,
 * `test-helpers.ts`).
 */
const MOCK_DATA_FILE = /(\.stories|(^|[/.-])test-?(utils?|helpers?))\.[mc]?[jt]sx?$/;
/** Paths of generated or vendored code. */
const GENERATED_PATH = /(^|\/)(generated|__generated__|vendor|vendors|dist|build)\/|\.min\.[cm]?js$/i;
/** Markers generated files carry in their first lines. */
const GENERATED_MARK = /@generated|DO NOT EDIT|auto-?generated/i;

/**
 * Reads the names a file uses (`NameFacts`), syntactically: property reads and writes (a method call's name is not
 * one), object keys, destructured names, identifier-shaped strings in arrays, calls and element accesses, GraphQL
 * fields of graphql-js types and of `gql` documents. Each costs a bounded look up the tree.
 */
export function createNameCollector(context: ExtractContext): NameCollector {
  const sites: NameSite[] = [];
  const mentions = new Set<string>();
  const virtuals = new Set<string>();
  const generated = GENERATED_PATH.test(context.file) || GENERATED_MARK.test(context.sourceFile.text.slice(0, 600));
  // In TypeScript the types say what a value is (and the typed sites, mirrors and flows read them): there, only
  // GraphQL fields, whose schema is a contract no type ties to the model, are names to match. Tests are the
  // exception: they build rows and entities as loose object literals and read results through `any`, as stories and
  // test utilities do.
  const untyped = UNTYPED_FILE.test(context.file) || isTestFile(context.file) || MOCK_DATA_FILE.test(context.file);
  const typescript = !UNTYPED_FILE.test(context.file);
  const graphql = createGraphqlTypeReader(context);
  // `type Credential { displayName: String }`: the type an SDL field belongs to, one fact per type and document.
  const sdlTypes = new Map<SdlType, number>();
  const sdlType = (type: SdlType | undefined): number | undefined => {
    if (type === undefined) return undefined;
    const known = sdlTypes.get(type);
    if (known !== undefined) return known;
    const index = graphql.declare([type.name], type.input);
    sdlTypes.set(type, index);
    return index;
  };
  /** A name at a node, or at a position inside `within` (a GraphQL document's field); `graphqlType` its graphql-js type. */
  const add = (name: string, at: TS.Node | number, access: Access, role: NameSite['role'], within?: TS.Node, graphqlType?: number, receiver?: string, enumType?: string): void => {
    if (name.length < MIN_NAME || !IDENTIFIER.test(name)) return;
    const { line, column } = typeof at === 'number' ? context.locationAt(at) : context.locationOf(at);
    const symbol = context.symbolOf(typeof at === 'number' ? (within ?? context.sourceFile) : at);
    sites.push({
      name,
      line,
      column: column ?? 1,
      access,
      role,
      ...(symbol === undefined ? {} : { symbol }),
      ...(graphqlType === undefined ? {} : { graphqlType }),
      ...(receiver === undefined ? {} : { receiver }),
      ...(enumType === undefined ? {} : { enumType }),
    });
  };
  /**
   * An enum the file imports by name, as its module names it: `ViewMode` of `import { ViewMode } from '@prisma/client'`,
   * `SpaceMemberRole` of `import { SpaceMemberRole as DBSpaceMemberRole }`. A default or namespace import is none.
   */
  const importedEnum = (name: TS.Node): string | undefined => {
    if (!ts.isIdentifier(name) || !/^[A-Z]/.test(name.text)) return undefined;
    const imported = context.importedName(name.text);
    return imported === undefined || imported === '*' || imported === 'default' || !/^[A-Z]/.test(imported) ? undefined : imported;
  };
  // Each scope's declarations, read once: a name's declaration is found in a bounded walk up, linear in the file.
  const scopes = new Map<TS.Node, ReadonlyMap<string, boolean>>();
  // Whether a name's declaration leaves its type unstated (`true`), states it (`false`: `(user: ResponseUser) =>`,
  // a value of that type whatever its name), or is not found in the scopes walked up (undefined).
  const declaredUntyped = (identifier: TS.Identifier): boolean | undefined => {
    let current: TS.Node = identifier.parent;
    for (let hops = 0; hops < MAX_SCOPE_HOPS && !ts.isSourceFile(current); hops++, current = current.parent) {
      if (!ts.isFunctionLike(current) && !ts.isBlock(current)) continue;
      let declared = scopes.get(current);
      if (!declared) scopes.set(current, (declared = declarationsOf(current)));
      const untyped = declared.get(identifier.text);
      if (untyped !== undefined) return untyped;
    }
    return undefined;
  };
  const mention = (name: string): void => {
    if (/^[A-Z]\w{2,}$/.test(name)) mentions.add(name);
  };
  return {
    visit(node) {
      if (generated) return;
      if (ts.isPropertyAccessExpression(node)) {
        if (ts.isIdentifier(node.expression)) mention(node.expression.text);
        mention(node.name.text);
        const parent = node.parent;
        // `user.settings.viewMode === ViewMode.ZEN` in TypeScript: the property compared with a member of an imported enum.
        const enumType = typescript && !untyped ? importedEnum(node.expression) : undefined;
        const compared = enumType === undefined ? undefined : comparedProperty(node);
        if (compared) add(compared.name.text, compared.name, 'read', 'enum', undefined, undefined, undefined, enumType);
        if (ts.isCallExpression(parent) && parent.expression === node) return;
        // `resolve(user) { return user.firstName }`: a read of the graphql-js type's parent, whatever the file's language.
        const parentType = ts.isIdentifier(node.expression) ? graphql.parentTypeOf(node.expression) : undefined;
        if (parentType !== undefined) add(node.name.text, node.name, 'read', 'graphql', undefined, parentType);
        else if (untyped || isImplicitAny(node.expression, context)) {
          // A receiver (`a.b` of `a.b.c`) is read; only the outermost link asks how it is used, so a chain costs one walk.
          const receiver = (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node;
          add(node.name.text, node.name, receiver ? 'read' : context.accessOf(node), 'code', undefined, undefined, ts.isIdentifier(node.expression) && declaredUntyped(node.expression) === false ? undefined : receiverNameOf(node.expression));
        } else if (isCompound(node.name.text) && ts.isIdentifier(node.expression) && declaredUntyped(node.expression) === true) {
          // In TypeScript a local no type is stated for (`const { plan } = res.locals` of an untyped framework) may
          // still be named after its table: its compound names are kept for the fold's receiver rule.
          add(node.name.text, node.name, context.accessOf(node), 'receiver', undefined, undefined, node.expression.text);
        }
      } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.initializer)) mention(node.initializer.text);
        if (ts.isShorthandPropertyAssignment(node)) mention(node.name.text);
        const key = propertyNameOf(node.name);
        if (key === undefined || !ts.isObjectLiteralExpression(node.parent)) return;
        if (ts.isPropertyAssignment(node) && isVirtualAttribute(node.initializer)) virtuals.add(key);
        if (ts.isPropertyAssignment(node) && (key === 'getterMethods' || key === 'setterMethods')) {
          // The model's options: `define('User', attributes, options)`, `User.init(attributes, options)`.
          const call = node.parent.parent;
          const attributes = ts.isCallExpression(call) ? call.arguments.find((argument) => argument !== node.parent && ts.isObjectLiteralExpression(argument)) : undefined;
          for (const name of accessorNames(node.parent, attributes)) virtuals.add(name);
        }
        if (ts.isPropertyAssignment(node)) graphql.visitFieldConfig(node);
        // A field with its own `resolve` reads what the resolver reads (its body's names count); only the default
        // resolver reads `source[field]`, the column of that name.
        const graphqlType = graphql.typeOfFields(node.parent);
        if (graphqlType !== undefined) {
          if (!(ts.isPropertyAssignment(node) && hasResolver(node.initializer))) add(key, node.name, 'definition', 'graphql', undefined, graphqlType);
        }
        else if (untyped && !graphql.isConfig(node.parent)) add(key, node.name, keyAccess(node.parent, 'write'), 'code', undefined, undefined, holderNameOf(node.parent, typescript));
      } else if (ts.isBindingElement(node)) {
        if (ts.isIdentifier(node.name)) mention(node.name.text);
        if (!ts.isObjectBindingPattern(node.parent)) return;
        const key = node.propertyName ? propertyNameOf(node.propertyName) : ts.isIdentifier(node.name) ? node.name.text : undefined;
        const parentType = graphql.parentTypeOf(node);
        if (key !== undefined && (untyped || parentType !== undefined)) add(key, node.propertyName ?? node.name, 'read', parentType === undefined ? 'code' : 'graphql', undefined, parentType);
      } else if (ts.isStringLiteral(node)) {
        if (!untyped) return;
        const parent = node.parent;
        const named =
          ts.isArrayLiteralExpression(parent) ||
          (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) ||
          (ts.isCallExpression(parent) && parent.expression !== node && !isModuleCall(parent));
        if (named) {
          const access = (ts.isCallExpression(parent) ? CALL_ACCESS.find(([method]) => method.test(calleeNameOf(parent)))?.[1] : undefined) ?? keyAccess(node, 'read');
          add(node.text, node, access, 'code', undefined, undefined, ts.isCallExpression(parent) && parent.arguments[0] === node ? assertedValueOf(parent) : undefined);
        }
      } else if (ts.isTaggedTemplateExpression(node)) {
        const tag = ts.isIdentifier(node.tag) ? node.tag.text : ts.isPropertyAccessExpression(node.tag) ? node.tag.name.text : '';
        if (GRAPHQL_TAG.test(tag)) for (const field of graphqlDocumentFields(node.template, context.sourceFile)) add(field.name, field.position, field.access, 'graphql', node, sdlType(field.type));
      } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        // `/* GraphQL */ \`...\``: an untagged document marked as editors and Prettier read it.
        if (ts.isTaggedTemplateExpression(node.parent) || !graphqlMarked(node, context.sourceFile)) return;
        for (const field of graphqlDocumentFields(node, context.sourceFile)) add(field.name, field.position, field.access, 'graphql', node, sdlType(field.type));
      } else if (ts.isImportSpecifier(node) || ts.isImportClause(node)) {
        if (node.name) mention(node.name.text);
        if (ts.isImportSpecifier(node) && node.propertyName) mention(node.propertyName.text);
      } else if (ts.isTypeReferenceNode(node)) {
        if (ts.isIdentifier(node.typeName)) mention(node.typeName.text);
        else mention(node.typeName.right.text);
        // `permissions?: AccessPermission[]`, `viewMode: ViewMode | null`: a property or parameter typed with an imported enum.
        const enumType = importedEnum(node.typeName);
        const holder = enumType === undefined ? undefined : enumTypedHolder(node);
        const key = holder === undefined || ts.isObjectBindingPattern(holder.name) || ts.isArrayBindingPattern(holder.name) ? undefined : propertyNameOf(holder.name);
        if (holder && key !== undefined) add(key, holder.name, 'definition', 'enum', undefined, undefined, undefined, enumType);
      }
    },
    facts: () => {
      if (generated || (sites.length === 0 && mentions.size === 0 && virtuals.size === 0)) return undefined;
      const { types, feeds } = graphql.facts();
      return {
        mentions: [...mentions].sort(),
        sites,
        ...(virtuals.size > 0 ? { virtuals: [...virtuals].sort() } : {}),
        ...(types.length > 0 ? { graphqlTypes: types } : {}),
        ...(feeds.length > 0 ? { graphqlFeeds: feeds } : {}),
      };
    },
  };
}

const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** `a.b.viewMode` of `a.b.viewMode === ViewMode.ZEN` (either side, `?.` and `!` aside), for the member `ViewMode.ZEN`. */
function comparedProperty(member: TS.PropertyAccessExpression): TS.PropertyAccessExpression | undefined {
  const comparison = member.parent;
  if (!ts.isBinaryExpression(comparison) || !EQUALITY.has(comparison.operatorToken.kind)) return undefined;
  let other: TS.Expression = comparison.left === member ? comparison.right : comparison.left;
  while (ts.isNonNullExpression(other) || ts.isParenthesizedExpression(other)) other = other.expression;
  return ts.isPropertyAccessExpression(other) && ts.isIdentifier(other.name) ? other : undefined;
}

/**
 * The property or parameter a type reference types, through arrays, unions and parentheses (`E[]`, `Array<E>`,
 * `E | null`): at most a few links, so the walk is bounded.
 */
function enumTypedHolder(reference: TS.TypeReferenceNode): TS.PropertySignature | TS.PropertyDeclaration | TS.ParameterDeclaration | undefined {
  let type: TS.Node = reference;
  for (let hops = 0; hops < 4; hops++) {
    const parent = type.parent;
    if (ts.isArrayTypeNode(parent) || ts.isUnionTypeNode(parent) || ts.isParenthesizedTypeNode(parent) || ts.isTypeOperatorNode(parent)) type = parent;
    else if (ts.isTypeReferenceNode(parent) && ts.isIdentifier(parent.typeName) && /^(Readonly)?Array$/.test(parent.typeName.text)) type = parent;
    else break;
  }
  const holder = type.parent;
  if ((ts.isPropertySignature(holder) || ts.isPropertyDeclaration(holder) || ts.isParameter(holder)) && holder.type === type) return holder;
  return undefined;
}

/** How many ancestors a local's declaration is looked for in: nesting deeper than this counts as typed. */
const MAX_SCOPE_HOPS = 64;

/**
 * The names a function's parameters or a block's variable statements declare, each with whether no type is stated
 * for it: neither on itself nor on the pattern it is destructured from (`const { plan } = res.locals`, `(req, res) =>`).
 */
function declarationsOf(scope: TS.Node): ReadonlyMap<string, boolean> {
  const declared = new Map<string, boolean>();
  const bind = (name: TS.BindingName, typed: boolean): void => {
    const pending: TS.BindingName[] = [name];
    for (let next = pending.pop(); next; next = pending.pop()) {
      if (ts.isIdentifier(next)) declared.set(next.text, !typed);
      else for (const element of next.elements) if (!ts.isOmittedExpression(element)) pending.push(element.name);
    }
  };
  if (ts.isFunctionLike(scope)) for (const parameter of scope.parameters) bind(parameter.name, statesType(parameter.type));
  else if (ts.isBlock(scope)) {
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) bind(declaration.name, statesType(declaration.type));
    }
  }
  return declared;
}

/** A type annotation that says what a value is: any but `any` and `unknown` (`const order: any = {...}` is untyped). */
function statesType(type: TS.TypeNode | undefined): boolean {
  return type !== undefined && type.kind !== ts.SyntaxKind.AnyKeyword && type.kind !== ts.SyntaxKind.UnknownKeyword;
}

/** Query options whose object holds conditions or an ordering, not a row, whatever their name (`order: { createdAt: 'DESC' }`). */
const QUERY_OPTIONS = new Set(['where', 'having', 'order', 'orderBy', 'attributes', 'select', 'include']);

/**
 * The name an object literal is held by, which says whose row it is as a value's name does: `user1` of
 * `{ user1: { name } }` (a fixtures file), `transactions` of `{ transactions: [{ amount }] }` (its elements), `order` of
 * `const order = { total }`, of `this.order = { total }` and of `order.update({ total })`. Not a query option's
 * (`where: { ... }`).
 */
function holderNameOf(object: TS.ObjectLiteralExpression, typescript: boolean): string | undefined {
  const held = ts.isArrayLiteralExpression(object.parent) ? object.parent : object;
  const holder = held.parent;
  if (ts.isPropertyAssignment(holder) && holder.initializer === held) {
    const key = propertyNameOf(holder.name);
    return key === undefined || QUERY_OPTIONS.has(key) || (typescript && typedByContext(holder)) ? undefined : key;
  }
  // A local that states its type (`const user: ResponseUser = {...}`, a TypeScript test) is that type's, whatever its name.
  if (ts.isVariableDeclaration(holder) && holder.initializer === held && ts.isIdentifier(holder.name)) return statesType(holder.type) ? undefined : holder.name.text;
  if (ts.isBinaryExpression(holder) && holder.right === held && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken) return receiverNameOf(holder.left);
  // `transactionsImportRow.update({ isDismissed: false })`: the values an instance writes to itself are its row's.
  if (ts.isCallExpression(holder) && holder.arguments[0] === held && ts.isPropertyAccessExpression(holder.expression) && ROW_WRITES.test(holder.expression.name.text)) {
    return receiverNameOf(holder.expression.expression);
  }
  return undefined;
}

/** A Sequelize instance's own writes: `row.update(values)`, `row.set(values)`. */
const ROW_WRITES = /^(update|set)$/;

/** How many object and array literals up a key's literal is looked for the value that types it. */
const MAX_LITERAL_NESTING = 32;

/**
 * In TypeScript, whether the outermost literal around a key is typed by where it goes: an argument (typed by the
 * parameter: ghostfolio's `new PortfolioCalculator({ orders: [{ currency }] })`), a local that states its type, or a
 * value cast or checked (`as`, `satisfies`). Its keys are then that type's, whatever the key holding them is named.
 */
function typedByContext(node: TS.Node): boolean {
  let current = node;
  for (let depth = 0; depth < MAX_LITERAL_NESTING && (ts.isPropertyAssignment(current) || ts.isObjectLiteralExpression(current) || ts.isArrayLiteralExpression(current)); depth++) current = current.parent;
  return (
    ts.isCallExpression(current) ||
    ts.isNewExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    (ts.isVariableDeclaration(current) && statesType(current.type))
  );
}

/** Assertions that a value has a property (chai's `.property('amount')`, Jest's `.toHaveProperty('amount')`). */
const PROPERTY_ASSERTION = /^(property|ownProperty|haveOwnProperty|toHaveProperty)$/;
/** How many links of an assertion chain (`expect(x).to.not.have.own.property`) are walked down to `expect(x)`. */
const MAX_ASSERTION_LINKS = 8;

/** `expect(transaction).to.have.property('amount', 10)`: the name of the value asserted on (`transaction`). */
function assertedValueOf(call: TS.CallExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || !PROPERTY_ASSERTION.test(call.expression.name.text)) return undefined;
  let link: TS.Expression = call.expression.expression;
  for (let hops = 0; hops < MAX_ASSERTION_LINKS && ts.isPropertyAccessExpression(link); hops++) link = link.expression;
  if (!ts.isCallExpression(link) || calleeNameOf(link) !== 'expect' || link.arguments.length === 0) return undefined;
  const value = link.arguments[0];
  return value === undefined ? undefined : receiverNameOf(value);
}

/** The name of the value a property is read on: `role` of `role.key` and of `this.role.key`; none for calls and literals. */
function receiverNameOf(expression: TS.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** `{ type: GraphQLString, resolve(collective) {...} }`: a GraphQL field with its own resolver. */
function hasResolver(value: TS.Expression): boolean {
  return ts.isObjectLiteralExpression(value) && value.properties.some((property) => property.name !== undefined && propertyNameOf(property.name) === 'resolve');
}

/** Whether a template is preceded by the comment `/* GraphQL *\/`. */
function graphqlMarked(node: TS.TemplateLiteral, sourceFile: TS.SourceFile): boolean {
  // On the line of the token before (`= /* GraphQL */ `) TypeScript calls the comment trailing; on its own line, leading.
  const comments = [...(ts.getTrailingCommentRanges(sourceFile.text, node.pos) ?? []), ...(ts.getLeadingCommentRanges(sourceFile.text, node.pos) ?? [])];
  return comments.some((range) => /^\/\*\s*graphql\s*\*\/$/i.test(sourceFile.text.slice(range.pos, range.end)));
}

/** `require('x')`, `import('x')`: their strings are modules, not names. */
function isModuleCall(call: TS.CallExpression): boolean {
  return call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === 'require');
}

/**
 * The access of a key or string by the nearest query option holding it: `where: { CollectiveId }` filters,
 * `order: [['createdAt', 'DESC']]` orders, `attributes: ['slug']` reads; otherwise `fallback`. A bounded walk.
 */
function keyAccess(node: TS.Node, fallback: Access): Access {
  let current = node;
  for (let hops = 0; hops < MAX_KEY_HOPS && current.parent; hops++) {
    const up = current.parent;
    if (ts.isFunctionLike(up) || ts.isStatement(up)) break;
    if (ts.isPropertyAssignment(up) && up.initializer === current) {
      const key = propertyNameOf(up.name);
      const access = key === undefined ? undefined : ownEntry(KEY_ACCESS, key);
      if (access) return access;
    }
    current = up;
  }
  return fallback;
}

const GRAPHQL_KEYWORDS = new Set(
  'query mutation subscription fragment on type input interface enum scalar union extend schema directive implements true false null repeatable'.split(' '),
);
/** Keywords after which the next name is an operation, fragment or type name, never a field. */
const GRAPHQL_NAMING = new Set('query mutation subscription fragment on type input interface enum scalar union extend directive implements'.split(' '));
const GRAPHQL_TOKEN = /#[^\n]*|"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|\$?[_A-Za-z][_0-9A-Za-z]*|\.\.\.|[:@=|&{}]/g;
/** An SDL type: `type Credential {`, `input CredentialInput {`. */
interface SdlType {
  readonly name: string;
  readonly input: boolean;
}

/**
 * The field names of a GraphQL document in a template: selections (`collective { twitterHandle }`) are reads; the
 * fields of a schema (`type Collective { twitterHandle: String }`) are definitions. Arguments' values, variables,
 * types, fragments and directives are skipped. Substitutions (`${fragment}`) split the text; each part is read.
 */
function graphqlDocumentFields(template: TS.TemplateLiteral, sourceFile: TS.SourceFile): { name: string; position: number; access: Access; type?: SdlType }[] {
  const parts: [number, number][] = [];
  if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push([template.getStart(sourceFile) + 1, template.end - 1]);
  else {
    parts.push([template.head.getStart(sourceFile) + 1, template.head.end - 2]);
    for (const span of template.templateSpans) parts.push([span.literal.getStart(sourceFile) + 1, span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2)]);
  }
  const text = sourceFile.text;
  const schemaDocument = parts.some(([start, end]) => /(^|\n)\s*(type|input|interface|extend)\s/.test(text.slice(start, end)));
  const found: { name: string; position: number; access: Access; type?: SdlType }[] = [];
  // The SDL type being read: named after `type`/`input`/`interface`, open from its `{` to the matching `}`.
  let depth = 0;
  let named: SdlType | undefined;
  let open: { type: SdlType; depth: number } | undefined;
  for (const [start, end] of parts) {
    let previous = '';
    for (const match of text.slice(start, end).matchAll(GRAPHQL_TOKEN)) {
      const token = match[0];
      if (token.startsWith('#') || token.startsWith('"')) continue;
      if (token === '{' || token === '}') {
        depth += token === '{' ? 1 : -1;
        if (token === '{' && named && !open) open = { type: named, depth };
        if (token === '}' && open && depth < open.depth) open = undefined;
        named = undefined;
        continue;
      }
      if (schemaDocument && /^(type|input|interface)$/.test(previous) && /^[_A-Za-z]/.test(token)) named = { name: token, input: previous === 'input' };
      const field = /^[_A-Za-z]/.test(token) && !GRAPHQL_KEYWORDS.has(token) && !GRAPHQL_NAMING.has(previous) && !/^(:|@|\.\.\.|=|\||&)$/.test(previous);
      // Only a field directly in the type's braces is the type's (`field(arg: Int)` arguments are the type's too).
      const type = open && depth === open.depth ? open.type : undefined;
      if (field) found.push({ name: token, position: start + match.index, access: schemaDocument ? 'definition' : 'read', ...(type ? { type } : {}) });
      previous = token;
    }
  }
  return found;
}

/**
 * A parameter TypeScript gives no type (`const canSee = async (req, order) => ...`, `function total(order)`, a class
 * method's `(order)`, without `noImplicitAny`): `any`, as loose as JavaScript, so its properties are names to match.
 * So is a callback's over the elements of such a value or of one stated to be `any` (`data.orders.map((order) =>
 * ...)` in `map((data: any) => ...)`): no type is stated for them. A parameter with an annotation (`any` too) or a
 * default, a destructured one, and a callback's over a typed value (`rows.map((row) => ...)`) are not.
 */
function isImplicitAny(expression: TS.Expression, context: ExtractContext, depth = 0): boolean {
  if (!ts.isIdentifier(expression)) return false;
  const declaration = context.declarationOf(expression);
  if (!declaration || !ts.isParameter(declaration) || declaration.initializer || !ts.isIdentifier(declaration.name)) return false;
  // `(row: any)` states a type, loose as it is; the elements a callback walks of it (below) are typed by nothing.
  if (declaration.type) return depth > 0 && declaration.type.kind === ts.SyntaxKind.AnyKeyword;
  const owner = declaration.parent;
  if (ts.isFunctionDeclaration(owner) || (ts.isMethodDeclaration(owner) && ts.isClassLike(owner.parent))) return true;
  if (!ts.isArrowFunction(owner) && !ts.isFunctionExpression(owner)) return false;
  let holder: TS.Node = owner.parent;
  while (ts.isParenthesizedExpression(holder)) holder = holder.parent;
  if (ts.isVariableDeclaration(holder)) return holder.initializer !== undefined && holder.type === undefined;
  // `data.orders.map((order) => ...)` of an `any` `data`: the elements of an `any` are `any` too.
  if (!ts.isCallExpression(holder) || !ts.isPropertyAccessExpression(holder.expression) || !ELEMENT_CALLBACKS.test(holder.expression.name.text)) return false;
  if (holder.arguments[0] !== owner || owner.parameters[0] !== declaration || depth >= MAX_ANY_HOPS) return false;
  let root: TS.Expression = holder.expression.expression;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root)) root = root.expression;
  return isImplicitAny(root, context, depth + 1);
}

/** Array methods whose callback's first parameter is an element of the receiver. */
const ELEMENT_CALLBACKS = /^(map|forEach|filter|find|findLast|some|every|flatMap)$/;
/** How many callbacks deep an `any` is followed into elements (`data.orders.map((order) => order.lines.map(...))`). */
const MAX_ANY_HOPS = 3;
