import { formatTableRef, type ColumnRef, type TableRef, type Usage } from '@ripple/model';
import { camelCase, isCompound, lowerFirst, pascalCase } from '../adapters/naming/camel-case.js';
import type { FileFacts, NameSite } from '../facts/file-facts.js';
import { singularOf } from '../adapters/naming/pluralize.js';
import type { SchemaIndex } from './schema-index.js';
import { createGraphqlTypeDecider } from './graphql-types.js';
import { isTestFile } from '../services/is-test-file.js';

/** A table as the service's code names it: its model's name and the property each column has in the model. */
export interface NamedTable {
  readonly table: TableRef;
  /** The adapter of the model that maps it, when one does. */
  readonly adapter?: string;
  /** The model names code refers to it by (`Collective` for `Collectives`). */
  readonly modelNames: readonly string[];
  /** property -> column, as the model maps them (`firstName` -> `first_name` under `underscored`). */
  readonly properties: ReadonlyMap<string, string>;
}

/** A name on more than this share of the tables (`createdAt`, `CollectiveId`, `data`) is generic: never matched by name. */
const GENERIC_SHARE = 0.25;
/** ... and on at least this many tables (in a small schema two tables sharing `email` is not yet generic). */
const GENERIC_MIN_TABLES = 3;

/** Properties an array has of its own: read on a value named in the plural, they are the array's. */
const ARRAY_PROPERTIES = new Set(['length']);

interface Candidate {
  readonly table: TableRef;
  readonly column: string;
  readonly adapter?: string;
}

export interface NameMatchOptions {
  /**
   * Whether the service's tests build rows: false when none of its own code touches a table, so its tests' names
   * (object keys, reads) are its own objects', never a column's.
   */
  readonly testsBuildRows: boolean;
}

/**
 * The name fallback for code no type ties to a model (untyped JavaScript: `collective.twitterHandle`,
 * `{ where: { CollectiveId } }`, GraphQL resolvers and `gql` documents): a name site is a `name-match` usage of the
 * column it names when the name is distinctive, decided from the schema alone:
 * - the name is a column (or its camelCase, or the model's property for it) of exactly one table, not counting a
 *   table that only copies another's columns (`CollectiveHistories` beside `Collectives`); or of several, and the
 *   file refers to exactly one of their models (`models.Order`, `import { Order }`);
 * - not generic: on more than a quarter of the tables (`createdAt`, `CollectiveId`), it is never matched;
 * - a file that refers to other models only (it works with `Update`, the name is a column of `Comments`) is no match;
 * - a single-word name (`email`, `mission`) matches only where the file refers to the table's model; a compound
 *   one (`twitterHandle`, `processed_at`) also in a file that refers to no model at all, when the service maps no
 *   table itself or maps that one;
 * - in TypeScript, where types explain the rest, a compound name of no other table read on a value named after the
 *   table (`plan.external_webhooks_max` for `plans`, a `plan` no stated type reaches: `const { plan } = res.locals`).
 * - a test of a service none of whose own code touches a table (`testsBuildRows` false) is no match: its objects
 *   are the service's own (jitsu's `rotor` and its `{ functionId }` function configs).
 * Places an exact usage already explains, and generated files (no `names` facts), are left out. Linear in the sites.
 */
export function nameMatchUsages(
  files: readonly FileFacts[],
  schema: SchemaIndex,
  named: readonly NamedTable[],
  explained: ReadonlySet<string>,
  usage: (column: ColumnRef, site: Omit<Usage, 'kind' | 'column' | 'service' | 'serviceKind'>) => void,
  options: NameMatchOptions,
): void {
  // A model that declares an attribute as no column (VIRTUAL) keeps that name off its table: the name is the model's.
  const tablesOfModel = new Map<string, string[]>();
  for (const entry of named) for (const name of entry.modelNames) tablesOfModel.set(name, [...(tablesOfModel.get(name) ?? []), formatTableRef(entry.table)]);
  const virtual = new Set<string>();
  for (const file of files) {
    for (const name of file.names?.virtuals ?? []) {
      for (const model of file.models) for (const table of tablesOfModel.get(model.name) ?? []) virtual.add(`${table}\u0000${name}`);
    }
  }
  const index = indexNames(schema, named, virtual);
  // The tables the service's own models map: where it maps some, a bare compound name is one of those or none.
  const ownTables = new Set(named.map((entry) => formatTableRef(entry.table)));
  const graphqlTypes = createGraphqlTypeDecider(files, schema, named, index.tablesByMention, virtual);
  for (const file of files) {
    if (!file.names || (!options.testsBuildRows && isTestFile(file.file))) continue;
    const context = new Set<string>();
    for (const mention of file.names.mentions) for (const key of index.tablesByMention.get(mention) ?? []) context.add(key);
    for (const site of file.names.sites) {
      if (explained.has(`${file.file}:${site.line}:${site.column}`)) continue;
      if (site.role === 'enum') {
        const typed = enumTypedCandidate(site, index, schema);
        // Adapter `enum-type`: the enum, not the ORM, ties the place (a declaration of it names no label of the enum).
        if (typed) usage({ ...typed.table, column: typed.column }, { location: { file: file.file, line: site.line, column: site.column }, access: site.access, adapter: 'enum-type', ...(site.symbol === undefined ? {} : { symbol: site.symbol }), confidence: 'name-match' });
        continue;
      }
      // A field of a graphql-js type whose model is known is that model's column, or nothing.
      const type = site.graphqlType === undefined ? undefined : file.names.graphqlTypes?.[site.graphqlType];
      const decided = type === undefined ? undefined : graphqlTypes.decide(type);
      if (decided) {
        const field = graphqlTypes.fieldOf(decided, site);
        if (field) usage(field.column, { location: { file: file.file, line: site.line, column: site.column }, ...field.site, ...(site.symbol === undefined ? {} : { symbol: site.symbol }) });
        continue;
      }
      const candidate = chooseCandidate(site, index, context, ownTables);
      if (!candidate) continue;
      usage(
        { ...candidate.table, column: candidate.column },
        {
          location: { file: file.file, line: site.line, column: site.column },
          access: site.access,
          adapter: site.role === 'graphql' ? 'graphql' : (candidate.adapter ?? 'name'),
          ...(site.symbol === undefined ? {} : { symbol: site.symbol }),
          confidence: 'name-match',
        },
      );
    }
  }
}

interface NameIndex {
  /** name -> the columns it spells, one per table, copies of another table left out. */
  readonly candidates: ReadonlyMap<string, readonly Candidate[]>;
  readonly generic: ReadonlySet<string>;
  /** A capitalised name code uses -> the tables it names (`Collective` -> `public.Collectives`). */
  readonly tablesByMention: ReadonlyMap<string, readonly string[]>;
  /** A value's name -> the tables whose rows it holds by its name (`role`, `appConfig`, `collective`). */
  readonly tablesByReceiver: ReadonlyMap<string, readonly string[]>;
}

function chooseCandidate(site: NameSite, index: NameIndex, context: ReadonlySet<string>, ownTables: ReadonlySet<string>): Candidate | undefined {
  const candidates = index.candidates.get(site.name);
  if (!candidates) return undefined;
  // `role.key`, `createdRole.key`, `this.role.key`: a value named after a model holds that model's columns, whatever
  // else the file names; one word or generic (`role.createdAt`) alike. A name that is no column of it is no match.
  // A typed file's read on a local named after a table: only a name no other table has (`schedule.schedule_id` may be
  // a row of `sync_schedules` as well as of `schedules`).
  if (site.role === 'receiver' && candidates.length !== 1) return undefined;
  const held = site.receiver === undefined ? undefined : tablesOfReceiver(site.receiver, index.tablesByReceiver);
  if (held !== undefined) {
    // `blobs.length` (AFFiNE's test of a `blobs` table with a `length` column): an array's own property, no row's.
    if (held.plural && ARRAY_PROPERTIES.has(site.name)) return undefined;
    const own = candidates.filter((candidate) => held.tables.includes(formatTableRef(candidate.table)));
    return own.length === 1 ? own[0] : undefined;
  }
  // A typed file's read is matched by its receiver's name only.
  if (site.role === 'receiver') return undefined;
  if (index.generic.has(site.name)) return undefined;
  const inContext = candidates.filter((candidate) => context.has(formatTableRef(candidate.table)));
  if (inContext.length === 1) return inContext[0];
  if (inContext.length > 1 || context.size > 0 || candidates.length !== 1) return undefined;
  // A service that maps tables of its own (a module of a modular monolith: medusa's workflow engine beside its
  // notification module) names another's columns only through that other's model: its bare `idempotency_key` is its own.
  const only = candidates[0]!;
  return isCompound(site.name) && (ownTables.size === 0 || ownTables.has(formatTableRef(only.table))) ? only : undefined;
}

/**
 * A name typed with or compared to an enum (`permissions?: AccessPermission[]`, `x.viewMode === ViewMode.ZEN`): the one
 * column it spells whose type is that enum in the database (`"AccessPermission"[]`, or `view_mode` for `ViewMode`
 * under Prisma's `@@map`), generic or not; none when no column or several (`dataSource` of two tables typed
 * `DataSource`) are.
 */
function enumTypedCandidate(site: NameSite, index: NameIndex, schema: SchemaIndex): Candidate | undefined {
  const wanted = site.enumType;
  if (wanted === undefined || schema.typeOf === undefined) return undefined;
  const typed = (index.candidates.get(site.name) ?? []).filter((candidate) => {
    const type = enumTypeName(schema.typeOf!(candidate.table, candidate.column));
    return type !== undefined && (type === wanted || pascalCase(type) === wanted);
  });
  return typed.length === 1 ? typed[0] : undefined;
}

/** `"AccessPermission"[]` -> `AccessPermission`, `public.view_mode` -> `view_mode`: the type's own name, arrays aside. */
function enumTypeName(type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const bare = type.replace(/(\[\])+$/, '');
  const name = bare.slice(bare.lastIndexOf('.') + 1).replace(/^"|"$/g, '');
  return /^\w+$/.test(name) ? name : undefined;
}

/**
 * The tables a value's name names: the name itself or its last words (`createdRole`, `primaryDarkConfig`), trailing
 * digits aside (`role2`), as the model is named with a lower-case first letter (`role`, `appConfig`), or their plural
 * (`plural`: the value holds rows, as an array). Longest first.
 */
function tablesOfReceiver(receiver: string, tablesByReceiver: ReadonlyMap<string, readonly string[]>): { readonly tables: readonly string[]; readonly plural: boolean } | undefined {
  const name = receiver.replace(/\d+$/, '');
  for (let start = 0; start < name.length; start++) {
    if (start > 0 && !/[A-Z]/.test(name[start] ?? '')) continue;
    const word = lowerFirst(name.slice(start));
    const tables = tablesByReceiver.get(word);
    if (tables) return { tables, plural: false };
    // `transactions: [{ amount }]`: rows held by the plural of a model's name.
    const singular = singularOf(word);
    const rows = singular === undefined ? undefined : tablesByReceiver.get(singular);
    if (rows) return { tables: rows, plural: true };
  }
  return undefined;
}

function indexNames(schema: SchemaIndex, named: readonly NamedTable[], virtual: ReadonlySet<string>): NameIndex {
  const byTable = new Map<string, NamedTable>();
  for (const entry of named) if (!byTable.has(formatTableRef(entry.table))) byTable.set(formatTableRef(entry.table), entry);
  const copies = copiedTables(schema);
  const spellings = new Map<string, Candidate[]>();
  const tablesByMention = new Map<string, string[]>();
  const mentionedAs = (name: string, key: string): void => addTable(tablesByMention, name, key);
  for (const table of schema.tables) {
    const key = formatTableRef(table);
    const model = byTable.get(key);
    mentionedAs(table.table, key);
    for (const name of model?.modelNames ?? []) mentionedAs(name, key);
    const columns = schema.columnsOf(table) ?? [];
    const spelled = new Map<string, string>();
    for (const column of columns) {
      spelled.set(column, column);
      if (column.includes('_')) spelled.set(camelCase(column), column);
    }
    for (const [property, column] of model?.properties ?? []) if (columns.includes(column)) spelled.set(property, column);
    for (const [name, column] of spelled) {
      // Its copies (history tables) follow it.
      if (virtual.has(`${key}\u0000${name}`) || virtual.has(`${copies.get(key) ?? ''}\u0000${name}`)) continue;
      const list = spellings.get(name) ?? [];
      list.push({ table, column, ...(model?.adapter === undefined ? {} : { adapter: model.adapter }) });
      spellings.set(name, list);
    }
  }
  // `Collective` names `Collectives` where no model says otherwise: the table's singular as Sequelize pluralises it.
  for (const table of schema.tables) {
    const singular = /^[A-Z]/.test(table.table) ? singularOf(table.table) : undefined;
    if (singular !== undefined && !tablesByMention.has(singular)) mentionedAs(singular, formatTableRef(table));
  }
  // A value named after a model (`role`, `appConfig`) or after the table's singular (`app_configs` -> `appConfig`).
  const tablesByReceiver = new Map<string, string[]>();
  for (const table of schema.tables) {
    const key = formatTableRef(table);
    for (const name of byTable.get(key)?.modelNames ?? []) addTable(tablesByReceiver, lowerFirst(name), key);
    addTable(tablesByReceiver, lowerFirst(camelCase(singularOf(table.table) ?? table.table)), key);
  }
  const primaries = schema.tables.filter((table) => !copies.has(formatTableRef(table))).length;
  const candidates = new Map<string, readonly Candidate[]>();
  const generic = new Set<string>();
  for (const [name, list] of spellings) {
    const present = new Set(list.map((candidate) => formatTableRef(candidate.table)));
    // A copy (a history table) counts only for names its original lacks.
    const kept = list.filter((candidate) => !present.has(copies.get(formatTableRef(candidate.table)) ?? ''));
    candidates.set(name, kept);
    if (kept.length >= GENERIC_MIN_TABLES && kept.length > primaries * GENERIC_SHARE) generic.add(name);
  }
  return { candidates, generic, tablesByMention, tablesByReceiver };
}

/** Adds a table (by key) to the tables a name names, once. */
function addTable(tablesByName: Map<string, string[]>, name: string, key: string): void {
  const list = tablesByName.get(name) ?? [];
  if (!list.includes(key)) tablesByName.set(name, [...list, key]);
}

/**
 * Tables that copy another's columns, by the schema alone: `CollectiveHistories` has every column of `Collectives`
 * and its name starts with `Collective` (sequelize-temporal's history tables, audit copies). copy -> original.
 */
function copiedTables(schema: SchemaIndex): ReadonlyMap<string, string> {
  const byStem = new Map<string, TableRef>();
  for (const table of schema.tables) byStem.set(`${table.schema}.${singularOf(table.table) ?? table.table}`, table);
  const copies = new Map<string, string>();
  for (const table of schema.tables) {
    const own = new Set(schema.columnsOf(table) ?? []);
    // Each prefix of the name that is another table's stem, longest first: linear in the name's length.
    for (let length = table.table.length - 1; length >= 3; length--) {
      const original = byStem.get(`${table.schema}.${table.table.slice(0, length)}`);
      if (!original || original.table === table.table) continue;
      const columns = schema.columnsOf(original) ?? [];
      if (columns.length > 0 && columns.every((column) => own.has(column))) {
        copies.set(formatTableRef(table), formatTableRef(original));
        break;
      }
    }
  }
  return copies;
}

