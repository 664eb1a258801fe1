import type { Access } from '@ripple/model';
import { ts } from 'ts-morph';
import { booleanProperty, decoratorsOf, propertyNameOf, propertyValue, stringProperty } from '../../extract/decorators-of.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import type { Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import { pluralize } from '../naming/pluralize.js';
import { snakeCase } from '../naming/snake-case.js';
import type { OrmAdapter } from '../orm-adapter.js';

const FINDERS = /^(findAll|findOne|findAndCountAll|count|findByPk|findOrCreate|max|min|sum)$/;
const ENTITY_CALLS = /^(findByPk|findOne|create|build)$/;

/**
 * Sequelize: `Customer.init(attributes, options)`, `sequelize.define('Customer', attributes, options)` and
 * sequelize-typescript `@Table` classes. Table: `tableName`, else the pluralised model name (unless
 * `freezeTableName`), snake_cased when `underscored`; column: `field`, else the attribute name, snake_cased when
 * `underscored`. Static finders name attributes in `attributes`, `where`, `order`, `group`.
 */
export const sequelizeAdapter: OrmAdapter = {
  name: 'sequelize',
  visit(node, context) {
    if (ts.isClassDeclaration(node) && node.name) return decoratedModel(node, node.name.text, context);
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const method = node.expression.name.text;
    if (method === 'init' && ts.isIdentifier(node.expression.expression)) {
      const name = node.expression.expression.text;
      return attributesModel(`class:${name}`, stringProperty(node.arguments[1], 'modelName') ?? name, node.arguments[0], node.arguments[1], context);
    }
    if (method === 'define' && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
      const modelName = node.arguments[0] ? context.stringOf(node.arguments[0]) : undefined;
      if (modelName) return attributesModel(`value:${node.parent.name.text}`, modelName, node.arguments[1], node.arguments[2], context);
    }
    return querySites(node, node.expression, context);
  },
  typeOfCall(call, context) {
    if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
    const method = call.expression.name.text;
    const receiver = context.typeOf(call.expression.expression);
    if (!receiver) return undefined;
    if (ENTITY_CALLS.test(method)) return { kind: 'entity-of', of: receiver };
    return method === 'findAll' || method === 'bulkCreate' ? { kind: 'name', name: 'Array', args: [{ kind: 'entity-of', of: receiver }] } : undefined;
  },
  tableName(model) {
    const name = model.options?.['freezeTableName'] ? model.name : pluralize(model.name);
    return model.options?.['underscored'] ? snakeCase(name) : name;
  },
  columnName: (field, model) => (model.options?.['underscored'] ? snakeCase(field.property) : field.property),
};

function modelOptions(options: ts.Expression | undefined): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const flag of ['underscored', 'freezeTableName']) {
    const value = booleanProperty(options, flag);
    if (value !== undefined) flags[flag] = value;
  }
  const define = propertyValue(options, 'define');
  if (booleanProperty(define, 'underscored')) flags['underscored'] = true;
  return flags;
}

function attributesModel(key: string, name: string, attributes: ts.Expression | undefined, options: ts.Expression | undefined, context: ExtractContext): Fact[] | undefined {
  if (!attributes || !ts.isObjectLiteralExpression(attributes)) return undefined;
  const fields: FieldFact[] = [];
  for (const property of attributes.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const attribute = propertyNameOf(property.name);
    if (attribute === undefined || /VIRTUAL/.test(propertyValue(property.initializer, 'type')?.getText(context.sourceFile) ?? '')) continue;
    const field = stringProperty(property.initializer, 'field');
    fields.push({ property: attribute, location: context.locationOf(property.name), symbol: `${name}.${attribute}`, ...(field === undefined ? {} : { column: field }) });
  }
  const table = stringProperty(options, 'tableName');
  const schema = stringProperty(options, 'schema');
  return [
    {
      kind: 'model',
      adapter: 'sequelize',
      key,
      name,
      location: context.locationOf(attributes),
      fields,
      options: modelOptions(options),
      ...(table === undefined ? {} : { table }),
      ...(schema === undefined ? {} : { schema }),
    },
  ];
}

/** sequelize-typescript: `@Table({ tableName }) class Customer extends Model { @Column({ field }) fullName }`. */
function decoratedModel(node: ts.ClassDeclaration, name: string, context: ExtractContext): Fact[] | undefined {
  const table = decoratorsOf(node).find((decorator) => decorator.name === 'Table');
  if (!table || context.importSource('Table') !== 'sequelize-typescript') return undefined;
  const options = table.args[0];
  const fields: FieldFact[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const decorators = decoratorsOf(member);
    const property = member.name.text;
    const base = { property, location: context.locationOf(member.name), symbol: `${name}.${property}` };
    const column = decorators.find((decorator) => /^(Column|CreatedAt|UpdatedAt|DeletedAt)$/.test(decorator.name));
    const relation = decorators.find((decorator) => /^(BelongsTo|HasMany|HasOne|BelongsToMany)$/.test(decorator.name));
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
  return [
    {
      kind: 'model',
      adapter: 'sequelize',
      key: `class:${name}`,
      name: stringProperty(options, 'modelName') ?? name,
      location: context.locationOf(node.name!),
      fields,
      options: modelOptions(options),
      ...(tableName === undefined ? {} : { table: tableName }),
    },
  ];
}

function querySites(call: ts.CallExpression, callee: ts.PropertyAccessExpression, context: ExtractContext): Fact[] | undefined {
  const method = callee.name.text;
  const receiver = context.typeOf(callee.expression);
  if (!receiver) return undefined;
  const owner: TypeExpr = { kind: 'entity-of', of: receiver };
  const read = (node: ts.Expression | undefined, access: Access) => readQueryObject(node, { owner, access, adapter: 'sequelize', context });
  const options = (node: ts.Expression | undefined): Fact[] => [
    ...read(propertyValue(node, 'attributes'), 'read'),
    ...read(propertyValue(node, 'where'), 'filter'),
    ...read(propertyValue(node, 'order'), 'order'),
    ...read(propertyValue(node, 'group'), 'read'),
  ];
  if (FINDERS.test(method)) return options(method === 'findByPk' ? call.arguments[1] : call.arguments[0]);
  if (method === 'update') return [...read(call.arguments[0], 'write'), ...options(call.arguments[1])];
  if (method === 'create' || method === 'bulkCreate' || method === 'upsert') return read(call.arguments[0], 'write');
  if (method === 'destroy') return options(call.arguments[0]);
  return undefined;
}
