import { createHash } from 'node:crypto';
import type { StaticValue } from '../static-value.js';

/**
 * The SQL TypeORM's PostgresQueryRunner sends for its schema API, written from typeorm/typeorm
 * src/driver/postgres/PostgresQueryRunner.ts (buildCreateColumnSql, createTableSql, createIndexSql,
 * createForeignKeySql, ...), PostgresDriver.createFullType and DefaultNamingStrategy (`PK_`/`FK_`/`IDX_`/`UQ_`/`CHK_`
 * + sha1 of `<table>_<sorted columns>`), from the call's literal arguments alone. Where TypeORM reads the live
 * table first, the SQL is what the arguments say (see `changeColumn`, `renameTable`).
 */

type Fields = Readonly<Record<string, StaticValue>>;
/** A `new Table({...})`, `new TableColumn({...})`, ... argument, or a name. */
type Arg = StaticValue;

/** A call TypeORM could run but whose arguments do not say enough. */
export class TypeormArgumentError extends Error {}

function fields(value: Arg, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeormArgumentError(`${what} is not an object`);
  return value as Fields;
}

function text(value: StaticValue, what: string): string {
  if (typeof value !== 'string') throw new TypeormArgumentError(`${what} is not a string`);
  return value;
}

function names(value: StaticValue, what: string): string[] {
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) throw new TypeormArgumentError(`${what} is not a list of names`);
  return value as string[];
}

/** A table given as a name or a `Table`: its name. */
function tableName(table: Arg): string {
  return typeof table === 'string' ? table : text(fields(table, 'the table').name, 'the table name');
}

/** `"schema"."table"` */
function escapePath(table: string): string {
  return table
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

/** The key DefaultNamingStrategy hashes: `<table without schema>_<sorted columns>`. */
function namingKey(table: string, columns: readonly string[]): string {
  return `${table.split('.').pop()!}_${[...columns].sort().join('_')}`;
}

function sha1(input: string): string {
  return createHash('sha1').update(input, 'utf8').digest('hex');
}

export function primaryKeyName(table: string, columns: readonly string[]): string {
  return `PK_${sha1(namingKey(table, columns)).slice(0, 27)}`;
}

export function uniqueConstraintName(table: string, columns: readonly string[]): string {
  return `UQ_${sha1(namingKey(table, columns)).slice(0, 27)}`;
}

export function foreignKeyName(table: string, columns: readonly string[]): string {
  return `FK_${sha1(namingKey(table, columns)).slice(0, 27)}`;
}

export function indexName(table: string, columns: readonly string[], where?: string): string {
  return `IDX_${sha1(where ? `${namingKey(table, columns)}_${where}` : namingKey(table, columns)).slice(0, 26)}`;
}

function checkConstraintName(table: string, expression: string): string {
  return `CHK_${sha1(`${table.split('.').pop()!}_${expression}`).slice(0, 26)}`;
}

function enumName(table: string, column: Fields): string {
  const [schema, name] = table.includes('.') ? table.split('.') : [undefined, table];
  const base = typeof column.enumName === 'string' ? column.enumName : `${name}_${text(column.name, 'the column name').toLowerCase()}_enum`;
  return escapePath(schema ? `${schema}.${base}` : base);
}

function isEnum(column: Fields): boolean {
  return column.type === 'enum' || column.type === 'simple-enum';
}

/** PostgresDriver.createFullType */
function fullType(column: Fields): string {
  const kind = text(column.type, 'the column type');
  const precision = typeof column.precision === 'number' ? column.precision : undefined;
  const scale = typeof column.scale === 'number' ? column.scale : undefined;
  let type = kind;
  if (column.length !== undefined && column.length !== null && column.length !== '') type += `(${String(column.length)})`;
  else if (precision !== undefined && scale !== undefined) type += `(${precision},${scale})`;
  else if (precision !== undefined) type += `(${precision})`;
  const withPrecision = precision !== undefined ? `(${precision})` : '';
  if (kind === 'time without time zone') type = `TIME${withPrecision}`;
  else if (kind === 'time with time zone') type = `TIME${withPrecision} WITH TIME ZONE`;
  else if (kind === 'timestamp without time zone') type = `TIMESTAMP${withPrecision}`;
  else if (kind === 'timestamp with time zone') type = `TIMESTAMP${withPrecision} WITH TIME ZONE`;
  if (column.isArray === true) type += ' array';
  return type;
}

/** PostgresQueryRunner.buildCreateColumnSql (the default uuid generator, `uuid_generate_v4()`, as TypeORM's default `uuidExtension`). */
function columnSql(table: string, column: Fields): string {
  const type = text(column.type, 'the column type');
  let sql = `"${text(column.name, 'the column name')}"`;
  if (column.isGenerated === true && column.generationStrategy !== 'uuid') {
    if (column.generationStrategy === 'identity') {
      sql += ` ${type} GENERATED ${typeof column.generatedIdentity === 'string' ? column.generatedIdentity : 'BY DEFAULT'} AS IDENTITY`;
    } else if (type === 'integer' || type === 'int' || type === 'int4') sql += ' SERIAL';
    else if (type === 'smallint' || type === 'int2') sql += ' SMALLSERIAL';
    else if (type === 'bigint' || type === 'int8') sql += ' BIGSERIAL';
  }
  if (isEnum(column)) sql += ` ${enumName(table, column)}${column.isArray === true ? ' array' : ''}`;
  else if (column.isGenerated !== true || type === 'uuid') sql += ` ${fullType(column)}`;
  if (column.generatedType === 'STORED' && typeof column.asExpression === 'string') sql += ` GENERATED ALWAYS AS (${column.asExpression}) STORED`;
  if (typeof column.collation === 'string') sql += ` COLLATE "${column.collation}"`;
  if (column.isNullable !== true) sql += ' NOT NULL';
  if (column.default !== undefined && column.default !== null) sql += ` DEFAULT ${String(column.default)}`;
  if (column.isGenerated === true && column.generationStrategy === 'uuid' && !column.default) sql += ' DEFAULT uuid_generate_v4()';
  return sql;
}

function enumTypeSql(table: string, column: Fields): string {
  const values = names(column.enum, 'the enum values').map((value) => `'${value.replaceAll("'", "''")}'`);
  return `CREATE TYPE ${enumName(table, column)} AS ENUM(${values.join(', ')})`;
}

function quotedList(columns: readonly string[], separator = ', '): string {
  return columns.map((column) => `"${column}"`).join(separator);
}

function columnsOf(table: Fields): Fields[] {
  const columns = table.columns ?? [];
  if (!Array.isArray(columns)) throw new TypeormArgumentError('the table columns are not a list');
  return columns.map((column) => fields(column, 'a table column'));
}

function listOf(table: Fields, key: string): Fields[] {
  const value = table[key] ?? [];
  if (!Array.isArray(value)) throw new TypeormArgumentError(`the table ${key} are not a list`);
  return value.map((item) => fields(item, `a table ${key} entry`));
}

function foreignKeyActions(foreignKey: Fields): string {
  let sql = '';
  if (typeof foreignKey.onDelete === 'string') sql += ` ON DELETE ${foreignKey.onDelete}`;
  if (typeof foreignKey.onUpdate === 'string') sql += ` ON UPDATE ${foreignKey.onUpdate}`;
  if (typeof foreignKey.deferrable === 'string') sql += ` DEFERRABLE ${foreignKey.deferrable}`;
  return sql;
}

/** PostgresQueryRunner.createIndexSql, its doubled and trailing spaces included. */
function createIndexSql(table: string, index: Fields, ifNotExists = false): string {
  const columns = names(index.columnNames, 'the index columns');
  const where = typeof index.where === 'string' ? index.where : undefined;
  const name = typeof index.name === 'string' ? index.name : indexName(table, columns, where);
  const using = typeof index.isSpatial === 'boolean' && index.isSpatial ? 'USING GiST' : '';
  return `CREATE ${index.isUnique === true ? 'UNIQUE ' : ''}INDEX${index.isConcurrent === true ? ' CONCURRENTLY' : ''} ${ifNotExists ? 'IF NOT EXISTS ' : ''}"${name}" ON ${escapePath(table)} ${using} (${quotedList(columns)}) ${where ? `WHERE ${where}` : ''}`;
}

/** PostgresQueryRunner.createTable then createTableSql; `ifNotExists` (TypeORM asks the catalog first) becomes `IF NOT EXISTS`. */
function createTable(tableArg: Arg, ifNotExists: StaticValue): string[] {
  const table = fields(tableArg, 'the table');
  const name = tableName(table);
  const columns = columnsOf(table);
  const guard = ifNotExists === true ? 'IF NOT EXISTS ' : '';
  const statements: string[] = [];
  for (const column of columns.filter(isEnum)) statements.push(enumTypeSql(name, column));
  let sql = `CREATE TABLE ${guard}${escapePath(name)} (${columns.map((column) => columnSql(name, column)).join(', ')}`;
  const uniques = listOf(table, 'uniques').map((unique) => ({ name: unique.name, columns: names(unique.columnNames, 'the unique columns'), deferrable: unique.deferrable }));
  for (const column of columns.filter((candidate) => candidate.isUnique === true)) {
    const columnName = text(column.name, 'the column name');
    if (!uniques.some((unique) => unique.columns.length === 1 && unique.columns[0] === columnName)) {
      uniques.push({ name: uniqueConstraintName(name, [columnName]), columns: [columnName], deferrable: undefined });
    }
  }
  if (uniques.length > 0) {
    sql += `, ${uniques
      .map((unique) => {
        const constraint = `CONSTRAINT "${typeof unique.name === 'string' ? unique.name : uniqueConstraintName(name, unique.columns)}" UNIQUE (${quotedList(unique.columns)})`;
        return typeof unique.deferrable === 'string' ? `${constraint} DEFERRABLE ${unique.deferrable}` : constraint;
      })
      .join(', ')}`;
  }
  const checks = listOf(table, 'checks');
  if (checks.length > 0) {
    sql += `, ${checks
      .map((check) => {
        const expression = text(check.expression, 'the check expression');
        return `CONSTRAINT "${typeof check.name === 'string' ? check.name : checkConstraintName(name, expression)}" CHECK (${expression})`;
      })
      .join(', ')}`;
  }
  const foreignKeys = listOf(table, 'foreignKeys');
  if (foreignKeys.length > 0) {
    sql += `, ${foreignKeys
      .map((foreignKey) => {
        const columnNames = names(foreignKey.columnNames, 'the foreign key columns');
        const fkName = typeof foreignKey.name === 'string' ? foreignKey.name : foreignKeyName(name, columnNames);
        const referenced = escapePath(text(foreignKey.referencedTableName, 'the referenced table'));
        return `CONSTRAINT "${fkName}" FOREIGN KEY (${quotedList(columnNames)}) REFERENCES ${referenced} (${quotedList(names(foreignKey.referencedColumnNames, 'the referenced columns'))})${foreignKeyActions(foreignKey)}`;
      })
      .join(', ')}`;
  }
  const primary = columns.filter((column) => column.isPrimary === true);
  if (primary.length > 0) {
    const primaryNames = primary.map((column) => text(column.name, 'the column name'));
    const constraint = typeof primary[0]!.primaryKeyConstraintName === 'string' ? primary[0]!.primaryKeyConstraintName : primaryKeyName(name, primaryNames);
    sql += `, CONSTRAINT "${constraint}" PRIMARY KEY (${quotedList(primaryNames)})`;
  }
  statements.push(`${sql})`);
  for (const index of listOf(table, 'indices')) statements.push(createIndexSql(name, index, ifNotExists === true));
  if (typeof table.comment === 'string') statements.push(`COMMENT ON TABLE ${escapePath(name)} IS ${commentLiteral(table.comment)}`);
  return statements;
}

function commentLiteral(comment: string): string {
  return `'${comment.replace(/'/g, "''")}'`;
}

/** PostgresQueryRunner.addColumn; a primary column is added to a table TypeORM is assumed to have no primary key on. */
function addColumn(tableArg: Arg, columnArg: Arg): string[] {
  const table = tableName(tableArg);
  const column = fields(columnArg, 'the column');
  const name = text(column.name, 'the column name');
  const statements: string[] = [];
  if (isEnum(column)) statements.push(enumTypeSql(table, column));
  statements.push(`ALTER TABLE ${escapePath(table)} ADD ${columnSql(table, column)}`);
  if (column.isPrimary === true) {
    statements.push(`ALTER TABLE ${escapePath(table)} ADD CONSTRAINT "${primaryKeyName(table, [name])}" PRIMARY KEY ("${name}")`);
  }
  if (column.isUnique === true) {
    statements.push(`ALTER TABLE ${escapePath(table)} ADD CONSTRAINT "${uniqueConstraintName(table, [name])}" UNIQUE ("${name}")`);
  }
  if (typeof column.comment === 'string') statements.push(`COMMENT ON COLUMN ${escapePath(table)}."${name}" IS ${commentLiteral(column.comment)}`);
  return statements;
}

function columnName(column: Arg): string {
  return typeof column === 'string' ? column : text(fields(column, 'the column').name, 'the column name');
}

function dropColumn(tableArg: Arg, column: Arg, ifExists?: StaticValue): string[] {
  return [`ALTER TABLE ${escapePath(tableName(tableArg))} DROP COLUMN ${ifExists === true ? 'IF EXISTS ' : ''}"${columnName(column)}"`];
}

/**
 * PostgresQueryRunner.changeColumn. With the old column as a `TableColumn`, TypeORM's own choice: a different
 * type, length or array-ness drops the old column and adds the new one (its data is lost), otherwise the rename
 * and the nullability, default and uniqueness it changes. With the old column as a name TypeORM reads the live
 * column; here the new column's type, nullability and default are set on it after the rename (`ALTER COLUMN ...
 * TYPE`, where TypeORM would drop and re-add when the type differs).
 */
function changeColumn(tableArg: Arg, oldArg: Arg, newArg: Arg): string[] {
  const table = escapePath(tableName(tableArg));
  const next = fields(newArg, 'the new column');
  const nextName = text(next.name, 'the new column name');
  if (typeof oldArg !== 'string') {
    const old = fields(oldArg, 'the old column');
    if (old.type !== next.type || old.length !== next.length || old.isArray !== next.isArray) {
      return [...dropColumn(tableArg, old), ...addColumn(tableArg, next)];
    }
  }
  const old = typeof oldArg === 'string' ? undefined : fields(oldArg, 'the old column');
  const oldName = columnName(oldArg);
  const statements: string[] = [];
  if (oldName !== nextName) statements.push(`ALTER TABLE ${table} RENAME COLUMN "${oldName}" TO "${nextName}"`);
  if (!old && !isEnum(next)) {
    const type = fullType(next);
    statements.push(`ALTER TABLE ${table} ALTER COLUMN "${nextName}" TYPE ${type} USING "${nextName}"::${type}`);
  }
  if (!old || old.isNullable !== next.isNullable) {
    statements.push(`ALTER TABLE ${table} ALTER COLUMN "${nextName}" ${next.isNullable === true ? 'DROP NOT NULL' : 'SET NOT NULL'}`);
  }
  if (!old || old.default !== next.default) {
    statements.push(
      next.default !== undefined && next.default !== null
        ? `ALTER TABLE ${table} ALTER COLUMN "${nextName}" SET DEFAULT ${String(next.default)}`
        : `ALTER TABLE ${table} ALTER COLUMN "${nextName}" DROP DEFAULT`,
    );
  }
  if (old && old.isUnique !== true && next.isUnique === true) {
    statements.push(`ALTER TABLE ${table} ADD CONSTRAINT "${uniqueConstraintName(tableName(tableArg), [nextName])}" UNIQUE ("${nextName}")`);
  }
  return statements;
}

function createForeignKey(tableArg: Arg, foreignKeyArg: Arg): string[] {
  const table = tableName(tableArg);
  const foreignKey = fields(foreignKeyArg, 'the foreign key');
  const columns = names(foreignKey.columnNames, 'the foreign key columns');
  const name = typeof foreignKey.name === 'string' ? foreignKey.name : foreignKeyName(table, columns);
  const referenced = escapePath(text(foreignKey.referencedTableName, 'the referenced table'));
  return [
    `ALTER TABLE ${escapePath(table)} ADD CONSTRAINT "${name}" FOREIGN KEY (${quotedList(columns)}) REFERENCES ${referenced}(${quotedList(names(foreignKey.referencedColumnNames, 'the referenced columns'), ',')})${foreignKeyActions(foreignKey)}`,
  ];
}

/** A constraint given as a name or an object with a name (or, for a foreign key or unique, columns to name it by). */
function constraintName(table: string, constraint: Arg, nameBy: (table: string, columns: readonly string[]) => string): string {
  if (typeof constraint === 'string') return constraint;
  const object = fields(constraint, 'the constraint');
  if (typeof object.name === 'string') return object.name;
  return nameBy(table, names(object.columnNames, 'the constraint columns'));
}

function dropConstraint(tableArg: Arg, constraint: Arg, nameBy: (table: string, columns: readonly string[]) => string, ifExists?: StaticValue): string[] {
  const table = tableName(tableArg);
  return [`ALTER TABLE ${escapePath(table)} DROP CONSTRAINT ${ifExists === true ? 'IF EXISTS ' : ''}"${constraintName(table, constraint, nameBy)}"`];
}

function dropIndex(tableArg: Arg, index: Arg, ifExists?: StaticValue): string[] {
  const table = tableName(tableArg);
  const name = constraintName(table, index, (on, columns) => indexName(on, columns));
  const schema = table.includes('.') ? `"${table.split('.')[0]!}".` : '';
  return [`DROP INDEX ${ifExists === true ? 'IF EXISTS ' : ''}${schema}"${name}"`];
}

function noSuchArgument(): never {
  throw new TypeormArgumentError('a required argument is missing');
}

/** Every `queryRunner.*` schema call read here: its arguments' values to the statements TypeORM would send. */
export const QUERY_RUNNER_SQL: Readonly<Record<string, (...args: readonly StaticValue[]) => string[]>> = {
  createTable: (table = noSuchArgument(), ifNotExists) => createTable(table, ifNotExists),
  dropTable: (table = noSuchArgument(), ifExists) => [`DROP TABLE ${ifExists === true ? 'IF EXISTS ' : ''}${escapePath(tableName(table))}`],
  renameTable: (table = noSuchArgument(), next = noSuchArgument()) => [`ALTER TABLE ${escapePath(tableName(table))} RENAME TO "${text(next, 'the new table name').split('.').pop()!}"`],
  addColumn: (table = noSuchArgument(), column = noSuchArgument()) => addColumn(table, column),
  addColumns: (table = noSuchArgument(), columns = noSuchArgument()) => eachOf(columns, 'the columns').flatMap((column) => addColumn(table, column)),
  dropColumn: (table = noSuchArgument(), column = noSuchArgument(), ifExists) => dropColumn(table, column, ifExists),
  dropColumns: (table = noSuchArgument(), columns = noSuchArgument(), ifExists) => eachOf(columns, 'the columns').flatMap((column) => dropColumn(table, column, ifExists)),
  renameColumn: (table = noSuchArgument(), old = noSuchArgument(), next = noSuchArgument()) => [
    `ALTER TABLE ${escapePath(tableName(table))} RENAME COLUMN "${columnName(old)}" TO "${columnName(next)}"`,
  ],
  changeColumn: (table = noSuchArgument(), old = noSuchArgument(), next = noSuchArgument()) => changeColumn(table, old, next),
  changeColumns: (table = noSuchArgument(), changes = noSuchArgument()) =>
    eachOf(changes, 'the changes').flatMap((change) => {
      const { oldColumn, newColumn } = fields(change, 'a column change');
      return changeColumn(table, oldColumn ?? noSuchArgument(), newColumn ?? noSuchArgument());
    }),
  createIndex: (table = noSuchArgument(), index = noSuchArgument()) => [createIndexSql(tableName(table), fields(index, 'the index'))],
  createIndices: (table = noSuchArgument(), indices = noSuchArgument()) => eachOf(indices, 'the indices').map((index) => createIndexSql(tableName(table), fields(index, 'the index'))),
  dropIndex: (table = noSuchArgument(), index = noSuchArgument(), ifExists) => dropIndex(table, index, ifExists),
  createForeignKey: (table = noSuchArgument(), foreignKey = noSuchArgument()) => createForeignKey(table, foreignKey),
  createForeignKeys: (table = noSuchArgument(), foreignKeys = noSuchArgument()) => eachOf(foreignKeys, 'the foreign keys').flatMap((foreignKey) => createForeignKey(table, foreignKey)),
  dropForeignKey: (table = noSuchArgument(), foreignKey = noSuchArgument(), ifExists) => dropConstraint(table, foreignKey, foreignKeyName, ifExists),
  createUniqueConstraint: (table = noSuchArgument(), unique = noSuchArgument()) => {
    const name = tableName(table);
    const constraint = fields(unique, 'the unique constraint');
    const columns = names(constraint.columnNames, 'the unique columns');
    return [`ALTER TABLE ${escapePath(name)} ADD CONSTRAINT "${constraintName(name, constraint, uniqueConstraintName)}" UNIQUE (${quotedList(columns)})`];
  },
  dropUniqueConstraint: (table = noSuchArgument(), unique = noSuchArgument()) => dropConstraint(table, unique, uniqueConstraintName),
  createPrimaryKey: (table = noSuchArgument(), columns = noSuchArgument(), name) => {
    const on = tableName(table);
    const columnNames = names(columns, 'the primary key columns');
    return [`ALTER TABLE ${escapePath(on)} ADD CONSTRAINT "${typeof name === 'string' ? name : primaryKeyName(on, columnNames)}" PRIMARY KEY (${quotedList(columnNames)})`];
  },
  createCheckConstraint: (table = noSuchArgument(), check = noSuchArgument()) => {
    const on = tableName(table);
    const constraint = fields(check, 'the check');
    const expression = text(constraint.expression, 'the check expression');
    return [`ALTER TABLE ${escapePath(on)} ADD CONSTRAINT "${typeof constraint.name === 'string' ? constraint.name : checkConstraintName(on, expression)}" CHECK (${expression})`];
  },
  dropCheckConstraint: (table = noSuchArgument(), check = noSuchArgument()) =>
    dropConstraint(table, check, () => {
      throw new TypeormArgumentError('the check has no name');
    }),
  createSchema: (schema = noSuchArgument(), ifNotExists) => [`CREATE SCHEMA ${ifNotExists === true ? 'IF NOT EXISTS ' : ''}"${text(schema, 'the schema').split('.').pop()!}"`],
  dropSchema: (schema = noSuchArgument(), ifExists, cascade) =>
    [`DROP SCHEMA ${ifExists === true ? 'IF EXISTS ' : ''}"${text(schema, 'the schema').split('.').pop()!}" ${cascade === true ? 'CASCADE' : ''}`],
};

function eachOf(value: StaticValue, what: string): StaticValue[] {
  if (!Array.isArray(value)) throw new TypeormArgumentError(`${what} are not a list`);
  return value as StaticValue[];
}

/** TypeORM's `typeorm_metadata` table, as RdbmsSchemaBuilder.createTypeormMetadataTable makes it on PostgreSQL before migrations run. */
export const TYPEORM_METADATA_TABLE =
  'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)';
