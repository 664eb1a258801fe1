import type { Access } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { booleanProperty, decoratorsOf, propertyValue, stringProperty } from '../../extract/decorators-of.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { entityRefOf } from '../../extract/entity-ref-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import type { Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import { snakeCase } from '../naming/snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

const FINDERS = /^(find|findOne|findOneOrFail|findAndCount|count|findAll|nativeDelete)$/;
const WRITES = /^(create|upsert|insert)$/;
/** EntityManager calls whose first argument, when a capitalised name, is the entity: `em.find(Customer, ...)`. */
const ENTITY_ARGUMENT = /^(getRepository|createQueryBuilder|find|findOne|findOneOrFail|findAndCount|findAll|count|nativeDelete|nativeUpdate|create|upsert|insert)$/;
/** QueryBuilder methods and what their arguments name: property strings (`'c.email'`) or query objects. */
const BUILDER_STRINGS: Readonly<Record<string, Access>> = { select: 'read', addSelect: 'read', groupBy: 'read' };
const BUILDER_OBJECTS: Readonly<Record<string, Access>> = { where: 'filter', andWhere: 'filter', orWhere: 'filter', having: 'filter', orderBy: 'order', update: 'write', insert: 'write' };

/**
 * MikroORM: `@Entity()` classes from `@mikro-orm/*`, `@Property({ fieldName })`, `@PrimaryKey`, `@Enum`,
 * `@ManyToOne` (join column `<property>_id`) with the default `UnderscoreNamingStrategy` (snake_case tables and
 * columns), EntityManager / EntityRepository calls: `em.find(Customer, { email }, { orderBy, fields })`, and
 * QueryBuilder chains on the root entity: `em.createQueryBuilder(Customer, 'c').select('c.email').where({ email })`.
 */
export const mikroOrmAdapter: OrmAdapter = {
  name: 'mikro-orm',
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if (ts.isClassDeclaration(node) && node.name) return entityOf(node, node.name.text, context);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const refs = ENTITY_ARGUMENT.test(node.expression.name.text) ? entityRefOf('mikro-orm', node.arguments[0], context) : [];
      return [...refs, ...(querySites(node, node.expression, context) ?? []), ...queryBuilderSites(node, context)];
    }
    return undefined;
  },
  tableName: (model) => snakeCase(model.name),
  columnName: (field) => (field.relation?.join ? `${snakeCase(field.property)}_id` : snakeCase(field.property)),
};

function entityOf(node: TS.ClassDeclaration, name: string, context: ExtractContext): Fact[] | undefined {
  const entity = decoratorsOf(node).find((decorator) => decorator.name === 'Entity');
  if (!entity || !context.importSource('Entity')?.startsWith('@mikro-orm/')) return undefined;
  const options = entity.args[0];
  const fields: FieldFact[] = [];
  const refs: Fact[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const property = member.name.text;
    const base = { property, location: context.locationOf(member.name), symbol: `${name}.${property}` };
    for (const decorator of decoratorsOf(member)) {
      const optionsArg = decorator.args.find((arg) => ts.isObjectLiteralExpression(arg));
      const fieldName = stringProperty(optionsArg, 'fieldName');
      const named = fieldName === undefined ? {} : { column: fieldName };
      if (/^(PrimaryKey|Property|Enum|SerializedPrimaryKey)$/.test(decorator.name)) {
        if (booleanProperty(optionsArg, 'persist') === false) continue;
        fields.push({ ...base, ...named });
      } else if (/^(ManyToOne|OneToOne|OneToMany|ManyToMany)$/.test(decorator.name)) {
        const target = relationTarget(decorator.args, member.type, context);
        refs.push(...entityRefOf('mikro-orm', relationEntity(decorator.args), context));
        if (!target) continue;
        const join = decorator.name === 'ManyToOne' || (decorator.name === 'OneToOne' && booleanProperty(optionsArg, 'owner') === true);
        fields.push({ ...base, relation: { target, join }, ...named });
      }
    }
  }
  const table = stringProperty(options, 'tableName') ?? stringProperty(options, 'collection');
  const schema = stringProperty(options, 'schema');
  return [
    {
      kind: 'model',
      adapter: 'mikro-orm',
      key: `class:${name}`,
      name,
      location: context.locationOf(node.name!),
      fields,
      ...(table === undefined ? {} : { table }),
      ...(schema === undefined ? {} : { schema }),
    },
    ...refs,
  ];
}

/** `@ManyToOne(() => Customer)` or `@ManyToOne({ entity: () => Customer })`. */
function relationEntity(args: readonly TS.Expression[]): TS.Expression | undefined {
  return args[0] && ts.isObjectLiteralExpression(args[0]) ? propertyValue(args[0], 'entity') : args[0];
}

function relationTarget(args: readonly TS.Expression[], type: TS.TypeNode | undefined, context: ExtractContext): TypeExpr | undefined {
  const entity = relationEntity(args);
  if (entity && ts.isArrowFunction(entity) && ts.isIdentifier(entity.body)) return { kind: 'name', name: entity.body.text };
  return type ? context.typeOfNode(type) : undefined;
}

function querySites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const method = callee.name.text;
  if (!FINDERS.test(method) && !WRITES.test(method) && method !== 'nativeUpdate') return undefined;
  const args = [...call.arguments];
  const first = args[0];
  let owner: TypeExpr | undefined;
  if (first && ts.isIdentifier(first) && /^[A-Z]/.test(first.text)) {
    owner = { kind: 'name', name: first.text };
    args.shift();
  } else {
    const receiver = context.typeOf(callee.expression);
    owner = receiver ? { kind: 'entity-of', of: receiver } : undefined;
  }
  if (!owner) return undefined;
  const known = owner;
  const read = (node: TS.Expression | undefined, access: Access) => readQueryObject(node, { owner: known, access, adapter: 'mikro-orm', context });
  if (WRITES.test(method)) return read(args[0], 'write');
  if (method === 'nativeUpdate') return [...read(args[0], 'filter'), ...read(args[1], 'write')];
  const [where, options] = method === 'findAll' ? [propertyValue(args[0], 'where'), args[0]] : [args[0], args[1]];
  return [...read(where, 'filter'), ...read(propertyValue(options, 'orderBy'), 'order'), ...read(propertyValue(options, 'fields'), 'read')];
}

/**
 * `em.createQueryBuilder(Customer, 'c').select(['c.email', 'fullName']).where({ email }).orderBy({ createdAt: 'desc' })`:
 * property names of the root entity, bare or behind its alias, in strings and query objects.
 */
function queryBuilderSites(call: TS.CallExpression, context: ExtractContext): Fact[] {
  const parent = call.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === call) return [];
  const chain = context.chainOf(call);
  const start = chain.links.findIndex((link) => link.name === 'createQueryBuilder' || link.name === 'qb');
  const entity = chain.links[start]?.args[0];
  if (start < 0 || !entity || !ts.isIdentifier(entity)) return [];
  const owner: TypeExpr = { kind: 'name', name: entity.text };
  const aliasArg = chain.links[start]!.args[1];
  const alias = aliasArg ? context.stringOf(aliasArg) : undefined;
  const sites: Fact[] = [];
  for (const link of chain.links.slice(start + 1)) {
    const objects = ownEntry(BUILDER_OBJECTS, link.name);
    if (objects) sites.push(...readQueryObject(link.args[0], { owner, access: objects, adapter: 'mikro-orm', context }));
    const strings = ownEntry(BUILDER_STRINGS, link.name);
    if (!strings) continue;
    for (const arg of link.args.flatMap((node) => (ts.isArrayLiteralExpression(node) ? [...node.elements] : [node]))) {
      if (!ts.isStringLiteral(arg)) continue;
      const [qualifier, property] = arg.text.includes('.') ? arg.text.split('.', 2) : [undefined, arg.text];
      if (!property || (qualifier !== undefined && qualifier !== alias) || !/^[A-Za-z_]\w*$/.test(property)) continue;
      const symbol = context.symbolOf(arg);
      const offset = qualifier === undefined ? 0 : qualifier.length + 1;
      sites.push({
        kind: 'property-site',
        adapter: 'mikro-orm',
        owner,
        path: [property],
        access: strings,
        location: context.locationAt(arg.getStart(context.sourceFile) + 1 + offset),
        ...(symbol === undefined ? {} : { symbol }),
      });
    }
  }
  return sites;
}
