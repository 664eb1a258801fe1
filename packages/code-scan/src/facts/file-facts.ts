import type { Access, Diagnostic, Location } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { FlowFacts } from './flow-facts.js';

/**
 * What one file says, read without looking at any other file: the unit the on-disk cache stores (keyed by the
 * file's content hash) and the input of the service-wide fold in `resolve/`.
 */
export interface FileFacts {
  readonly file: string;
  readonly models: readonly ModelFact[];
  readonly classes: readonly ClassFact[];
  readonly sites: readonly SiteFact[];
  readonly settings: readonly SettingFact[];
  readonly diagnostics: readonly Diagnostic[];
  /** Relative modules the file imports, re-exports or requires: the fold checks each names a file of the service. */
  readonly imports: readonly ImportFact[];
  /** Models an adapter follows by a name the file neither declares nor imports: the fold looks for them service-wide. */
  readonly entityRefs: readonly EntityRefFact[];
  /** Types that list fields without mapping a table (interfaces, type literals, zod objects, DTO classes). */
  readonly shapes: readonly ShapeFact[];
  /** How values move through the file, and the routes it declares (absent for files that are not code). */
  readonly flows?: FlowFacts;
  /** The OpenAPI generator that wrote the file (`orval`, `openapi-typescript`, ...): its types are an API client's. */
  readonly apiClient?: string;
  /** Every name the file reads or writes through values no type ties to a model (absent for generated files). */
  readonly names?: NameFacts;
  /** Types a query builder is told a table's rows are (`knex<DBTeam>('_nango_accounts')`); absent when none. */
  readonly rowTypes?: readonly RowTypeFact[];
  /** What the file's top-level functions return, where a declaration or a return says (absent when none does). */
  readonly returns?: readonly ReturnFact[];
  /** Names the file imports from packages (bare specifiers: `@acme/types`); absent when none. */
  readonly packageImports?: readonly PackageImportFact[];
  /** Modules the file re-exports as namespaces (`export * as gettingStartedService from './services/x.js'`); absent when none. */
  readonly namespaceExports?: readonly NamespaceExportFact[];
}

/**
 * `export * as gettingStartedService from './services/getting-started.service.js'` (nango's `@nangohq/shared` index):
 * an importer's `gettingStartedService.createProgress(...)` is that module's function `createProgress`.
 */
export interface NamespaceExportFact {
  readonly name: string;
  /** The module, as a path from the scan root without extension (`packages/shared/lib/services/getting-started.service`). */
  readonly module: string;
  /**
   * `name` is the module's default export, not its namespace: `import accountService from './services/account.service.js'`
   * then `export { accountService }`, or `export { default as accountService } from '...'` (nango's later
   * `@nangohq/shared` index). An importer's `accountService.editCustomer(...)` runs what that default export runs.
   */
  readonly default?: true;
}

/**
 * `import type { DBAccount as Account } from '@acme/types'`: the names a file takes from a package by a bare
 * specifier. When the package is one of the workspace's, the fold follows those names into it.
 */
export interface PackageImportFact {
  readonly specifier: string;
  readonly names: readonly { readonly imported: string; readonly local: string }[];
}

/**
 * `export const getCustomer = cache(async (id) => { ...; return customer; })`: a call `getCustomer(id)` anywhere in
 * the service is of this type (its declared return type, else the type of the first of its returns that has one).
 */
export interface ReturnFact {
  readonly name: string;
  readonly type: TypeExpr;
  /**
   * The declared type of the function's parameter at this index instead of its result (`createDataIssue(qx, data:
   * IDbInsertDataIssuePayload)`): an object literal passed there is of that type.
   */
  readonly parameter?: number;
  /**
   * A tRPC procedure's result instead of a function's: `name` is the procedure's path within the router const named
   * here (empty for a router that is no const), which the fold joins with where the router is mounted (`polls.get`).
   */
  readonly router?: string;
  /**
   * A top-level const holding an instance instead of a function (`export const licensingClient = new
   * LicensingClient(...)`): `type` is its class, whose methods its calls run (`licensingClient.createLicense(...)`).
   */
  readonly instance?: true;
}

/**
 * The names a file uses, for the fold's name fallback (`resolve/name-fallback.ts`): a property read or written
 * (`collective.twitterHandle`), an object key (`{ where: { CollectiveId } }`), a destructured name, a string naming a
 * key (`attributes: ['processedAt']`), a GraphQL field (`fields: () => ({ twitterHandle: {...} })`, `gql` documents).
 * Whether one is a column is decided against the schema only, and only where nothing typed explains the place.
 */
export interface NameFacts {
  /** Capitalised names the file refers to (`models.Collective`, `import { Order }`, `: Collective`): which models it works with. */
  readonly mentions: readonly string[];
  readonly sites: readonly NameSite[];
  /** Attributes declared as no column (Sequelize `type: DataTypes.VIRTUAL`): names the file's models keep off their tables. */
  readonly virtuals?: readonly string[];
  /** graphql-js types the file declares; `NameSite.graphqlType` indexes this list. */
  readonly graphqlTypes?: readonly GraphqlTypeFact[];
  /** Where values of graphql-js types come from or go: the fold decides the model behind a type from these. */
  readonly graphqlFeeds?: readonly GraphqlFeedFact[];
}

/** `new GraphQLObjectType({ name: 'ExpenseAttachedFile', fields })` (interface and input types too). */
export interface GraphqlTypeFact {
  /** The names it goes by: its GraphQL `name` and the const holding it (`Step`, `stepType`). */
  readonly names: readonly string[];
  readonly input: boolean;
}

/**
 * A field whose resolver returns rows of models (`{ type: new GraphQLList(Expense), resolve: () =>
 * models.Expense.findAll() }`: `read`), or an argument whose resolver writes models (`args: { input: { type:
 * ExpenseInput } }` and `models.Expense.create(...)`: `write`).
 */
export interface GraphqlFeedFact {
  /** The type the field or argument names, unwrapped from `GraphQLList` and `GraphQLNonNull`. */
  readonly type: string;
  /** The models, as code names them (`Expense` of `models.Expense`, `req.loaders.Expense`). */
  readonly models: readonly string[];
  readonly access: 'read' | 'write';
}

export interface NameSite {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly access: Access;
  /**
   * `graphql`: a field of a GraphQL type or document (its contract); `receiver`: in TypeScript, a compound name read
   * on a named value (`plan.external_webhooks_max`), matched only when the value is named after the table; `code`
   * otherwise; `enum`: in TypeScript, a property typed with an imported enum (`permissions?: AccessPermission[]`) or
   * compared with one of its members (`user.settings.viewMode === ViewMode.ZEN`), matched only to the one column of that
   * name whose database enum type is that enum (`enumType`).
   */
  readonly role: 'code' | 'graphql' | 'receiver' | 'enum';
  /** For role `enum`: the enum the name is typed with or compared to, as the file imports it (`ViewMode`). */
  readonly enumType?: string;
  readonly symbol?: string;
  /**
   * The graphql-js type (index in `NameFacts.graphqlTypes`) the name is a field of (a field of its default resolver:
   * `definition`) or that a resolver reads off its parent (`resolve(user) { return user.firstName }`: `read`).
   */
  readonly graphqlType?: number;
  /**
   * The value the name is read or written on, as code names it (`role` of `role.key`, `logoConfig` of
   * `logoConfig.value`, `role` of `this.role.key`, `transaction` of `transaction.UsingGiftCardId`, `user` of
   * `req.user.paypalEmail`), or the row is held by (`user1` of `{ user1: { name } }`, `transactions` of
   * `{ transactions: [{ amount }] }`, `subscription` of `expect(subscription).to.have.property('amount')`): a receiver
   * named after a model says whose column the name is.
   */
  readonly receiver?: string;
}

/** One fact an adapter reports while the core walks a file. */
export type Fact = ModelFact | ClassFact | SiteFact | SettingFact | DiagnosticFact | EntityRefFact | ImportFact | ShapeFact | RowTypeFact;

/**
 * A syntactic description of a value's type, resolved later against every class and model of the service:
 * `member(name Order, 'customer')` is "the type of `order.customer`".
 */
export type TypeExpr =
  | { readonly kind: 'name'; readonly name: string; readonly args?: readonly TypeExpr[] }
  | { readonly kind: 'value'; readonly name: string }
  | { readonly kind: 'model'; readonly key: string }
  | { readonly kind: 'member'; readonly of: TypeExpr; readonly property: string }
  | { readonly kind: 'element'; readonly of: TypeExpr }
  | { readonly kind: 'entity-of'; readonly of: TypeExpr }
  /** A row a query builder returns (`await knex('customers').first()`): its keys are columns of one of the tables. */
  | { readonly kind: 'table-row'; readonly adapter: string; readonly tables: readonly string[] }
  /** The first of these that resolves: `models.Expense` is the type of that expression, else the model named `Expense`. */
  | { readonly kind: 'either'; readonly of: readonly TypeExpr[] }
  /**
   * What a call of the top-level function `fn` of the service returns (`ReturnFact`): `getCustomer(id)`; with
   * `from`, of the function `fn` a package exports (`import { getCustomer } from '@acme/store'`), when that package
   * is one of the workspace's.
   */
  | {
      readonly kind: 'returned';
      readonly fn: string;
      readonly from?: string;
      /**
       * The module it is imported from, as a path without extension: relative ones resolved against the importing
       * file (`apps/web/src/contexts/poll`), aliased ones after the alias with a leading `/` (`/contexts/poll`: any file ending so).
       * Among functions of one name in the service, the one of that module is meant.
       */
      readonly module?: string;
      /** Imported as the module's default export, under `fn`: only a function of that name in that module is meant. */
      readonly byDefault?: true;
      /** The declared type of `fn`'s parameter at this index instead of its result (`ReturnFact.parameter`). */
      readonly parameter?: number;
    }
  /**
   * What a client call of the tRPC procedure at `path` (full, dotted: `polls.get`) gives: its resolver's result
   * (`utils.polls.get.fetch()`, `.getData()`), or a React Query hook around it (`query`: `trpc.polls.get.useQuery()`,
   * whose `data` is the result; `tuple`: `useSuspenseQuery()`, whose first element is).
   */
  | {
      readonly kind: 'procedure';
      readonly path: string;
      readonly hook?: 'query' | 'tuple';
      /** Written as a type indexed by the path (`RouterOutputs['polls']['get']`): that type must be tRPC's `inferRouterOutputs`. */
      readonly outputs?: string;
    };

/** How the fold finds a `ReturnFact` or `returned` type: the function's name, with `(index)` for a parameter's type. */
export function returnKey(name: string, parameter: number | undefined): string {
  return parameter === undefined ? name : `${name}(${parameter})`;
}

/**
 * How deep the fold follows a type (`resolveUsages`): one with more `of` links below it never resolves, so the scan
 * keeps none (a chain of thousands of `findOne()` would otherwise be a type as deep as the chain).
 */
export const MAX_TYPE_DEPTH = 12;

/** The type tRPC infers its routers' results with: `inferRouterOutputs<AppRouter>`, or an alias of it (`RouterOutputs`). */
export const ROUTER_OUTPUTS = 'inferRouterOutputs';

/** A data-fetching hook's result whose `data` is its type argument (`useSWR<Poll>()`), as the fold reads it. */
export const QUERY_RESULT = 'UseQueryResult';
/**
 * next-auth's session (`getServerSession()`, `useSession().data`): no type of the service, a built-in whose `user` is
 * of the type named `User` (the adapter's model, by name).
 */
export const NEXT_AUTH_SESSION = 'next-auth:Session';
/**
 * Types of a data-fetching hook's result written out, each `data` of its first type argument; supabase-js's responses
 * (`PostgrestSingleResponse<Row>`, and what the supabase adapter says an awaited `from()` chain is).
 */
export const QUERY_RESULTS: ReadonlySet<string> = new Set([
  QUERY_RESULT,
  'UseSuspenseQueryResult',
  'DefinedUseQueryResult',
  'QueryObserverResult',
  'SWRResponse',
  'PostgrestResponse',
  'PostgrestSingleResponse',
  'PostgrestMaybeSingleResponse',
]);

/**
 * How a table name whose start the file cannot know is written: `dbNamespace + 'active_logs'` with `dbNamespace`
 * imported from another package is `ripple_prefixed__active_logs`, which the fold reads as the one table of the
 * schema whose name ends with `active_logs` (`resolve/schema-index.ts`). A plain SQL identifier, so SQL text can
 * hold it too.
 */
export const PREFIXED_TABLE = 'ripple_prefixed__';

/** The name a client type of openapi-typescript's `components['schemas']['X']` gets: one no hand-written type has. */
export const COMPONENT_SCHEMA_PREFIX = 'components.schemas.';

/** A table an ORM maps: a class, a table value or a schema-file model. */
export interface ModelFact {
  readonly kind: 'model';
  readonly adapter: string;
  /** How code names the model: `class:Customer`, `value:customers`, `prisma:customer`. */
  readonly key: string;
  /** The name the ORM derives the table name from when none is given (a class or model name). */
  readonly name: string;
  readonly table?: string;
  readonly schema?: string;
  /**
   * Adapter-specific switches that apply to this model: naming (`underscored`, `freezeTableName`), `open` (a key no
   * field declares may still be a column of the table), `declaredWrites` (the ORM writes only the keys the model
   * declares: on an open model, a write of any other key reaches no column).
   */
  readonly options?: Readonly<Record<string, boolean>>;
  /** The key of a model this one inherits fields from (`class:BaseEntity`, `kysely-row:CustomerTable`). */
  readonly base?: string;
  readonly location: Location;
  readonly fields: readonly FieldFact[];
}

export interface FieldFact {
  readonly property: string;
  /** The database column name when the code names it. */
  readonly column?: string;
  /** A relation to another model; `join` when this side holds the foreign key column. */
  readonly relation?: { readonly target: TypeExpr; readonly join: boolean };
  /** A column the ORM adds without code naming it (Sequelize's `id`, timestamps): mapped only when the schema has it. */
  readonly implicit?: boolean;
  /**
   * A setting the field exists only under: a property decorated by a project decorator is a column when some file
   * of the service defines that decorator over the ORM's (`typeorm.decorator:TimestampColumn`).
   */
  readonly requires?: string;
  /**
   * A property the model declares that no column holds (a Sequelize `DataTypes.VIRTUAL` attribute, its getter and
   * setter over other attributes): a site of it is no column's, even on an open model whose table has one of that name.
   */
  readonly virtual?: boolean;
  readonly location: Location;
  readonly symbol: string;
}

/** Property types of a class (entity or not), so `this.repo.findOne` and `order.customer.email` resolve. */
export interface ClassFact {
  readonly kind: 'class';
  readonly name: string;
  readonly base?: string;
  readonly properties: Readonly<Record<string, TypeExpr>>;
  /**
   * Properties it declares with a type no fact describes (`email: string`): its own, so not those of a model it
   * extends (`interface Activity extends Order { email: string }`). Absent when none.
   */
  readonly untyped?: readonly string[];
  /**
   * `type Poll = NonNullable<RouterOutputs['polls']['get']>`: an alias of a procedure's result, which it is; so is an
   * alias of a function's (`Pick<Awaited<ReturnType<typeof getOrganization>>, 'name'>`, a `returned` type).
   */
  readonly procedure?: TypeExpr;
  /**
   * The name stands for this type only while no other fact of the name says otherwise: two that differ make it stand
   * for none (`addGroup`, an accessor two Sequelize `belongsToMany` associations with different through models share).
   */
  readonly unique?: true;
  /**
   * An exported contract type built from another (`export type AccountWithValue = Account & { ... }`, `extends
   * Omit<Access, 'scopes'>`) or holding one whole in a property (`accounts: Account[]`): those types (keys as `base`
   * is), where each is named, and the keys `Omit` leaves out. The fold makes each column of a model named there, not
   * declared or left out, a definition of this type.
   */
  readonly carries?: readonly CarriedType[];
}

/** A named type a contract type is built from or holds whole in a property (`path`), with the keys `Omit` leaves out. */
export interface CarriedType {
  readonly base: string;
  /** The ORM's own model `base` is when the file imports it from the ORM (`Order` of `@prisma/client`): no name match then. */
  readonly model?: TypeExpr;
  readonly location: Location;
  readonly path?: string;
  readonly omitted?: readonly string[];
}

/** The declared type of a class's own property: its entries only (a property named `toString` that it does not declare is none). */
export function declaredType(fact: Pick<ClassFact, 'properties'>, property: string): TypeExpr | undefined {
  return ownEntry(fact.properties, property);
}

/** A place that names a column, in one of three forms the fold resolves. */
export type SiteFact = ColumnSite | PropertySite | SqlSite;

interface SiteBase {
  readonly location: Location;
  readonly access: Access;
  readonly symbol?: string;
}

/** The table candidates and the database column name are known (SQL-like builders: Knex, Kysely). */
export interface ColumnSite extends SiteBase {
  readonly kind: 'column-site';
  readonly adapter: string;
  /** Tables in scope, `schema.table` or `table`; the column belongs to the one whose schema has it. */
  readonly tables: readonly string[];
  readonly column: string;
  /** Named by a string only (a project helper's column list): a site only where the table has the column. */
  readonly ifColumn?: true;
}

/** A property path on a model-typed value: `customer.email`, `where: { customer: { email } }`. */
export interface PropertySite extends SiteBase {
  readonly kind: 'property-site';
  /** The adapter that saw the site; the model's adapter is used when absent. */
  readonly adapter?: string;
  readonly owner: TypeExpr;
  readonly path: readonly string[];
  /** The site also adds its key to the model's attributes (a Sequelize association's foreign key): a write of it is kept. */
  readonly declares?: boolean;
  /**
   * The key compiles whether or not the type has it (`Omit<Account, 'accountType'>`, whose keys need not be the
   * type's): a site of the column while the model has it, and no missing member once it has not.
   */
  readonly mayBeAbsent?: true;
  /** An adapter saw it on a value of the model's rows, not at a query: a test's stand-in result for a client call. */
  readonly value?: true;
}

/** A column reference inside parsed SQL, still to be resolved against the schema (aliases, `*`). */
export interface SqlSite {
  readonly kind: 'sql-site';
  readonly adapter: string;
  readonly symbol?: string;
  readonly refs: readonly SqlRefFact[];
  /**
   * The statement's `$n` placeholders that are a column's value (`VALUES ($1)`, `SET c = $1`, `WHERE c = $1`), named
   * as that column: the raw SQL adapter locates each at the value the call passes for it (`{ tenantId }` for
   * `$(tenantId)`, the first element of `[tenantId]` for `$1`) and drops the others. Not usages: places where a
   * value becomes the column's, for the fold that follows function arguments (`resolve/follow-arguments.ts`).
   */
  readonly parameters?: readonly SqlRefFact[];
}

export interface SqlRefFact {
  readonly location: Location;
  readonly access: Access;
  /** `[column]`, `[table-or-alias, column]`, `[schema, table, column]`; column `*` for stars. */
  readonly name: readonly string[];
  /** A placeholder's value passed in an object (`SqlSite.parameters`): the key the driver takes it from, `tenantId` of `$(tenantId)`. */
  readonly key?: string;
  /** The scope the reference was written in (innermost first): each entry lists the tables visible there. */
  readonly scopes: readonly (readonly SqlTableFact[])[];
}

export interface SqlTableFact {
  /** The alias, or the table name when there is no alias. */
  readonly alias: string;
  /** undefined for a CTE or subquery: its columns are not table columns. */
  readonly table?: { readonly schema?: string; readonly name: string };
}

/** A service-wide switch found in code, e.g. `namingStrategy: new SnakeNamingStrategy()`. */
export interface SettingFact {
  readonly kind: 'setting';
  readonly name: string;
  readonly value: string;
}

export interface DiagnosticFact {
  readonly kind: 'diagnostic-fact';
  readonly diagnostic: Diagnostic;
}

/** `import ... from './customer.entity.js'`, `require('../db')`: a relative module specifier, where it is written. */
export interface ImportFact {
  readonly kind: 'import';
  readonly specifier: string;
  readonly location: Location;
}

/** A name an adapter reads as a model (`() => Customer`, `getRepository(Customer)`, `Repository<Customer>`). */
export interface EntityRefFact {
  readonly kind: 'entity-ref';
  readonly adapter: string;
  readonly name: string;
  readonly location: Location;
}

/**
 * A type argument that names a table's row type: Knex's `knex<DBTeam>('_nango_accounts')`, `db.from<DBUser>('users')`,
 * `trx.into<DBJob>('jobs')`. The fold ties the type to that table exactly, whatever its name: its fields and every
 * property read on a value of that type are the table's columns.
 */
export interface RowTypeFact {
  readonly kind: 'row-type';
  readonly adapter: string;
  /** The type's name as written (the right-most part of `types.DBTeam`). */
  readonly name: string;
  /** The table, `schema.table` or `table`, as the call names it (without an alias). */
  readonly table: string;
  readonly location: Location;
}

/**
 * A type that lists fields but maps no table: `interface SurveyDto { ... }`, `type TSurvey = { ... }`,
 * `const ZSurvey = z.object({ ... })`, a class that is no entity. The fold ties one to a model only by name
 * (`TSurvey`, `ZSurvey`, `SurveyDto` for the model `Survey`): its fields are then `name-match` usages.
 */
export interface ShapeFact {
  readonly kind: 'shape';
  readonly name: string;
  readonly fields: readonly { readonly property: string; readonly location: Location; readonly symbol: string }[];
  /**
   * The class an exported DTO class extends, where it is named (`CreateAccountWithBalancesDto extends CreateAccountDto`):
   * the fields it inherits are part of its contract too.
   */
  readonly base?: { readonly name: string; readonly location: Location };
}

/** `Props@src/card.tsx`: the key of a type a file declares without exporting it. */
export function localTypeKey(name: string, file: string): string {
  return `${name}@${file}`;
}

/** `Props` of `Props@src/card.tsx` (a type its file does not export, `ExtractContext.typeKey`): the name as written. */
export function plainTypeName(name: string): string {
  const at = name.indexOf('@');
  return at < 0 ? name : name.slice(0, at);
}
