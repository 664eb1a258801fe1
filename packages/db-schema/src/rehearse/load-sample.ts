import type { PGlite } from '@electric-sql/pglite';
import { RippleError, type SchemaSnapshot } from '@ripple/model';
import { planSample, type Combination, type TablePlan } from './plan-sample.js';
import { distinctLiteral, drawnLiteral, mix, NULL_SHARE, quoteIdent, quoteLiteral } from './sample-values.js';

/** `--sample N` takes 1 to this many rows per table. */
export const MAX_SAMPLE_ROWS = 100_000;
/** Rounds of fresh values for the rows PostgreSQL rejected (a CHECK, a repeat, a trigger) before a table gets fewer. */
const MAX_ROUNDS = 6;
/** Rows drawn for a table in all rounds, at most this many times the rows asked: the cost stays linear. */
const MAX_DRAWN = 8;
/** Rows per INSERT: about this many values per statement. */
const VALUES_PER_STATEMENT = 20_000;

/** A table the sample could not fill, or filled with fewer rows than asked: its `schema.table` and why. */
export interface SampleProblem {
  readonly table: string;
  readonly code: 'data-sample/table-skipped' | 'data-sample/fewer-rows' | 'data-sample/foreign-key-unset';
  readonly message: string;
}

export interface LoadedSample {
  /** Rows the sample inserted, by `schema.table` (tables with none left out). */
  readonly inserted: Readonly<Record<string, number>>;
  readonly problems: readonly SampleProblem[];
}

/** The text of each row's referenced columns (a list per foreign key target), and where each row is. */
interface TableRows {
  readonly keys: Map<string, (readonly string[])[]>;
  /** `tableoid`, `ctid` of each inserted row, in insertion order: where the deferred keys are set. */
  readonly places: (readonly [string, string])[];
}

export function assertSampleRows(rows: number): void {
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_SAMPLE_ROWS) {
    throw new RippleError('usage/bad-option', `--sample must be a whole number of rows per table from 1 to ${MAX_SAMPLE_ROWS} (got ${rows})`);
  }
}

/**
 * `rows` generated rows in every table of the base schema (`planSample`), parents first, each table in batches of
 * `INSERT ... SELECT ... FROM (VALUES ...) WHERE <its CHECKs> ON CONFLICT DO NOTHING RETURNING <its keys>`: a row a
 * CHECK rejects or that repeats a unique key is left out and drawn again with fresh values (bounded rounds); a batch
 * PostgreSQL refuses for another reason (a trigger, a domain) goes row by row. Deterministic: a value depends only
 * on the table, the column and the row's index. Then the keys of cycles, by UPDATE.
 */
export async function loadSample(db: PGlite, snapshot: SchemaSnapshot, rows: number): Promise<LoadedSample> {
  assertSampleRows(rows);
  const plan = planSample(snapshot);
  const loaded = new Map<string, TableRows>();
  const inserted: Record<string, number> = {};
  const problems: SampleProblem[] = [];
  for (const table of plan.tables) {
    const result = await fillTable(db, table, rows, loaded);
    if (result.skipped !== undefined) {
      problems.push({ table: table.key, code: 'data-sample/table-skipped', message: `${table.key}: no sample rows: ${result.skipped}` });
      continue;
    }
    loaded.set(table.key, result.rows);
    if (result.count > 0) inserted[table.key] = result.count;
    if (result.count < rows) {
      problems.push({ table: table.key, code: 'data-sample/fewer-rows', message: `${table.key}: ${result.count} of ${rows} sample rows: ${result.why}` });
    }
  }
  for (const table of plan.tables) {
    const rowsOf = loaded.get(table.key);
    if (table.deferred.length === 0 || !rowsOf || rowsOf.places.length === 0) continue;
    const problem = await setDeferredKeys(db, table, rowsOf, loaded);
    if (problem !== undefined) problems.push(problem);
  }
  return { inserted, problems };
}

interface Filled {
  readonly rows: TableRows;
  readonly count: number;
  readonly why: string;
  readonly skipped?: string;
}

async function fillTable(db: PGlite, table: TablePlan, asked: number, loaded: ReadonlyMap<string, TableRows>): Promise<Filled> {
  const rows: TableRows = { keys: new Map(table.referenced.map((columns) => [columns.join('\0'), []])), places: [] };
  const none = (skipped: string): Filled => ({ rows, count: 0, why: skipped, skipped });
  if (table.skipped !== undefined) return none(table.skipped);
  const parentKeys = table.foreignKeys.map((fk) => loaded.get(fk.parent)?.keys.get(fk.parentColumns.join('\0')) ?? []);
  for (const [index, fk] of table.foreignKeys.entries()) {
    if (parentKeys[index]!.length === 0 && !fk.nullable) return none(`its NOT NULL foreign key ${fk.name} references ${fk.parent}, which has no sample rows`);
  }
  const sizes = table.combinations.map((combination) => combinationSizes(combination, parentKeys));
  const capacity = Math.min(asked, ...sizes.map((size) => size.reduce((product, n) => product * n, 1)));
  const capped = capacity < asked ? table.combinations.find((_, at) => sizes[at]!.reduce((product, n) => product * n, 1) === capacity) : undefined;
  const columnList = table.columns.map((column) => quoteIdent(column.name));
  const returning = [
    ...(table.deferred.length > 0 ? ['tableoid::oid::text', 'ctid::text'] : []),
    ...table.referenced.flatMap((columns) => columns.map((column) => `${quoteIdent(column)}::text`)),
  ];
  const where = table.checks.length > 0 ? ` WHERE ${table.checks.map((check) => `(${check}) IS NOT FALSE`).join(' AND ')}` : '';
  // A table whose every column the database fills: `INSERT INTO t SELECT FROM ...` gives each row its defaults.
  const head = columnList.length > 0 ? `INSERT INTO ${table.sqlName} (${columnList.join(', ')}) SELECT ${columnList.join(', ')} FROM (VALUES ` : `INSERT INTO ${table.sqlName} SELECT FROM (VALUES `;
  const tail = (limit: string) => `) AS v("__ripple_row"${columnList.map((column) => `, ${column}`).join('')})${where}${limit} ON CONFLICT DO NOTHING RETURNING ${returning.length > 0 ? returning.join(', ') : 'NULL'}`;
  const perStatement = Math.max(1, Math.min(1000, Math.floor(VALUES_PER_STATEMENT / Math.max(1, table.columns.length + 1))));
  let count = 0;
  let next = 0;
  let firstError: string | undefined;
  const keep = (returned: readonly (readonly string[])[]) => {
    for (const row of returned) {
      let at = 0;
      if (table.deferred.length > 0) {
        rows.places.push([row[0]!, row[1]!]);
        at = 2;
      }
      for (const columns of table.referenced) {
        const values = row.slice(at, at + columns.length);
        at += columns.length;
        if (values.every((value) => value !== null)) rows.keys.get(columns.join('\0'))!.push(values);
      }
    }
    count += returned.length;
  };
  // Rows a CHECK or a repeat rejects are drawn again: each round draws what is missing divided by the share the last
  // round kept (a LIMIT stops at the target), within MAX_DRAWN times the target in all.
  let kept = 1;
  for (let round = 0; round < MAX_ROUNDS && count < capacity && next < MAX_DRAWN * capacity; round += 1) {
    const before = count;
    const want = Math.min(Math.ceil((capacity - count) / Math.max(kept, 0.05)), MAX_DRAWN * capacity - next);
    const first = next;
    for (let from = 0; from < want && count < capacity; from += perStatement) {
      const batch: string[] = [];
      const end = Math.min(want, from + perStatement);
      for (let row = from; row < end; row += 1, next += 1) {
        const values = rowLiterals(table, next, parentKeys, sizes);
        if (values !== undefined) batch.push(`(${[String(next), ...values].join(', ')})`);
      }
      if (batch.length === 0) continue;
      const limit = ` LIMIT ${capacity - count}`;
      try {
        keep((await db.query<string[]>(`${head}${batch.join(', ')}${tail(limit)}`, [], { rowMode: 'array' })).rows);
      } catch {
        // One row PostgreSQL refuses (a trigger, a domain's check) fails the statement: go row by row.
        for (const values of batch) {
          if (count >= capacity) break;
          try {
            keep((await db.query<string[]>(`${head}${values}${tail('')}`, [], { rowMode: 'array' })).rows);
          } catch (error) {
            firstError ??= (error as Error).message;
          }
        }
      }
    }
    kept = (count - before) / Math.max(1, next - first);
    if (count === before) break;
  }
  const why = capped
    ? `the UNIQUE ${capped.name} over few-valued columns and foreign keys allows ${capacity} distinct rows`
    : `PostgreSQL rejected the rest of ${next} drawn rows (a CHECK, a repeated unique key, a value out of the type's range${firstError ? `; first error: ${firstError}` : ''})`;
  return { rows, count, why };
}

/** The values of one row in the order of `table.columns`, or undefined when the row cannot be made (a type's range is spent). */
function rowLiterals(table: TablePlan, index: number, parentKeys: readonly (readonly (readonly string[])[])[], sizes: readonly (readonly number[])[]): string[] | undefined {
  const fromKeys = new Map<string, string>();
  for (const [at, fk] of table.foreignKeys.entries()) {
    const keys = parentKeys[at]!;
    let picked: readonly string[] | undefined;
    if (fk.combination !== undefined) picked = keys[combinationDigit(table.combinations[fk.combination]!, sizes[fk.combination]!, index, (member) => member.kind === 'foreign-key' && member.index === at)];
    else if (keys.length > 0 && !(fk.nullable && unit(mix(fk.hash, index)) < NULL_SHARE)) picked = keys[mix(mix(fk.hash, index), 1) % keys.length];
    fk.columns.forEach((column, position) => {
      if (!fromKeys.has(column)) fromKeys.set(column, picked ? `${quoteLiteral(picked[position]!)}::${fk.casts[position]!}` : `NULL::${fk.casts[position]!}`);
    });
  }
  const values: string[] = [];
  for (const column of table.columns) {
    switch (column.source) {
      case 'foreign-key':
        values.push(fromKeys.get(column.name) ?? `NULL::${column.cast}`);
        break;
      case 'combination': {
        const combination = table.combinations[column.combination]!;
        values.push(column.values[combinationDigit(combination, sizes[column.combination]!, index, (member) => member.kind === 'values' && member.column === column.name)] ?? 'NULL');
        break;
      }
      case 'null':
        values.push(`NULL::${column.type.cast}`);
        break;
      default: {
        const hash = mix(column.hash, index);
        if (column.nullable && unit(hash) < NULL_SHARE) values.push(`NULL::${column.type.cast}`);
        else if (column.source === 'drawn') values.push(drawnLiteral(column.type, mix(hash, 7)));
        else {
          const value = distinctLiteral(column.type, index, column.hash);
          if (value === undefined) return undefined;
          values.push(value);
        }
      }
    }
  }
  return values;
}

const unit = (hash: number) => hash / 2 ** 32;

function combinationSizes(combination: Combination, parentKeys: readonly (readonly unknown[])[]): number[] {
  return combination.members.map((member) => (member.kind === 'values' ? member.values.length : parentKeys[member.index]!.length));
}

/** Row `index`'s digit for one member: the combinations in mixed radix, the first member changing fastest. */
function combinationDigit(combination: Combination, sizes: readonly number[], index: number, isMember: (member: Combination['members'][number]) => boolean): number {
  let rest = index;
  for (const [at, member] of combination.members.entries()) {
    const size = Math.max(1, sizes[at]!);
    if (isMember(member)) return rest % size;
    rest = Math.floor(rest / size);
  }
  return 0;
}

/** The nullable keys of a cycle or to the table itself, set on 90% of rows (a row of its own table: an earlier one). */
async function setDeferredKeys(db: PGlite, table: TablePlan, rowsOf: TableRows, loaded: ReadonlyMap<string, TableRows>): Promise<SampleProblem | undefined> {
  const columns = table.deferred.flatMap((fk) => fk.columns.map((column, at) => ({ column, cast: fk.casts[at]! })));
  const list = columns.map((column) => quoteIdent(column.column));
  const head = `UPDATE ${table.sqlName} AS t SET ${list.map((column) => `${column} = v.${column}`).join(', ')} FROM (VALUES `;
  const tail = `) AS v("__ripple_tableoid", "__ripple_ctid", ${list.join(', ')}) WHERE t.tableoid = v."__ripple_tableoid" AND t.ctid = v."__ripple_ctid"`;
  const perStatement = Math.max(1, Math.min(1000, Math.floor(VALUES_PER_STATEMENT / (columns.length + 2))));
  let failed = 0;
  let firstError: string | undefined;
  for (let from = 0; from < rowsOf.places.length; from += perStatement) {
    const batch: string[] = [];
    for (let row = from; row < Math.min(rowsOf.places.length, from + perStatement); row += 1) {
      const [tableoid, ctid] = rowsOf.places[row]!;
      const values = table.deferred.flatMap((fk) => {
        const keys = loaded.get(fk.parent)?.keys.get(fk.parentColumns.join('\0')) ?? [];
        // The table itself: only rows inserted before this one, so the references make trees, not loops.
        const choices = fk.parent === table.key ? Math.min(row, keys.length) : keys.length;
        const hash = mix(fk.hash, row);
        const picked = choices > 0 && unit(hash) >= NULL_SHARE ? keys[mix(hash, 1) % choices] : undefined;
        return fk.casts.map((cast, at) => (picked ? `${quoteLiteral(picked[at]!)}::${cast}` : `NULL::${cast}`));
      });
      batch.push(`(${tableoid}::oid, ${quoteLiteral(ctid)}::tid, ${values.join(', ')})`);
    }
    try {
      await db.query(`${head}${batch.join(', ')}${tail}`);
    } catch {
      for (const values of batch) {
        try {
          await db.query(`${head}${values}${tail}`);
        } catch (error) {
          failed += 1;
          firstError ??= (error as Error).message;
        }
      }
    }
  }
  return failed === 0
    ? undefined
    : { table: table.key, code: 'data-sample/foreign-key-unset', message: `${table.key}: ${table.deferred.map((fk) => fk.name).join(', ')} left NULL on ${failed} of ${rowsOf.places.length} sample rows: ${firstError}` };
}
