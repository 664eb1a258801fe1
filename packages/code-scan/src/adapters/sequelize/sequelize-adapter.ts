import type { Access, Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import { accessorNames, booleanProperty, decoratorsOf, isVirtualAttribute, propertyNameOf, propertyValue, stringProperty } from '../../extract/decorators-of.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { entityRefOf } from '../../extract/entity-ref-of.js';
import { optionValue, readQueryObject } from '../../extract/read-query-object.js';
import type { Fact, FieldFact, ModelFact, TypeExpr } from '../../facts/file-facts.js';
import { upperFirst } from '../naming/camel-case.js';
import { pluralize, singularOf } from '../naming/pluralize.js';
import { snakeCase } from '../naming/snake-case.js';
import type { OrmAdapter, Settings } from '../orm-adapter.js';

const FINDERS = /^(findAll|findOne|findAndCountAll|count|findByPk|findOrCreate|max|min|sum)$/;
const ENTITY_CALLS = /^(findByPk|findOne|create|build)$/;
/** The accessors of a `belongsToMany` that take values of the through model in their second argument. */
const THROUGH_WRITERS = /^(add|set|create)[A-Z]/;
/** The name under which the fold finds the through model an accessor writes (a class fact no code can declare). */
const THROUGH_ACCESSOR = 'sequelize.through:';
/** Options of an accessor call that are no value of the through model (Sequelize 3 mixed them with the values). */
const CALL_OPTIONS = new Set(['through', 'transaction', 'validate', 'hooks', 'fields', 'logging', 'silent', 'returning', 'benchmark', 'searchPath', 'individualHooks']);
/** Associations whose foreign key is a column of the source (`belongsTo`) or of the target (`hasMany`, `hasOne`). */
const ASSOCIATIONS = /^(belongsTo|hasMany|hasOne)$/;

/**
 * Sequelize: `Customer.init(attributes, options)`, `sequelize.define('Customer', attributes, options)` and
 * sequelize-typescript `@Table` classes. Table: `tableName`, else the pluralised model name (unless
 * `freezeTableName`), snake_cased when `underscored`; column: `field`, else the attribute name, snake_cased when
 * `underscored`. Static finders name attributes in `attributes`, `where`, `order`, `group`.
 */
export const sequelizeAdapter: OrmAdapter = {
  name: 'sequelize',
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.NewExpression, ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if (ts.isClassDeclaration(node) && node.name) return decoratedModel(node, node.name.text, context);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Sequelize') return globalDefine(node);
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const method = node.expression.name.text;
    // Model.init takes the options (with the sequelize instance) Sequelize requires; `Sentry.init({ dsn })`,
    // `tracer.init({ ... })` and other one-argument `init`s configure a library, not a model.
    if (method === 'init' && ts.isIdentifier(node.expression.expression) && node.arguments.length >= 2) {
      const name = node.expression.expression.text;
      return attributesModel(`class:${name}`, stringProperty(node.arguments[1], 'modelName') ?? name, node.arguments[0], node.arguments[1], context);
    }
    // Medusa's `model.define('notification', {...})` (`@medusajs/framework/utils`) is the medusa-dml adapter's.
    if (method === 'define' && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) && !isMedusaModel(node.expression.expression, context)) {
      const modelName = node.arguments[0] ? context.stringOf(node.arguments[0]) : undefined;
      if (modelName) return attributesModel(`value:${node.parent.name.text}`, modelName, node.arguments[1], node.arguments[2], context);
    }
    if (ASSOCIATIONS.test(method)) return foreignKeySites(node, node.expression, context);
    if (method === 'belongsToMany') return throughAccessors(node, context);
    if (THROUGH_WRITERS.test(method) && node.arguments.length >= 2) return throughValueSites(node, method, context);
    return querySites(node, node.expression, context);
  },
  typeOfCall(call, context) {
    if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
    const method = call.expression.name.text;
    if (!ENTITY_CALLS.test(method) && method !== 'findAll' && method !== 'bulkCreate') return undefined;
    const receiver = receiverType(call.expression.expression, context);
    if (!receiver) return undefined;
    if (ENTITY_CALLS.test(method)) return { kind: 'entity-of', of: receiver };
    return method === 'findAll' || method === 'bulkCreate' ? { kind: 'name', name: 'Array', args: [{ kind: 'entity-of', of: receiver }] } : undefined;
  },
  tableName(model, settings) {
    const name = flag(model, settings, 'freezeTableName') ? model.name : pluralize(model.name);
    return flag(model, settings, 'underscored') ? snakeCase(name) : name;
  },
  columnName: (field, model, settings) => (flag(model, settings, 'underscored') ? snakeCase(field.property) : field.property),
};

function isMedusaModel(receiver: TS.Expression, context: ExtractContext): boolean {
  return ts.isIdentifier(receiver) && context.importSource(receiver.text)?.startsWith('@medusajs/') === true;
}

/** A model's own option, else the instance-wide `new Sequelize(..., { define: { underscored } })`. */
function flag(model: ModelFact, settings: Settings, name: 'underscored' | 'freezeTableName'): boolean {
  return model.options?.[name] ?? settings.get(`sequelize.${name}`) === 'true';
}

/** `new Sequelize(url, { define: { underscored: true, freezeTableName: true } })`: defaults for every model. */
function globalDefine(node: TS.NewExpression): Fact[] | undefined {
  const define = (node.arguments ?? []).map((arg) => propertyValue(arg, 'define')).find((value) => value !== undefined);
  const facts: Fact[] = [];
  for (const name of ['underscored', 'freezeTableName']) {
    const value = booleanProperty(define, name);
    if (value !== undefined) facts.push({ kind: 'setting', name: `sequelize.${name}`, value: String(value) });
  }
  return facts.length > 0 ? facts : undefined;
}

/**
 * A model's naming switches; every Sequelize model is open: a key the code reads or filters on that no attribute
 * declares (`assignedToId`, the foreign key an association `as: 'assignedTo'` adds) is the column of that name when
 * the table has one. Writes are not open where every attribute is known (`complete`): `create`, `build`, `update`,
 * `bulkCreate`, `upsert` and `save` keep only the model's attributes (an association's foreign key among them) and
 * drop any other key, so a test that still passes a column the model no longer declares writes nothing to it.
 */
function modelOptions(options: TS.Expression | undefined, complete: boolean): Record<string, boolean> {
  const flags: Record<string, boolean> = { open: true, ...(complete ? { declaredWrites: true } : {}) };
  for (const flag of ['underscored', 'freezeTableName']) {
    const value = booleanProperty(options, flag);
    if (value !== undefined) flags[flag] = value;
  }
  const define = propertyValue(options, 'define');
  if (booleanProperty(define, 'underscored')) flags['underscored'] = true;
  return flags;
}

function attributesModel(key: string, name: string, attributes: TS.Expression | undefined, options: TS.Expression | undefined, context: ExtractContext): Fact[] | undefined {
  if (!attributes || !ts.isObjectLiteralExpression(attributes)) return undefined;
  const fields: FieldFact[] = [];
  // A spread (`...timestampAttributes`) or a computed name declares attributes this file does not show.
  let complete = true;
  for (const property of attributes.properties) {
    const attribute = ts.isPropertyAssignment(property) ? propertyNameOf(property.name) : undefined;
    if (!ts.isPropertyAssignment(property) || attribute === undefined) {
      complete = false;
      continue;
    }
    const base = { property: attribute, location: context.locationOf(property.name), symbol: `${name}.${attribute}` };
    if (isVirtualAttribute(property.initializer)) {
      fields.push({ ...base, virtual: true });
      continue;
    }
    const field = stringProperty(property.initializer, 'field');
    fields.push({ ...base, ...(field === undefined ? {} : { column: field }) });
  }
  // `getterMethods: { name() { return `${this.firstName} ${this.lastName}` } }`: a property of the model, no column.
  for (const accessor of accessorNames(options, attributes)) {
    fields.push({ property: accessor, virtual: true, location: context.locationOf(options!), symbol: `${name}.${accessor}` });
  }
  const table = stringProperty(options, 'tableName');
  const schema = stringProperty(options, 'schema');
  const location = context.locationOf(attributes);
  return [
    {
      kind: 'model',
      adapter: 'sequelize',
      key,
      name,
      location,
      fields: [...fields, ...implicitFields(fields, hasPrimaryKey(attributes), options, name, location)],
      options: modelOptions(options, complete),
      ...(table === undefined ? {} : { table }),
      ...(schema === undefined ? {} : { schema }),
    },
  ];
}

/** sequelize-typescript: `@Table({ tableName }) class Customer extends Model { @Column({ field }) fullName }`. */
function decoratedModel(node: TS.ClassDeclaration, name: string, context: ExtractContext): Fact[] | undefined {
  const table = decoratorsOf(node).find((decorator) => decorator.name === 'Table');
  if (!table || context.importSource('Table') !== 'sequelize-typescript') return undefined;
  const options = table.args[0];
  const fields: FieldFact[] = [];
  const refs: Fact[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const decorators = decoratorsOf(member);
    const property = member.name.text;
    const base = { property, location: context.locationOf(member.name), symbol: `${name}.${property}` };
    const column = decorators.find((decorator) => /^(Column|CreatedAt|UpdatedAt|DeletedAt)$/.test(decorator.name));
    const relation = decorators.find((decorator) => /^(BelongsTo|HasMany|HasOne|BelongsToMany)$/.test(decorator.name));
    for (const decorator of decorators) if (/^(BelongsTo|HasMany|HasOne|BelongsToMany|ForeignKey)$/.test(decorator.name)) refs.push(...entityRefOf('sequelize', decorator.args[0], context));
    if (column) {
      const field = stringProperty(column.args[0], 'field');
      fields.push({ ...base, ...(field === undefined ? {} : { column: field }) });
    } else if (relation) {
      const target = relation.args[0];
      if (target && ts.isArrowFunction(target) && ts.isIdentifier(target.body)) {
        fields.push({ ...base, relation: { target: { kind: 'name', name: target.body.text }, join: false } });
      }
    }
  }
  const tableName = stringProperty(options, 'tableName');
  const hasKey = node.members.some((member) =>
    decoratorsOf(member).some((decorator) => decorator.name === 'PrimaryKey' || booleanProperty(decorator.args[0], 'primaryKey') === true),
  );
  const modelName = stringProperty(options, 'modelName') ?? name;
  const location = context.locationOf(node.name!);
  return [
    {
      kind: 'model',
      adapter: 'sequelize',
      key: `class:${name}`,
      name: modelName,
      location,
      fields: [...fields, ...implicitFields(fields, hasKey, options, name, location)],
      options: modelOptions(options, false),
      ...(tableName === undefined ? {} : { table: tableName }),
    },
    ...refs,
  ];
}

function querySites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const method = callee.name.text;
  if (!FINDERS.test(method) && !/^(update|create|bulkCreate|upsert|destroy)$/.test(method)) return undefined;
  const receiver = receiverType(callee.expression, context);
  if (!receiver) return undefined;
  const owner: TypeExpr = { kind: 'entity-of', of: receiver };
  const read = (node: TS.Expression | undefined, access: Access) => readQueryObject(node, { owner, access, adapter: 'sequelize', context });
  // The options literal, or a local holding it (`const query = { where, order }`, `findAndCountAll(query)`).
  const options = (node: TS.Expression | undefined): Fact[] => [
    ...read(optionValue(node, 'attributes', context), 'read'),
    ...read(optionValue(node, 'where', context), 'filter'),
    ...read(optionValue(node, 'order', context), 'order'),
    ...read(optionValue(node, 'group', context), 'read'),
  ];
  if (FINDERS.test(method)) return options(method === 'findByPk' ? call.arguments[1] : call.arguments[0]);
  if (method === 'update') return [...read(call.arguments[0], 'write'), ...options(call.arguments[1])];
  if (method === 'create' || method === 'bulkCreate' || method === 'upsert') return read(call.arguments[0], 'write');
  if (method === 'destroy') return options(call.arguments[0]);
  return undefined;
}

/**
 * An association's foreign key: `Transaction.belongsTo(Collective, { foreignKey: 'FromCollectiveId' })` (or
 * `foreignKey: { name }`) names a column of the model holding the key, the source of `belongsTo`, the target of
 * `hasMany` and `hasOne`. Without one, Sequelize camelizes a name and the key's `id`: `belongsTo(User, { as:
 * 'assignedTo' })` keys on `assignedToId`, a bare `belongsTo(m.Subscription)` on `SubscriptionId` (the target's
 * name), `m.Subscription.hasMany(m.Transaction)` on the transaction's `SubscriptionId` (the source's name; `hasOne`
 * takes its `as` first). A model is named as the code names it (`m.Subscription`, `models.user`). The fold keeps a
 * key only where the table has that column.
 */
function foreignKeySites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const [target, options] = call.arguments;
  if (!target || (options !== undefined && !ts.isObjectLiteralExpression(options))) return undefined;
  const belongsTo = callee.name.text === 'belongsTo';
  const given = propertyValue(options, 'foreignKey');
  const named = given && ts.isObjectLiteralExpression(given) ? propertyValue(given, 'name') : given;
  const alias = given === undefined && callee.name.text !== 'hasMany' ? propertyValue(options, 'as') : undefined;
  const at = named ?? alias;
  const text = at && (ts.isStringLiteral(at) || ts.isNoSubstitutionTemplateLiteral(at)) ? at.text : undefined;
  if (at !== undefined && (text === undefined || text === '')) return undefined;
  const implied = at === undefined ? modelNameOf(belongsTo ? target : callee.expression) : undefined;
  const key = named ? text : `${text ?? implied}Id`;
  if (key === undefined || (at === undefined && implied === undefined)) return undefined;
  const owner = receiverType(belongsTo ? callee.expression : target, context);
  if (!owner) return undefined;
  const site = at ?? (belongsTo ? target : callee.expression);
  const symbol = context.symbolOf(site);
  return [
    {
      kind: 'property-site',
      adapter: 'sequelize',
      owner: { kind: 'entity-of', of: owner },
      path: [key],
      access: 'read',
      declares: true,
      location: context.locationOf(site),
      ...(symbol === undefined ? {} : { symbol }),
    },
  ];
}

/**
 * `m.Group.belongsToMany(m.User, { through: m.UserGroup, as: 'members' })` gives groups `addMember(user, { role })`,
 * `addMembers`, `setMembers` and `createMember`, which write the given values to the through model's row (Sequelize 3
 * takes them beside the call's options, 4 and later under `through`); without `as` the accessors are named after the
 * target (`addUser`, `addUsers`). Each accessor is a class fact naming the through model, `unique`: an accessor two
 * associations share with different through models (`addGroup` of users and of applications) names neither. A
 * through given as a string is a table no model maps: its accessors name nothing, but still contest the name.
 */
function throughAccessors(call: TS.CallExpression, context: ExtractContext): Fact[] | undefined {
  const [target, options] = call.arguments;
  if (!target || !options || !ts.isObjectLiteralExpression(options)) return undefined;
  const through = propertyValue(options, 'through');
  if (!through) return undefined;
  const alias = propertyValue(options, 'as');
  const names = accessorWords(alias, target);
  if (!names) return undefined;
  const model = ts.isStringLiteral(through) || ts.isNoSubstitutionTemplateLiteral(through) ? undefined : receiverType(through, context);
  const procedure: TypeExpr = model ? { kind: 'entity-of', of: model } : { kind: 'value', name: `${THROUGH_ACCESSOR}${context.stringOf(through) ?? '?'}` };
  const accessors = [`add${names.singular}`, `add${names.plural}`, `set${names.plural}`, `create${names.singular}`];
  return [...new Set(accessors)].map((accessor): Fact => ({ kind: 'class', name: `${THROUGH_ACCESSOR}${accessor}`, properties: {}, procedure, unique: true }));
}

/** The words of a `belongsToMany`'s accessors: its `as` (plural, or `{ singular, plural }`), else the target's name. */
function accessorWords(alias: TS.Expression | undefined, target: TS.Expression): { singular: string; plural: string } | undefined {
  if (alias && ts.isObjectLiteralExpression(alias)) {
    const singular = stringProperty(alias, 'singular');
    const plural = stringProperty(alias, 'plural');
    return singular && plural ? { singular: upperFirst(singular), plural: upperFirst(plural) } : undefined;
  }
  if (alias) {
    if (!ts.isStringLiteral(alias) || alias.text === '') return undefined;
    return { singular: upperFirst(singularOf(alias.text) ?? alias.text), plural: upperFirst(alias.text) };
  }
  const name = modelNameOf(target);
  return name === undefined ? undefined : { singular: upperFirst(name), plural: upperFirst(pluralize(name)) };
}

/**
 * `group.addMember(user, { role: 'viewer' })`, `user.addGroup(group, { through: { role } })`: the keys are columns of
 * the through model of the association whose accessor the method is (`throughAccessors`); a method no association
 * declares names nothing.
 */
function throughValueSites(call: TS.CallExpression, method: string, context: ExtractContext): Fact[] | undefined {
  const options = call.arguments[1];
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  const nested = propertyValue(options, 'through');
  const values = nested && ts.isObjectLiteralExpression(nested) ? nested : options;
  const owner: TypeExpr = { kind: 'name', name: `${THROUGH_ACCESSOR}${method}` };
  const sites: Fact[] = [];
  for (const property of values.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name);
    if (key === undefined || (values === options && CALL_OPTIONS.has(key))) continue;
    const symbol = context.symbolOf(property.name);
    sites.push({ kind: 'property-site', adapter: 'sequelize', owner, path: [key], access: 'write', location: context.locationOf(property.name), ...(symbol === undefined ? {} : { symbol }) });
  }
  return sites.length > 0 ? sites : undefined;
}

/** The name code gives a model it associates: `Subscription`, `m.Subscription`, `models.user`. */
function modelNameOf(node: TS.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/**
 * The model a finder is called on. Projects keep their models in a registry object and call them through it
 * (`models.Expense.findAll()`, `options.database.member.create()`, `sequelize.models.task`): when the receiver's
 * own type resolves to nothing, the model the property names (a `sequelize.define('member')` const or a class).
 */
function receiverType(receiver: TS.Expression, context: ExtractContext): TypeExpr | undefined {
  const type = context.typeOf(receiver);
  if (!ts.isPropertyAccessExpression(receiver)) return type;
  const named: TypeExpr = { kind: 'value', name: receiver.name.text };
  return type ? { kind: 'either', of: [type, named] } : named;
}

/**
 * The attributes Sequelize adds: `id` when no attribute is a primary key, `createdAt` and `updatedAt` unless
 * `timestamps: false` (renamed by `createdAt: 'created'`, dropped by `createdAt: false`), `deletedAt` when
 * `paranoid`. Named as the attributes are (underscored applies); counted only where the schema has the column.
 */
function implicitFields(fields: readonly FieldFact[], hasKey: boolean, options: TS.Expression | undefined, name: string, location: Location): FieldFact[] {
  const declared = new Set(fields.map((field) => field.property));
  const timestamps = booleanProperty(options, 'timestamps') !== false;
  const renamed = (option: string): string | undefined => (booleanProperty(options, option) === false ? undefined : (stringProperty(options, option) ?? option));
  const candidates = [
    hasKey ? undefined : 'id',
    timestamps ? renamed('createdAt') : undefined,
    timestamps ? renamed('updatedAt') : undefined,
    timestamps && booleanProperty(options, 'paranoid') === true ? renamed('deletedAt') : undefined,
  ];
  return candidates
    .filter((property): property is string => property !== undefined && !declared.has(property))
    .map((property) => ({ property, implicit: true, location, symbol: `${name}.${property}` }));
}

function hasPrimaryKey(attributes: TS.ObjectLiteralExpression): boolean {
  return attributes.properties.some((property) => ts.isPropertyAssignment(property) && booleanProperty(property.initializer, 'primaryKey') === true);
}
