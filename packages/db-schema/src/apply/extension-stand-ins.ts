import type { PGlite } from '@electric-sql/pglite';
import type { Diagnostic } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { ExtensionSite, FunctionCall } from './pglite-extensions.js';

/**
 * What a stand-in for an extension PGlite does not bundle declares, so that the schema around it still builds:
 * its type names as opaque variable-length values (text in and out, compared bytewise, with a btree operator class,
 * and a GiST one when `gist`; each convertible into the others), its schema, its index access methods (btree underneath) and its functions the
 * migrations call, which return their first arguments concatenated, typed as `returns` says.
 */
interface StandIn {
  /** The schema the real control file names (CREATE EXTENSION creates it); else the extension is relocatable. */
  readonly schema?: string;
  /** The schema its functions live in when not `schema` (pg_cron: installed in pg_catalog, functions in `cron`). */
  readonly functionSchema?: string;
  /** `any`: any modifiers (`geometry(Point, 4326)`), kept as none; `integer`: one, kept (`vector(1536)`). */
  readonly types: readonly { readonly name: string; readonly typmod?: 'any' | 'integer'; readonly gist?: boolean }[];
  /** Index access methods, with the operator class names each type has for them. */
  readonly accessMethods?: readonly { readonly name: string; readonly opclassSuffixes: readonly string[] }[];
  /** The return type of a function of this extension by its name, or undefined when the name is not one of its. */
  readonly returns: (name: string) => string | undefined;
  /**
   * Functions of the real extension declared whether or not a statement calls them: migrations call them inside
   * function bodies (`LANGUAGE sql` bodies are checked when created), which are not parsed for calls.
   */
  readonly functions?: readonly string[];
  /** Further statements of the real extension's script a migration may rely on. */
  readonly extra?: string;
}

const POSTGIS_RETURNS: readonly [RegExp, string][] = [
  [/^st_(3d)?(contains|containsproperly|covers|coveredby|crosses|disjoint|d?fullywithin|dwithin|equals|intersects|is\w+|orderingequals|overlaps|relatematch|touches|within)$/, 'boolean'],
  [/^st_(3d)?(area|azimuth|distance\w*|hausdorffdistance|length\w*|maxdistance|perimeter\w*|[xyzm]|[xyz](min|max))$/, 'double precision'],
  [/^st_(dimension|ndims|npoints|nrings|num\w+|srid|zmflag)$/, 'integer'],
  [/^st_(as(text|ewkt|geojson|kml|gml|svg|x3d|latlontext|encodedpolyline|hexewkb)|geohash|geometrytype|summary|isvalidreason)$/, 'text'],
  [/^st_(as(binary|ewkb|twkb|mvt|flatgeobuf|geobuf))$/, 'bytea'],
  [/^st_(geogfrom\w*|geographyfrom\w*)$/, 'geography'],
  [/^postgis_\w+$/, 'text'],
  [/^st_\w+$/, 'geometry'],
];

const TIMESCALEDB_FUNCTIONS: ReadonlySet<string> = new Set([
  'add_compression_policy', 'add_continuous_aggregate_policy', 'add_dimension', 'add_job', 'add_reorder_policy', 'add_retention_policy',
  'alter_job', 'compress_chunk', 'create_distributed_hypertable', 'create_hypertable', 'decompress_chunk', 'delete_job', 'drop_chunks',
  'hypertable_size', 'remove_compression_policy', 'remove_continuous_aggregate_policy', 'remove_reorder_policy', 'remove_retention_policy',
  'set_chunk_time_interval', 'set_integer_now_func', 'show_chunks', 'time_bucket', 'time_bucket_gapfill',
]);

/** The extensions Ripple knows the shape of; any other unbundled extension gets an empty stand-in. */
const STAND_INS: Readonly<Record<string, StandIn>> = {
  postgis: {
    types: [
      { name: 'geometry', typmod: 'any', gist: true },
      { name: 'geography', typmod: 'any', gist: true },
      { name: 'box2d' },
      { name: 'box3d' },
    ],
    returns: (name) => POSTGIS_RETURNS.find(([pattern]) => pattern.test(name))?.[1],
    extra: [
      'CREATE TABLE spatial_ref_sys (srid integer PRIMARY KEY CHECK (srid > 0 AND srid <= 998999), auth_name varchar(256), ' +
        'auth_srid integer, srtext varchar(2048), proj4text varchar(2048));',
      // PostGIS 3's json(geometry) and jsonb(geometry) and their casts: `USING JSONB(location)`, `location::jsonb` (here a
      // JSON string of the stand-in's text, not the GeoJSON PostGIS writes)
      ...['json', 'jsonb'].flatMap((json) => [
        `CREATE FUNCTION "${json}"(geometry) RETURNS ${json} AS 'SELECT to_${json}($1::text)' LANGUAGE sql IMMUTABLE STRICT;`,
        `CREATE CAST (geometry AS ${json}) WITH FUNCTION "${json}"(geometry);`,
      ]),
    ].join('\n'),
  },
  postgis_raster: { types: [{ name: 'raster', gist: true }], returns: () => undefined },
  postgis_topology: { schema: 'topology', types: [{ name: 'topogeometry' }], returns: () => undefined },
  // pgvecto.rs
  vectors: {
    schema: 'vectors',
    types: ['vector', 'vecf16', 'svector', 'bvector', 'veci8'].map((name) => ({ name, typmod: 'integer' as const })),
    accessMethods: [{ name: 'vectors', opclassSuffixes: ['l2_ops', 'dot_ops', 'cos_ops'] }],
    returns: () => undefined,
  },
  timescaledb: { types: [], returns: (name) => (TIMESCALEDB_FUNCTIONS.has(name) ? (name.startsWith('time_bucket') ? 'timestamp with time zone' : 'text') : undefined) },
  pg_cron: { schema: 'pg_catalog', functionSchema: 'cron', types: [], returns: () => undefined },
  // Supabase Queues: `SELECT pgmq.create('jobs')`, `pgmq.send(...)` in functions; its queue tables are made at run time.
  pgmq: {
    schema: 'pgmq',
    types: [],
    returns: () => undefined,
    functions: ['archive', 'create', 'create_partitioned', 'create_unlogged', 'delete', 'drop_queue', 'list_queues', 'metrics', 'metrics_all', 'pop', 'purge_queue', 'read', 'read_with_poll', 'send', 'send_batch', 'set_vt'],
  },
  // Supabase Vault: the secrets and the view functions read them through (`SELECT decrypted_secret FROM vault.decrypted_secrets`).
  supabase_vault: {
    schema: 'vault',
    types: [],
    returns: (name) => (name === 'create_secret' ? 'uuid' : undefined),
    extra: [
      'CREATE TABLE vault.secrets (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text UNIQUE, description text NOT NULL DEFAULT \'\', ' +
        'secret text NOT NULL, key_id uuid, nonce bytea, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());',
      'CREATE VIEW vault.decrypted_secrets AS SELECT id, name, description, secret, secret AS decrypted_secret, key_id, nonce, created_at, updated_at FROM vault.secrets;',
    ].join('\n'),
  },
};

const EMPTY_STAND_IN: StandIn = { types: [], returns: () => undefined };

/** Whether a stand-in for these extensions needs btree_gist's library (its GiST support functions). */
export function standInsNeedBtreeGist(names: readonly string[]): boolean {
  return names.some((name) => (ownEntry(STAND_INS, name)?.types ?? []).some((type) => type.gist));
}

/** The functions of `calledFunctions` that belong to the stand-in `name`: by its schema, or by its function names. */
export function standInFunctions(name: string, calledFunctions: readonly FunctionCall[]): (FunctionCall & { readonly returns: string })[] {
  const standIn = ownEntry(STAND_INS, name) ?? EMPTY_STAND_IN;
  const home = standIn.functionSchema ?? standIn.schema;
  const called = calledFunctions.flatMap((call) => {
    const [schema, bare] = call.name.includes('.') ? call.name.split('.', 2) : [undefined, call.name];
    if (schema !== undefined && schema !== home) return [];
    const returns = standIn.returns(bare!) ?? (schema !== undefined ? 'text' : undefined);
    return returns ? [{ ...call, returns }] : [];
  });
  const named = new Set(called.map((call) => call.name));
  const declared = (standIn.functions ?? [])
    .map((bare) => (home ? `${home}.${bare}` : bare))
    .filter((qualified) => !named.has(qualified))
    .map((qualified) => ({ name: qualified, arities: [0, 1], returns: standIn.returns(qualified.split('.').at(-1)!) ?? 'text' }));
  return [...called, ...declared].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The install script of the stand-in for the extension `name` (pure): see `StandIn`. `functions` are its functions
 * the migrations call (`standInFunctions`). GiST classes call btree_gist's bytea functions from its library.
 */
export function extensionStandInScript(name: string, functions: ReturnType<typeof standInFunctions>): string {
  const standIn = ownEntry(STAND_INS, name) ?? EMPTY_STAND_IN;
  const lines: string[] = standIn.functionSchema ? [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(standIn.functionSchema)};`] : [];
  const internal = (signature: string, returns: string, symbol: string) =>
    lines.push(`CREATE FUNCTION ${signature} RETURNS ${returns} AS '${symbol}' LANGUAGE internal IMMUTABLE STRICT;`);
  for (const { name: type, typmod, gist } of standIn.types) {
    const t = quoteIdent(type);
    const fn = (suffix: string) => quoteIdent(`${type}_stand_in_${suffix}`);
    lines.push(`CREATE TYPE ${t};`);
    internal(`${fn('in')}(cstring)`, t, 'textin');
    internal(`${fn('out')}(${t})`, 'cstring', 'textout');
    if (typmod) {
      internal(`${fn('typmod_in')}(cstring[])`, 'integer', typmod === 'integer' ? 'varchartypmodin' : 'array_ndims');
      internal(`${fn('typmod_out')}(integer)`, 'cstring', 'varchartypmodout');
    }
    const modifiers = typmod ? `, TYPMOD_IN = ${fn('typmod_in')}, TYPMOD_OUT = ${fn('typmod_out')}` : '';
    lines.push(`CREATE TYPE ${t} (INPUT = ${fn('in')}, OUTPUT = ${fn('out')}${modifiers}, INTERNALLENGTH = VARIABLE, STORAGE = extended);`);
    const operators = [['<', 'lt', 'bytealt'], ['<=', 'le', 'byteale'], ['=', 'eq', 'byteaeq'], ['>=', 'ge', 'byteage'], ['>', 'gt', 'byteagt']] as const;
    for (const [operator, suffix, symbol] of operators) {
      internal(`${fn(suffix)}(${t}, ${t})`, 'boolean', symbol);
      lines.push(`CREATE OPERATOR ${operator} (LEFTARG = ${t}, RIGHTARG = ${t}, FUNCTION = ${fn(suffix)});`);
    }
    internal(`${fn('cmp')}(${t}, ${t})`, 'integer', 'byteacmp');
    const btreeBody = `OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 ${fn('cmp')}(${t}, ${t})`;
    lines.push(`CREATE OPERATOR CLASS ${fn('btree_ops')} DEFAULT FOR TYPE ${t} USING btree AS ${btreeBody};`);
    if (gist) {
      const c = (signature: string, returns: string, symbol: string) =>
        lines.push(`CREATE FUNCTION ${signature} RETURNS ${returns} AS '$libdir/btree_gist', '${symbol}' LANGUAGE C IMMUTABLE STRICT;`);
      c(`${fn('consistent')}(internal, ${t}, int2, oid, internal)`, 'boolean', 'gbt_bytea_consistent');
      c(`${fn('union')}(internal, internal)`, 'internal', 'gbt_bytea_union');
      c(`${fn('compress')}(internal)`, 'internal', 'gbt_bytea_compress');
      c(`${fn('decompress')}(internal)`, 'internal', 'gbt_var_decompress');
      c(`${fn('penalty')}(internal, internal, internal)`, 'internal', 'gbt_bytea_penalty');
      c(`${fn('picksplit')}(internal, internal)`, 'internal', 'gbt_bytea_picksplit');
      c(`${fn('same')}(${t}, ${t}, internal)`, 'internal', 'gbt_bytea_same');
      lines.push(
        `CREATE OPERATOR CLASS ${fn('gist_ops')} DEFAULT FOR TYPE ${t} USING gist AS OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, ` +
          `OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 ${fn('consistent')}(internal, ${t}, int2, oid, internal), ` +
          `FUNCTION 2 ${fn('union')}(internal, internal), FUNCTION 3 ${fn('compress')}(internal), FUNCTION 4 ${fn('decompress')}(internal), ` +
          `FUNCTION 5 ${fn('penalty')}(internal, internal, internal), FUNCTION 6 ${fn('picksplit')}(internal, internal), ` +
          `FUNCTION 7 ${fn('same')}(${t}, ${t}, internal);`,
      );
    }
  }
  // `location::geography`, `bbox::box2d`: the types of one extension convert into each other (the bytes as they are)
  for (const { name: from } of standIn.types) {
    for (const { name: to } of standIn.types) {
      if (from !== to) lines.push(`CREATE CAST (${quoteIdent(from)} AS ${quoteIdent(to)}) WITHOUT FUNCTION AS ASSIGNMENT;`);
    }
  }
  for (const method of standIn.accessMethods ?? []) {
    lines.push(`CREATE ACCESS METHOD ${quoteIdent(method.name)} TYPE INDEX HANDLER pg_catalog.bthandler;`);
    for (const { name: type } of standIn.types) {
      for (const suffix of method.opclassSuffixes) {
        const t = quoteIdent(type);
        lines.push(
          `CREATE OPERATOR CLASS ${quoteIdent(`${type}_${suffix}`)} FOR TYPE ${t} USING ${quoteIdent(method.name)} AS OPERATOR 1 <, OPERATOR 2 <=, ` +
            `OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 ${quoteIdent(`${type}_stand_in_cmp`)}(${t}, ${t});`,
        );
      }
    }
  }
  if (standIn.extra) lines.push(standIn.extra);
  for (const { name: called, arities, returns } of functions) {
    const qualified = called.split('.').map(quoteIdent).join('.');
    // concat() ignores its arguments' types: a call of any arguments resolves, and returns a value of the named type
    if (arities.includes(0)) lines.push(`CREATE FUNCTION ${qualified}() RETURNS ${returns} AS 'text_concat' LANGUAGE internal IMMUTABLE;`);
    if (arities.some((arity) => arity > 0)) lines.push(`CREATE FUNCTION ${qualified}(VARIADIC "any") RETURNS ${returns} AS 'text_concat' LANGUAGE internal IMMUTABLE;`);
  }
  return `${lines.join('\n')}\n`;
}

/** The control file of a stand-in: version 0, in its real schema or relocatable. */
export function extensionStandInControl(name: string): string {
  const schema = ownEntry(STAND_INS, name)?.schema;
  const placement = schema ? `relocatable = false\nschema = ${schema}\n` : 'relocatable = true\n';
  return `comment = 'Ripple stand-in: the embedded PGlite does not bundle ${name}'\ndefault_version = '0'\n${placement}superuser = true\n`;
}

/**
 * Writes a stand-in for each extension into PGlite's extension directory, so that the migrations' own CREATE
 * EXTENSION installs it, and says so: one `migration/extension-stand-in` diagnostic each, at its CREATE EXTENSION.
 */
export function installExtensionStandIns(
  db: PGlite,
  extensions: readonly ExtensionSite[],
  calledFunctions: readonly FunctionCall[],
): Diagnostic[] {
  if (extensions.length === 0) return [];
  const mod = (db as unknown as { mod?: { FS: { writeFile(path: string, data: string): void }; WASM_PREFIX?: string } }).mod;
  if (!mod) return [];
  const directory = `${mod.WASM_PREFIX ?? '/pglite'}/share/postgresql/extension`;
  return extensions.map(({ name, location }) => {
    const functions = standInFunctions(name, calledFunctions);
    mod.FS.writeFile(`${directory}/${name}.control`, extensionStandInControl(name));
    mod.FS.writeFile(`${directory}/${name}--0.sql`, extensionStandInScript(name, functions));
    return { kind: 'diagnostic', code: 'migration/extension-stand-in', message: standInMessage(name, functions.map((fn) => fn.name)), location };
  });
}

function standInMessage(name: string, functions: readonly string[]): string {
  const standIn = ownEntry(STAND_INS, name);
  const types = standIn?.types.map((type) => type.name) ?? [];
  const parts = [
    types.length > 0 ? `its types ${types.join(', ')} as opaque values` : undefined,
    standIn?.accessMethods?.length ? `its index methods ${standIn.accessMethods.map((method) => method.name).join(', ')} as btree` : undefined,
    functions.length > 0 ? `the functions the migrations call (${functions.join(', ')}) returning placeholders` : undefined,
  ].filter((part) => part !== undefined);
  const what = parts.length > 0 ? `a stand-in declares ${parts.join('; ')}` : 'an empty stand-in is installed (Ripple does not know its objects)';
  return `extension "${name}" is not bundled with the embedded PGlite: ${what}; columns, indexes and constraints on them are kept, values and function results are not real`;
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
