import type { Access } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import type { Fact, FieldFact, ModelFact, TypeExpr } from '../../facts/file-facts.js';
import { decoratorsOf, propertyNameOf, propertyValue, stringProperty } from '../../extract/decorators-of.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { entityRefOf } from '../../extract/entity-ref-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import type { OrmAdapter, Settings } from '../orm-adapter.js';
import { snakeCase } from '../naming/snake-case.js';

const COLUMNS = /^(Column|PrimaryColumn|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn|ObjectIdColumn)$/;
const RELATIONS = /^(ManyToOne|OneToOne|OneToMany|ManyToMany)$/;
/** Calls and types whose first argument is an entity class: `getRepository(Customer)`, `Repository<Customer>`. */
const ENTITY_ARGUMENT = /^(getRepository|getTreeRepository|getMongoRepository|InjectRepository)$/;
const REPOSITORY_TYPES = /^(Repository|TreeRepository|MongoRepository)$/;
const OPTIONS_CALLS = /^(find|findOne|findOneOrFail|findAndCount|count|exist|exists)$/;
const WHERE_CALLS = /^(findBy|findOneBy|findOneByOrFail|findAndCountBy|countBy|existsBy|delete|softDelete|restore)$/;
const WRITE_CALLS = /^(insert|save|create|upsert|preload)$/;
const ENTITY_CALLS = /^(findOne|findOneBy|findOneOrFail|findOneByOrFail|create|save|preload|merge|softRemove|remove|recover)$/;
const LIST_CALLS = /^(find|findBy)$/;
const BUILDER_ACCESS: Readonly<Record<string, Access>> = {
  where: 'filter', andWhere: 'filter', orWhere: 'filter', having: 'filter', andHaving: 'filter', orHaving: 'filter',
  orderBy: 'order', addOrderBy: 'order', select: 'read', addSelect: 'read', groupBy: 'read', addGroupBy: 'read',
  innerJoin: 'filter', leftJoin: 'filter', innerJoinAndSelect: 'filter', leftJoinAndSelect: 'filter',
};

/**
 * TypeORM: `@Entity` classes (table from the decorator, else the naming strategy's snake_case of the class name),
 * their column and relation decorators (a column keeps its property name unless `name` is given or the service
 * uses `SnakeNamingStrategy`; a join column is `<relation>Id`), repository and EntityManager calls, and
 * QueryBuilder strings (`'customer.email = :email'`).
 */
export const typeormAdapter: OrmAdapter = {
  name: 'typeorm',
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.NewExpression, ts.SyntaxKind.CallExpression, ts.SyntaxKind.TypeReference],
  visit(node, context) {
    if (ts.isClassDeclaration(node)) return snakeStrategyOf(node) ?? entityOf(node, context);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'SnakeNamingStrategy') {
      return [{ kind: 'setting', name: 'typeorm.naming', value: 'snake' }];
    }
    // `namingStrategy: new AppNamingStrategy()`: snake when that class extends SnakeNamingStrategy.
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ts.isPropertyAssignment(node.parent) && propertyNameOf(node.parent.name) === 'namingStrategy') {
      return [{ kind: 'setting', name: 'typeorm.naming-strategy', value: node.expression.text }];
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && REPOSITORY_TYPES.test(node.typeName.text) && context.importSource(node.typeName.text) === 'typeorm') {
      return entityRefOf('typeorm', node.typeArguments?.[0], context);
    }
    if (!ts.isCallExpression(node)) return undefined;
    const definition = decoratorDefinitionOf(node, context);
    if (definition) return definition;
    const callee = node.expression;
    const refs = ENTITY_ARGUMENT.test(ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '') ? entityRefOf('typeorm', node.arguments[0], context) : [];
    if (ts.isPropertyAccessExpression(callee)) return [...refs, ...repositoryCallSites(node, callee, context), ...queryBuilderSites(node, context)];
    return refs;
  },
  typeOfCall(call, context) {
    const callee = call.expression;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    const first = call.arguments[0];
    if (method === 'getRepository' || method === 'getTreeRepository') {
      return first && ts.isIdentifier(first) ? { kind: 'name', name: 'Repository', args: [{ kind: 'name', name: first.text }] } : undefined;
    }
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const entity: TypeExpr | undefined =
      first && ts.isIdentifier(first) && /^[A-Z]/.test(first.text) ? { kind: 'name', name: first.text } : entityOfReceiver(callee.expression, context);
    if (!entity) return undefined;
    if (ENTITY_CALLS.test(method)) return entity;
    if (LIST_CALLS.test(method)) return { kind: 'name', name: 'Array', args: [entity] };
    return undefined;
  },
  // Both DefaultNamingStrategy and SnakeNamingStrategy snake_case the class name.
  tableName: (model) => snakeCase(model.name),
  columnName(field, _model, settings) {
    const name = field.relation?.join ? `${field.property}Id` : field.property;
    return isSnake(settings) ? snakeCase(field.relation?.join ? `${field.property}_id` : name) : name;
  },
};

function isTypeorm(module: string): boolean {
  return module === 'typeorm' || module.startsWith('typeorm/');
}

/** Decorators on an entity's property that never make a column by themselves. */
const NOT_COLUMNS = /^(JoinColumn|JoinTable|Index|Unique|Check|Exclusion|Generated|RelationId|VirtualColumn|Expose|Exclude|Type|Transform|Field|ApiProperty|ApiPropertyOptional|Is[A-Z]\w*|Min|Max|Length|MinLength|MaxLength|Matches|ValidateNested|Allow)$/;

/**
 * `export const TimestampColumn = (...) => Column(...)`, `export function ForeignKeyColumn(...) { ... ManyToOne(...) }`:
 * a project decorator defined over TypeORM's column or relation decorators, by the name it is exported as.
 */
function decoratorDefinitionOf(call: TS.CallExpression, context: ExtractContext): Fact[] | undefined {
  const callee = call.expression;
  if (!ts.isIdentifier(callee)) return undefined;
  const source = context.importSource(callee.text);
  const imported = context.importedName(callee.text);
  if (source === undefined || !isTypeorm(source) || imported === undefined || (!COLUMNS.test(imported) && !RELATIONS.test(imported))) return undefined;
  for (let current: TS.Node | undefined = call.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return undefined;
    const name = ts.isFunctionDeclaration(current) ? current.name : ts.isVariableDeclaration(current) && current.initializer && ts.isFunctionLike(current.initializer) ? current.name : undefined;
    if (name && ts.isIdentifier(name) && ts.isSourceFile((ts.isFunctionDeclaration(current) ? current : current.parent.parent).parent)) {
      return name.text === callee.text ? undefined : [{ kind: 'setting', name: `typeorm.decorator:${name.text}`, value: imported }];
    }
  }
  return undefined;
}

function isSnake(settings: Settings): boolean {
  return settings.get('typeorm.naming') === 'snake' || settings.get(`typeorm.snake-strategy:${settings.get('typeorm.naming-strategy') ?? ''}`) === 'snake';
}

/** `class AppNamingStrategy extends SnakeNamingStrategy {}`: a snake naming strategy under another name. */
function snakeStrategyOf(node: TS.ClassDeclaration): Fact[] | undefined {
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!node.name || !base || !ts.isIdentifier(base) || base.text !== 'SnakeNamingStrategy') return undefined;
  return [{ kind: 'setting', name: `typeorm.snake-strategy:${node.name.text}`, value: 'snake' }];
}

function entityOfReceiver(receiver: TS.Expression, context: ExtractContext): TypeExpr | undefined {
  const type = context.typeOf(receiver);
  return type ? { kind: 'entity-of', of: type } : undefined;
}

function entityOf(node: TS.ClassDeclaration, context: ExtractContext): Fact[] | undefined {
  if (!node.name) return undefined;
  const decorators = decoratorsOf(node);
  const entity = decorators.find((decorator) => decorator.name === 'Entity' || decorator.name === 'ChildEntity' || decorator.name === 'ViewEntity');
  const source = context.importSource(entity ? 'Entity' : 'Column');
  // `typeorm`, or one of its own paths: `typeorm/decorator/entity/Entity`.
  if (source !== undefined && !isTypeorm(source)) return undefined;
  const fields = fieldsOf(node, context);
  if (!entity && fields.length === 0) return undefined;
  const [first, second] = entity?.args ?? [];
  const table = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : stringProperty(first, 'name');
  const schema = stringProperty(second ?? first, 'schema');
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const model: ModelFact = {
    kind: 'model',
    adapter: 'typeorm',
    key: `class:${node.name.text}`,
    name: node.name.text,
    location: context.locationOf(node.name),
    fields,
    ...(table === undefined ? {} : { table }),
    ...(schema === undefined ? {} : { schema }),
    ...(entity ? {} : { options: { abstract: true } }),
    ...(base && ts.isIdentifier(base) ? { base: `class:${base.text}` } : {}),
  };
  const targets = node.members.flatMap((member) => decoratorsOf(member).filter((decorator) => RELATIONS.test(decorator.name)).flatMap((decorator) => entityRefOf('typeorm', decorator.args[0], context)));
  return [model, ...targets];
}

function fieldsOf(node: TS.ClassDeclaration, context: ExtractContext): FieldFact[] {
  const fields: FieldFact[] = [];
  const className = node.name?.text ?? '';
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const decorators = decoratorsOf(member);
    const column = decorators.find((decorator) => COLUMNS.test(decorator.name));
    const relation = decorators.find((decorator) => RELATIONS.test(decorator.name));
    const join = decorators.find((decorator) => decorator.name === 'JoinColumn');
    const property = member.name.text;
    const base = { property, location: context.locationOf(member.name), symbol: `${className}.${property}` };
    // A project decorator (`@TimestampColumn()`, `@ForeignKeyColumn(() => Customer)`): a column or a relation holding
    // its foreign key when a file of the service defines it over TypeORM's.
    const own = column || relation ? undefined : decorators.find((decorator) => !NOT_COLUMNS.test(decorator.name) && !isTypeorm(context.importSource(decorator.name) ?? 'typeorm'));
    if (own) {
      const options = own.args.find((arg) => ts.isObjectLiteralExpression(arg));
      const name = stringProperty(options, 'name');
      const target = own.args[0] && ts.isArrowFunction(own.args[0]) ? relationTarget(own.args[0], member.type, context) : undefined;
      const requires = `typeorm.decorator:${own.name}`;
      fields.push({ ...base, requires, ...(target ? { relation: { target, join: true } } : {}), ...(name === undefined ? {} : { column: name }) });
      continue;
    }
    if (column) {
      const options = column.args.find((arg) => ts.isObjectLiteralExpression(arg));
      const name = stringProperty(options, 'name');
      fields.push({ ...base, ...(name === undefined ? {} : { column: name }) });
    } else if (relation) {
      const target = relationTarget(relation.args[0], member.type, context);
      if (!target) continue;
      const owning = relation.name === 'ManyToOne' || (relation.name === 'OneToOne' && join !== undefined);
      const name = stringProperty(join?.args[0], 'name');
      fields.push({ ...base, relation: { target, join: owning }, ...(name === undefined ? {} : { column: name }) });
    }
  }
  return fields;
}

/** `() => Customer`, or the property's declared type. */
function relationTarget(arg: TS.Expression | undefined, type: TS.TypeNode | undefined, context: ExtractContext): TypeExpr | undefined {
  if (arg && ts.isArrowFunction(arg) && ts.isIdentifier(arg.body)) return { kind: 'name', name: arg.body.text };
  return type ? context.typeOfNode(type) : undefined;
}

function repositoryCallSites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] {
  const method = callee.name.text;
  if (!OPTIONS_CALLS.test(method) && !WHERE_CALLS.test(method) && !WRITE_CALLS.test(method) && method !== 'update' && method !== 'increment' && method !== 'decrement') {
    return [];
  }
  const args = [...call.arguments];
  const first = args[0];
  const owner: TypeExpr | undefined =
    first && ts.isIdentifier(first) && /^[A-Z]/.test(first.text) && args.length > 1
      ? (args.shift(), { kind: 'name', name: first.text })
      : entityOfReceiver(callee.expression, context);
  if (!owner) return [];
  const read = (node: TS.Expression | undefined, access: Access) => readQueryObject(node, { owner, access, adapter: 'typeorm', context });
  if (OPTIONS_CALLS.test(method)) {
    // TypeORM 0.2 also takes `findOne(conditions, options)`, `find(conditions)`: an object without option keys is the where.
    return args.slice(0, 2).flatMap((options, index) =>
      isFindOptions(options)
        ? [...read(propertyValue(options, 'where'), 'filter'), ...read(propertyValue(options, 'select'), 'read'), ...read(propertyValue(options, 'order'), 'order')]
        : index === 0 && options && ts.isObjectLiteralExpression(options) ? read(options, 'filter') : [],
    );
  }
  if (WHERE_CALLS.test(method)) return read(args[0], 'filter');
  if (WRITE_CALLS.test(method)) return read(args[0], 'write');
  if (method === 'update') return [...read(args[0], 'filter'), ...read(args[1], 'write')];
  // increment(where, 'column', by) / decrement(...)
  const column = args[1];
  const symbol = context.symbolOf(call);
  const written: Fact[] =
    column && ts.isStringLiteral(column)
      ? [{ kind: 'property-site', adapter: 'typeorm', owner, path: [column.text], access: 'write', location: context.locationOf(column), ...(symbol === undefined ? {} : { symbol }) }]
      : [];
  return [...read(args[0], 'filter'), ...written];
}

const FIND_OPTIONS = /^(where|select|order|relations|take|skip|cache|withDeleted|lock|loadEagerRelations|loadRelationIds|join|relationLoadStrategy|transaction|comment)$/;

/** `{ where, select, order }`: find options rather than conditions. */
function isFindOptions(node: TS.Expression | undefined): boolean {
  return node !== undefined && ts.isObjectLiteralExpression(node) && node.properties.some((property) => property.name !== undefined && FIND_OPTIONS.test(propertyNameOf(property.name) ?? ''));
}

/** `repo.createQueryBuilder('c').where('c.email = :e').orderBy('c.createdAt')`: alias-qualified property names in strings. */
function queryBuilderSites(call: TS.CallExpression, context: ExtractContext): Fact[] {
  const parent = call.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === call) return [];
  const chain = context.chainOf(call);
  const start = chain.links.findIndex((link) => link.name === 'createQueryBuilder');
  if (start < 0) return [];
  const aliases = new Map<string, TypeExpr>();
  const first = chain.links[start]!;
  const alias = first.args[0] && context.stringOf(first.args[0]);
  const receiver = start > 0 ? chain.links[start - 1]!.call : chain.root;
  const rootEntity = ts.isPropertyAccessExpression(first.call.expression) ? entityOfReceiver(first.call.expression.expression, context) : undefined;
  if (alias && rootEntity && receiver) aliases.set(alias, rootEntity);
  const sites: Fact[] = [];
  for (const link of chain.links.slice(start + 1)) {
    const [target, name] = link.args;
    const aliasName = name && context.stringOf(name);
    if (/^(from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|update|into)$/.test(link.name) && target) {
      if (ts.isIdentifier(target) && aliasName) aliases.set(aliasName, { kind: 'name', name: target.text });
      const path = context.stringOf(target)?.split('.');
      if (path?.length === 2 && aliasName) {
        const of = aliases.get(path[0]!);
        if (of) aliases.set(aliasName, { kind: 'member', of, property: path[1]! });
      }
    }
  }
  for (const link of chain.links.slice(start + 1)) {
    const access = ownEntry(BUILDER_ACCESS, link.name);
    if (link.name === 'set') {
      const owner = aliases.get(alias ?? '') ?? [...aliases.values()][0];
      if (owner) sites.push(...readQueryObject(link.args[0], { owner, access: 'write', adapter: 'typeorm', context }));
      continue;
    }
    if (!access) continue;
    const args = /Join/.test(link.name) ? link.args.slice(2) : link.args;
    for (const arg of args) {
      const strings = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
      for (const text of strings) {
        if (!ts.isStringLiteral(text) && !ts.isNoSubstitutionTemplateLiteral(text)) continue;
        for (const match of text.text.matchAll(/\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b/g)) {
          const owner = aliases.get(match[1]!);
          if (!owner) continue;
          const location = context.locationAt(text.getStart(context.sourceFile) + 1 + match.index + match[1]!.length + 1);
          const symbol = context.symbolOf(text);
          sites.push({
            kind: 'property-site',
            adapter: 'typeorm',
            owner,
            path: [match[2]!],
            access,
            location,
            ...(symbol === undefined ? {} : { symbol }),
          });
        }
      }
    }
  }
  return sites;
}
