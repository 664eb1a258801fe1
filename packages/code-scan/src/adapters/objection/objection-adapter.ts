import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { propertyNameOf, propertyValue } from '../../extract/decorators-of.js';
import { readBuilderChain, type BuilderSpec } from '../../extract/read-builder-chain.js';
import type { Chain, ExtractContext } from '../../extract/extract-context.js';
import type { Fact, FieldFact, PropertySite, TypeExpr } from '../../facts/file-facts.js';
import { mapperSnakeCase } from '../naming/mapper-snake-case.js';
import { pascalCase } from '../naming/camel-case.js';
import type { OrmAdapter } from '../orm-adapter.js';
import { KNEX_SPEC } from '../knex/knex-adapter.js';

/** Stands for the model's own table in a chain until the fold knows it (the model may be declared in another file). */
const OWN_TABLE = '\u0000objection-model';

const SPEC: BuilderSpec = {
  ...KNEX_SPEC,
  adapter: 'objection',
  objects: {
    ...KNEX_SPEC.objects,
    findOne: 'filter',
    ...Object.fromEntries(['insertAndFetch', 'insertGraph', 'insertGraphAndFetch', 'upsertGraph', 'upsertGraphAndFetch', 'patch', 'patchAndFetch', 'updateAndFetch'].map((name) => [name, 'write' as const])),
  },
};

/** Calls after which a query resolves to one model instance rather than a list. */
const ONE = /^(findById|findOne|first|insert|insertAndFetch|insertGraph|insertGraphAndFetch|patchAndFetch|patchAndFetchById|updateAndFetch|updateAndFetchById|upsertGraph|upsertGraphAndFetch)$/;
/** Calls after which a query resolves to no instance: counts, affected rows, plucked values. */
const NOT_ROWS = /^(patch|update|delete|del|deleteById|patchById|updateById|increment|decrement|resultSize|count|countDistinct|pluck|relate|unrelate|toKnexQuery|toString|truncate)$/;

/**
 * Objection.js: a model is a class with a static `tableName` (`static tableName = 'credentials'` or
 * `static get tableName() { return 'credentials' }`); its properties are columns named by the model's mappers
 * (`snakeCaseMappers()` / `knexSnakeCaseMappers()`: `displayName` is `display_name`), declared as class fields,
 * `jsonSchema.properties` or not at all (any key of a row is a column: the model is open, the fold checks the
 * schema). `relationMappings` name relations (`modelClass: User`) and join columns (`from: 'credentials.user_id'`).
 * Queries: `Credential.query().where('displayName', x).patch({ key })`, `credential.$query().patch(...)`,
 * `user.$relatedQuery('credentials').insert({ ... })`; their results are instances of the model.
 */
export const objectionAdapter: OrmAdapter = {
  name: 'objection',
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ClassExpression, ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.name) return modelOf(node, node.name.text, context);
    if (!ts.isCallExpression(node)) return undefined;
    if (ts.isIdentifier(node.expression) && node.expression.text === 'snakeCaseMappers') return [{ kind: 'setting', name: 'objection.casing', value: 'snake' }];
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return undefined;
    const chain = context.chainOf(node);
    const owner = ownerOf(chain, context);
    return owner ? querySites(chain, owner, context) : undefined;
  },
  typeOfCall(call, context) {
    const chain = context.chainOf(call);
    const owner = ownerOf(chain, context);
    if (!owner) return undefined;
    const names = chain.links.map((link) => link.name);
    if (names.some((name) => NOT_ROWS.test(name))) return undefined;
    const entity: TypeExpr = { kind: 'entity-of', of: owner };
    return names.some((name) => ONE.test(name)) ? entity : { kind: 'name', name: 'Array', args: [entity] };
  },
  columnName: (field, _model, settings) => named(field.property, settings),
  siteName: (name, settings) => (settings.get('knex.casing') === 'snake' ? mapperSnakeCase(name) : name),
};

function named(name: string, settings: ReadonlyMap<string, string>): string {
  return settings.get('objection.casing') === 'snake' || settings.get('knex.casing') === 'snake' ? mapperSnakeCase(name) : name;
}

/**
 * The model a chain queries: `Credential.query()` (also `this.query()` in a static method), `credential.$query()`,
 * `user.$relatedQuery('credentials')` / `User.relatedQuery('credentials')` (the relation's model).
 */
function ownerOf(chain: Chain, context: ExtractContext): TypeExpr | undefined {
  const first = chain.links[0];
  if (!first || first.call.expression === chain.root) return undefined;
  if (first.name !== 'query' && first.name !== '$query' && first.name !== '$relatedQuery' && first.name !== 'relatedQuery') return undefined;
  const registered = first.name === 'query' ? registryModel(chain.root, context) : undefined;
  if (registered) return registered;
  // `Model.query()` is called on a class (`pool.query(sql)`, `client.query()` are drivers): PascalCase or `this`.
  if (!first.name.startsWith('$') && !isClassLike(chain.root)) return undefined;
  const root = context.typeOf(chain.root);
  if (!root) return undefined;
  if (first.name === 'query') return root;
  const model: TypeExpr = { kind: 'entity-of', of: root };
  if (first.name === '$query') return model;
  const relation = first.args[0] ? context.stringOf(first.args[0]) : undefined;
  return relation === undefined ? undefined : { kind: 'member', of: model, property: relation };
}

/**
 * `WIKI.models.authentication.query()`: models kept in a registry keyed by their files' names. The receiver's own
 * type if it has one, else the model whose class the key names in PascalCase (`Authentication`), or its singular
 * (`users` is `User`).
 */
function registryModel(root: TS.Expression, context: ExtractContext): TypeExpr | undefined {
  if (!ts.isPropertyAccessExpression(root) || !ts.isPropertyAccessExpression(root.expression) || root.expression.name.text !== 'models') return undefined;
  const name = pascalCase(root.name.text);
  const singular = name.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  const named: TypeExpr[] = [...new Set([name, singular])].map((candidate) => ({ kind: 'value', name: candidate }));
  const own = context.typeOf(root);
  return { kind: 'either', of: own ? [own, ...named] : named };
}

function isClassLike(root: TS.Expression): boolean {
  if (root.kind === ts.SyntaxKind.ThisKeyword) return true;
  const name = ts.isIdentifier(root) ? root.text : ts.isPropertyAccessExpression(root) ? root.name.text : '';
  return /^[A-Z]/.test(name);
}

/**
 * The chain's column names: unqualified ones (`'displayName'`, `{ key }`) are properties of the queried model,
 * resolved by the fold once the model is known; qualified ones (`'steps.position'`) name their table.
 */
function querySites(chain: Chain, owner: TypeExpr, context: ExtractContext): Fact[] {
  return readBuilderChain(chain, SPEC, context, undefined, [OWN_TABLE]).map((fact): Fact => {
    if (fact.kind !== 'column-site' || !fact.tables.includes(OWN_TABLE)) return fact;
    const site: PropertySite = {
      kind: 'property-site',
      adapter: 'objection',
      owner,
      path: fact.column === '*' ? [] : [fact.column],
      access: fact.access,
      location: fact.location,
      ...(fact.symbol === undefined ? {} : { symbol: fact.symbol }),
    };
    return site;
  });
}

/** A model class: its table, its declared columns and relations, and the join columns its relations name. */
function modelOf(node: TS.ClassLikeDeclaration, name: string, context: ExtractContext): Fact[] | undefined {
  const table = staticValue(node, 'tableName');
  const tableName = table ? context.stringOf(table) : undefined;
  if (tableName === undefined) return undefined;
  const fields: FieldFact[] = [];
  const declared = new Set<string>();
  const field = (property: string, at: TS.Node, relation?: FieldFact['relation']): void => {
    if (declared.has(property)) return;
    declared.add(property);
    // Declared properties are columns only where the schema has them (a field may hold a computed value).
    fields.push({ property, location: context.locationOf(at), symbol: `${name}.${property}`, ...(relation ? { relation } : { implicit: true }) });
  };
  const facts: Fact[] = [];
  const relations = staticValue(node, 'relationMappings');
  if (relations && ts.isObjectLiteralExpression(relations)) {
    for (const mapping of relations.properties) {
      const property = ts.isPropertyAssignment(mapping) ? propertyNameOf(mapping.name) : undefined;
      if (!property || !ts.isPropertyAssignment(mapping)) continue;
      const target = modelClassOf(propertyValue(mapping.initializer, 'modelClass'));
      field(property, mapping.name, { target: target ? { kind: 'name', name: target } : { kind: 'name', name: '?' }, join: false });
      facts.push(...joinColumns(propertyValue(mapping.initializer, 'join'), context, `${name}.${property}`));
    }
  }
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name) || isStatic(member)) continue;
    field(member.name.text, member.name);
  }
  const properties = propertyValue(staticValue(node, 'jsonSchema'), 'properties');
  if (properties && ts.isObjectLiteralExpression(properties)) {
    for (const property of properties.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name);
      if (key !== undefined) field(key, property.name);
    }
  }
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  return [
    {
      kind: 'model',
      adapter: 'objection',
      key: `class:${name}`,
      name,
      table: tableName,
      location: context.locationOf(node.name ?? node),
      fields,
      options: { open: true },
      ...(base && ts.isIdentifier(base) ? { base: `class:${base.text}` } : {}),
    },
    ...facts,
  ];
}

/** `static x = value`, `static get x() { return value }`, `static x = () => value` / `() => ({ ... })`: the value. */
function staticValue(node: TS.ClassLikeDeclaration, name: string): TS.Expression | undefined {
  for (const member of node.members) {
    if (!member.name || propertyNameOf(member.name) !== name || !isStatic(member)) continue;
    let value: TS.Node | undefined;
    if (ts.isPropertyDeclaration(member)) value = member.initializer;
    else if (ts.isGetAccessorDeclaration(member) || ts.isMethodDeclaration(member)) value = member.body;
    if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) value = value.body;
    if (value && ts.isBlock(value)) {
      const last = value.statements[value.statements.length - 1];
      value = last && ts.isReturnStatement(last) ? last.expression : undefined;
    }
    while (value && (ts.isParenthesizedExpression(value) || ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
    return value as TS.Expression | undefined;
  }
  return undefined;
}

function isStatic(member: TS.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
}

/** `modelClass: User`, `modelClass: () => User`: the model's name (a path string is not followed). */
function modelClassOf(value: TS.Expression | undefined): string | undefined {
  let target = value;
  if (target && ts.isArrowFunction(target) && !ts.isBlock(target.body)) target = target.body;
  return target && ts.isIdentifier(target) ? target.text : undefined;
}

/** `join: { from: 'credentials.user_id', to: 'users.id', through: { from, to } }`: the columns a relation joins on. */
function joinColumns(join: TS.Expression | undefined, context: ExtractContext, symbol: string): Fact[] {
  const facts: Fact[] = [];
  for (const [object, key] of [join, propertyValue(join, 'through')].flatMap((value) => [[value, 'from'], [value, 'to']] as const)) {
    const value = propertyValue(object, key);
    const values = value && ts.isArrayLiteralExpression(value) ? value.elements : value ? [value] : [];
    for (const element of values) {
      if (!ts.isStringLiteral(element) && !ts.isNoSubstitutionTemplateLiteral(element)) continue;
      const dot = element.text.lastIndexOf('.');
      if (dot <= 0) continue;
      facts.push({
        kind: 'column-site',
        adapter: 'objection',
        tables: [element.text.slice(0, dot)],
        column: element.text.slice(dot + 1),
        access: 'filter',
        location: context.locationAt(element.getStart(context.sourceFile) + 1 + dot + 1),
        symbol,
      });
    }
  }
  return facts;
}
