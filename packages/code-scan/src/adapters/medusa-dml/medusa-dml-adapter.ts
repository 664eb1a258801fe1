import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import type { Chain, ExtractContext } from '../../extract/extract-context.js';
import { booleanProperty, propertyNameOf, propertyValue, stringProperty } from '../../extract/decorators-of.js';
import { entityRefOf } from '../../extract/entity-ref-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import type { Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import { snakeCase } from '../naming/snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

/** DML property builders: each is one column of the property's name (`model.text()`, `model.enum(Status)`). */
const PROPERTIES = /^(id|text|number|float|autoincrement|bigNumber|boolean|json|enum|dateTime|array)$/;
/** Relation builders: `belongsTo` holds the foreign key `<property>_id`; `hasOne` does when given `{ foreignKey: true }`. */
const RELATIONS = /^(belongsTo|hasOne|hasOneWithFK|hasMany|manyToMany)$/;
/** The columns every DML model has (`createDefaultProperties`), mapped only where the table has them. */
const DEFAULT_COLUMNS = ['created_at', 'updated_at', 'deleted_at'];
/** Methods of a module's internal service (`IMedusaInternalService<typeof Notification>`), by what their arguments are. */
const SERVICE_FILTERS = /^(list|listAndCount|retrieve|delete|softDelete|restore)$/;
const SERVICE_WRITES = /^(create|upsert|upsertWithReplace)$/;
/** The options object's keys (`{ select: ['to'], order: { created_at: 'DESC' } }`) and what they name. */
const CONFIG_KEYS: Readonly<Record<string, Access>> = { select: 'read', order: 'order' };

/**
 * Medusa's data model language (`@medusajs/framework/utils`, `@medusajs/utils`), which builds MikroORM entities:
 * `export const Notification = model.define('notification', { to: model.text(), provider: model.belongsTo(() => Provider) })`.
 * The table is the snake_cased name (or `define({ tableName })`), a column is the property's name as written
 * (`bigNumber` adds `raw_<name>`), `belongsTo` the column `<name>_id`, and every model has `created_at`, `updated_at`
 * and `deleted_at`. The model's row type is `InferEntityType<typeof Notification>`; a module's internal service
 * `IMedusaInternalService<typeof Notification>` is queried by `list(filters, { select, order })`, `retrieve(id, config)`,
 * `create(data)`, `update(data)`.
 */
export const medusaDmlAdapter: OrmAdapter = {
  name: 'medusa-dml',
  kinds: [ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.CallExpression],
  // A model is `model.define` with `model` imported from a Medusa package, a service call is in a file importing one.
  needs: { words: /@medusajs\// },
  visit(node, context) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) return modelOf(node.name.text, node.initializer, context);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return serviceSites(node, node.expression, context);
    return undefined;
  },
  tableName: (model) => snakeCase(model.name),
  columnName: (field) => field.property,
};

/** `model.define(...)`, under any chained calls (`.indexes([...])`, `.cascades({...})`), when `model` is medusa's. */
function defineCallOf(expression: TS.Expression, context: ExtractContext): TS.CallExpression | undefined {
  const define = modelChain(expression, context)?.links[0];
  return define?.name === 'define' && context.importSource('model')?.startsWith('@medusajs/') ? define.call : undefined;
}

/** The calls of a chain made on `model` (`model.text().searchable()`), from the first. */
function modelChain(expression: TS.Expression, context: ExtractContext): Chain | undefined {
  if (!ts.isCallExpression(expression)) return undefined;
  const chain = context.chainOf(expression);
  return ts.isIdentifier(chain.root) && chain.root.text === 'model' && chain.links.length > 0 ? chain : undefined;
}

function modelOf(name: string, initializer: TS.Expression, context: ExtractContext): Fact[] | undefined {
  const define = defineCallOf(initializer, context);
  const [nameArg, propertiesArg] = define?.arguments ?? [];
  if (!define || !nameArg || !propertiesArg || !ts.isObjectLiteralExpression(propertiesArg)) return undefined;
  const declared = ts.isObjectLiteralExpression(nameArg) ? stringProperty(nameArg, 'tableName') : context.stringOf(nameArg);
  if (declared === undefined) return undefined;
  // `'platform.user'`: the table `user` of the schema `platform`.
  const dot = declared.indexOf('.');
  const schema = dot < 0 ? undefined : declared.slice(0, dot);
  const table = snakeCase(dot < 0 ? declared : declared.slice(dot + 1));
  const fields: FieldFact[] = [];
  const refs: Fact[] = [];
  for (const property of propertiesArg.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name);
    if (key === undefined) continue;
    const builder = builderOf(property.initializer, context);
    if (!builder) continue;
    const base = { location: context.locationOf(property.name), symbol: `${name}.${key}` };
    if (PROPERTIES.test(builder.method)) {
      fields.push({ ...base, property: key, column: key });
      if (builder.method === 'bigNumber') fields.push({ ...base, property: `raw_${key}`, column: `raw_${key}` });
      continue;
    }
    if (!RELATIONS.test(builder.method)) continue;
    const target = relationTarget(builder.call);
    refs.push(...entityRefOf('medusa-dml', builder.call.arguments[0], context));
    const holdsKey =
      builder.method === 'belongsTo' || builder.method === 'hasOneWithFK' || (builder.method === 'hasOne' && booleanProperty(builder.call.arguments[1], 'foreignKey') === true);
    if (target) fields.push({ ...base, property: key, relation: { target: { kind: 'value', name: target }, join: false } });
    if (holdsKey) fields.push({ ...base, property: `${key}_id`, column: snakeCase(`${key}Id`) });
  }
  for (const column of DEFAULT_COLUMNS) {
    if (!fields.some((field) => field.property === column)) fields.push({ property: column, column, implicit: true, location: context.locationOf(define), symbol: `${name}.${column}` });
  }
  return [
    {
      kind: 'model',
      adapter: 'medusa-dml',
      key: `value:${name}`,
      name,
      table,
      location: context.locationOf(define),
      fields,
      ...(schema === undefined ? {} : { schema }),
    },
    ...refs,
  ];
}

/** The builder a property starts from, under its modifiers: `model.text().searchable().nullable()` is `text`. */
function builderOf(expression: TS.Expression, context: ExtractContext): { method: string; call: TS.CallExpression } | undefined {
  const builder = modelChain(expression, context)?.links[0];
  return builder && { method: builder.name, call: builder.call };
}

/** `model.belongsTo(() => NotificationProvider, { mappedBy: 'notifications' })`: the related model's name. */
function relationTarget(call: TS.CallExpression): string | undefined {
  const target = call.arguments[0];
  return target && ts.isArrowFunction(target) && ts.isIdentifier(target.body) ? target.body.text : undefined;
}

/**
 * `this.notificationService_.list({ receiver_id }, { select: ['to'], order: { created_at: 'DESC' } })` in a file that
 * imports Medusa: the receiver's model is known once its type resolves to `IMedusaInternalService<typeof Notification>`
 * (a repository type of the fold), so the sites are the filters, the config's `select` and `order`, and the data of
 * `create`, `upsert` and `update` (`update({ id, status })`, `update({ selector, data })`, `update([...])`).
 */
function serviceSites(call: TS.CallExpression, callee: TS.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const method = callee.name.text;
  if (!SERVICE_FILTERS.test(method) && !SERVICE_WRITES.test(method) && method !== 'update') return undefined;
  if (!importsMedusa(context.sourceFile)) return undefined;
  const receiver = context.typeOf(callee.expression);
  if (!receiver) return undefined;
  const owner: TypeExpr = { kind: 'entity-of', of: receiver };
  const read = (node: TS.Expression | undefined, access: Access) => readQueryObject(node, { owner, access, adapter: 'medusa-dml', context });
  const [first, second] = call.arguments;
  if (SERVICE_WRITES.test(method)) return read(first, 'write');
  if (method === 'update') {
    const selector = propertyValue(first, 'selector');
    return selector ? [...read(selector, 'filter'), ...read(propertyValue(first, 'data'), 'write')] : read(first, 'write');
  }
  const sites = method === 'retrieve' ? [] : read(first, 'filter');
  for (const [key, access] of Object.entries(CONFIG_KEYS)) sites.push(...read(propertyValue(second, key), access));
  return sites;
}

const medusaFiles = new WeakMap<TS.SourceFile, boolean>();

/** Whether the file imports a Medusa package (`@medusajs/framework/types`): answered once per file. */
function importsMedusa(file: TS.SourceFile): boolean {
  let imports = medusaFiles.get(file);
  if (imports === undefined) {
    imports = file.statements.some((statement) => ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('@medusajs/'));
    medusaFiles.set(file, imports);
  }
  return imports;
}
