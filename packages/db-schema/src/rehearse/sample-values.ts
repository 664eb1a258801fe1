import { ownEntry } from '@ripple/model';
import { unquoteName, type TypeCatalog } from '../introspect/type-catalog.js';

/**
 * What a column's type lets the sample write, read from the type as `format_type` prints it (`numeric(12,2)`,
 * `character varying(255)[]`, `public."Role"`) with the snapshot's enums and domains. `cast` is the type a literal is
 * cast to (a domain's base type: the domain's checks are the insert's to apply, so one bad value never fails a
 * whole batch as a cast would).
 */
export type SampleType =
  | { readonly kind: 'integer'; readonly cast: string; readonly max: number }
  | { readonly kind: 'numeric'; readonly cast: string; readonly max: number; readonly scale: number }
  | { readonly kind: 'float' | 'money' | 'boolean' | 'uuid' | 'json' | 'date' | 'timestamp' | 'time' | 'interval' | 'inet' | 'cidr' | 'macaddr' | 'bytea' | 'tsvector' | 'xml' | 'point'; readonly cast: string }
  | { readonly kind: 'text'; readonly cast: string; readonly length?: number; readonly email: boolean }
  | { readonly kind: 'bit'; readonly cast: string; readonly length: number; readonly varying: boolean }
  | { readonly kind: 'enum'; readonly cast: string; readonly labels: readonly string[] }
  | { readonly kind: 'array'; readonly cast: string; readonly element: SampleType }
  /** Text a CHECK's regular expression (`~ '^#[0-9a-f]{6}$'`) accepts: one character set per position. */
  | { readonly kind: 'pattern'; readonly cast: string; readonly atoms: readonly PatternAtom[] }
  | { readonly kind: 'unknown'; readonly cast: string };

export interface ResolvedType {
  readonly type: SampleType;
  /** A domain's NOT NULL. */
  readonly notNull: boolean;
  /** A domain's CHECKs with `VALUE` for the column, ready for a WHERE clause. */
  readonly checks: readonly string[];
}

const INTEGER_MAX: Readonly<Record<string, number>> = { smallint: 32_767, integer: 2_147_483_647, bigint: Number.MAX_SAFE_INTEGER, oid: 4_294_967_295 };
const SIMPLE: Readonly<Record<string, Exclude<SampleType['kind'], 'integer' | 'numeric' | 'text' | 'bit' | 'enum' | 'array' | 'pattern' | 'unknown'>>> = {
  real: 'float',
  'double precision': 'float',
  money: 'money',
  boolean: 'boolean',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'json',
  date: 'date',
  interval: 'interval',
  inet: 'inet',
  cidr: 'cidr',
  macaddr: 'macaddr',
  macaddr8: 'macaddr',
  bytea: 'bytea',
  tsvector: 'tsvector',
  xml: 'xml',
  point: 'point',
};
/** Bound the largest generated number so sums and products in CHECKs and backfills stay far from overflow. */
const LARGEST = 1_000_000_000;
/** A domain over a domain over ...: bounded. */
const DOMAIN_DEPTH = 8;

/**
 * The type of a column printed as `typeText`, with `columnName` (an email column gets email-shaped text), narrowed
 * by the column's own CHECKs (`columnChecks`, as `pg_get_constraintdef` prints them) and its domains': a list of
 * allowed values (`IN (...)`, printed `= ANY (ARRAY[...])`) draws from the list, a simple regular expression
 * (`~ '^#[0-9a-f]{6}$'`) draws text it accepts.
 */
export function resolveType(typeText: string, columnName: string, catalog: TypeCatalog, columnChecks: readonly string[] = []): ResolvedType {
  const checks: string[] = [];
  const definitions = [...columnChecks];
  let notNull = false;
  let text = typeText;
  for (let depth = 0; depth < DOMAIN_DEPTH; depth += 1) {
    const domain = catalog.domains.get(unquoteName(text));
    if (!domain) break;
    notNull ||= !domain.nullable;
    for (const check of domain.checks) {
      checks.push(domainCheck(check.definition, columnName));
      definitions.push(check.definition);
    }
    text = domain.type;
  }
  const type = plainType(text, columnName, catalog);
  return { type: type.kind === 'unknown' ? type : narrowByChecks(type, definitions), notNull, checks };
}

/** The first CHECK that names its allowed values or a pattern narrows the type; others are left to the insert's WHERE. */
function narrowByChecks(type: SampleType, definitions: readonly string[]): SampleType {
  for (const definition of definitions) {
    if (/\bNOT\b|\bOR\b|<>|!~/i.test(definition.replace(/'(?:[^']|'')*'/g, "''"))) continue;
    const list = /=\s*ANY\s*\(\(?ARRAY\[(.*)\]/s.exec(definition);
    if (list) {
      const labels = [...list[1]!.matchAll(/'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)/g)].map((match) => (match[1] !== undefined ? match[1].replaceAll("''", "'") : match[2]!));
      if (labels.length > 0) return { kind: 'enum', cast: type.cast, labels };
    }
    const regex = /~\*?\s*'((?:[^']|'')*)'/.exec(definition);
    const atoms = regex && (type.kind === 'text' || type.kind === 'pattern') ? patternAtoms(regex[1]!.replaceAll("''", "'")) : undefined;
    if (atoms) return { kind: 'pattern', cast: type.cast, atoms };
  }
  return type;
}

/** One position of a pattern: the characters it takes and how many times (`min` to `max`). */
export interface PatternAtom {
  readonly chars: string;
  readonly min: number;
  readonly max: number;
}

const CLASS_ESCAPES: Readonly<Record<string, string>> = { d: '0123456789', w: 'abcdefghijklmnopqrstuvwxyz0123456789_', s: ' ' };

/**
 * A regular expression of literals, escapes (`\d`, `\w`, `\.`), bracket sets with ranges, `.` and quantifiers
 * (`?`, `*`, `+`, `{n}`, `{n,m}`) as atoms; undefined for anything else (groups, alternation, negated sets), whose
 * rows the insert's WHERE then filters.
 */
export function patternAtoms(pattern: string): PatternAtom[] | undefined {
  const atoms: PatternAtom[] = [];
  let at = 0;
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  while (at < body.length) {
    const char = body[at]!;
    let chars: string;
    if (char === '\\') {
      const next = body[at + 1];
      if (next === undefined) return undefined;
      chars = CLASS_ESCAPES[next] ?? (/[a-zA-Z0-9]/.test(next) ? '' : next);
      at += 2;
    } else if (char === '[') {
      const close = body.indexOf(']', at + 2);
      if (close === -1 || body[at + 1] === '^') return undefined;
      chars = bracketChars(body.slice(at + 1, close));
      at = close + 1;
    } else if ('()|^$'.includes(char)) return undefined;
    else {
      chars = char === '.' ? 'abcdefghijklmnopqrstuvwxyz' : char;
      at += 1;
    }
    if (chars === '') return undefined;
    const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})/.exec(body.slice(at));
    let min = 1;
    let max = 1;
    if (quantifier) {
      at += quantifier[0].length;
      const [text, from, comma, to] = quantifier;
      if (text === '?') [min, max] = [0, 1];
      else if (text === '*') [min, max] = [0, 3];
      else if (text === '+') [min, max] = [1, 4];
      else {
        min = Number(from);
        max = comma === undefined ? min : to === '' || to === undefined ? min + 3 : Number(to);
      }
    }
    if (max < min || max > 1000) return undefined;
    atoms.push({ chars, min, max });
  }
  return atoms;
}

function bracketChars(set: string): string {
  let chars = '';
  for (let at = 0; at < set.length; at += 1) {
    let char = set[at]!;
    if (char === '\\' && at + 1 < set.length) {
      at += 1;
      char = set[at]!;
      const escaped = CLASS_ESCAPES[char];
      if (escaped) {
        chars += escaped;
        continue;
      }
    }
    if (set[at + 1] === '-' && at + 2 < set.length) {
      const to = set.charCodeAt(at + 2);
      for (let code = char.charCodeAt(0); code <= to && chars.length < 256; code += 1) chars += String.fromCharCode(code);
      at += 2;
    } else chars += char;
  }
  return chars;
}

function patternText(atoms: readonly PatternAtom[], hash: number): string {
  let text = '';
  let state = hash;
  for (const atom of atoms) {
    state = mix(state, 11);
    const count = atom.min + (state % (atom.max - atom.min + 1));
    for (let at = 0; at < count; at += 1) {
      state = mix(state, at);
      text += atom.chars[state % atom.chars.length];
    }
  }
  return text;
}

function plainType(text: string, columnName: string, catalog: TypeCatalog): SampleType {
  if (text.endsWith('[]')) {
    const element = plainType(text.replace(/(\[\])+$/, ''), columnName, catalog);
    return element.kind === 'unknown' ? { kind: 'unknown', cast: text } : { kind: 'array', cast: text, element };
  }
  const labels = catalog.enums.get(unquoteName(text));
  if (labels) return labels.length > 0 ? { kind: 'enum', cast: text, labels } : { kind: 'unknown', cast: text };
  const match = /^([a-z" ]+?)(?:\((\d+)(?:,(\d+))?\))?( with(?:out)? time zone)?$/.exec(text);
  const name = `${match?.[1] ?? text}${match?.[4] ?? ''}`;
  const first = match?.[2] === undefined ? undefined : Number(match[2]);
  const second = match?.[3] === undefined ? 0 : Number(match[3]);
  const integerMax = ownEntry(INTEGER_MAX, name);
  if (integerMax !== undefined) return { kind: 'integer', cast: text, max: integerMax };
  if (name === 'numeric') return { kind: 'numeric', cast: text, max: first === undefined ? LARGEST : Math.min(LARGEST, 10 ** (first - second) - 1), scale: Math.min(second, 6) };
  if (name === 'text' || name === 'character varying' || name === 'citext' || name === 'name') return { kind: 'text', cast: text, ...(first !== undefined ? { length: first } : name === 'name' ? { length: 63 } : {}), email: /e_?mail/i.test(columnName) };
  if (name === 'character' || name === '"char"') return { kind: 'text', cast: text, length: first ?? 1, email: false };
  if (name === 'bit' || name === 'bit varying') return { kind: 'bit', cast: text, length: first ?? (name === 'bit' ? 1 : 8), varying: name === 'bit varying' };
  if (name.startsWith('timestamp')) return { kind: 'timestamp', cast: text };
  if (name.startsWith('time')) return { kind: 'time', cast: text };
  const simple = ownEntry(SIMPLE, name);
  return simple ? { kind: simple, cast: text } : { kind: 'unknown', cast: text };
}

/** `CHECK ((VALUE > 0))` -> `((price > 0))`: `VALUE` outside quotes becomes the column. */
function domainCheck(definition: string, column: string): string {
  const body = definition.replace(/^CHECK\s*/i, '').replace(/\s+NOT VALID$/i, '');
  let out = '';
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at]!;
    if (char === "'" || char === '"') {
      const close = body.indexOf(char, at + 1);
      const end = close === -1 ? body.length : close + 1;
      out += body.slice(at, end);
      at = end - 1;
    } else if (body.startsWith('VALUE', at) && !/\w/.test(body[at - 1] ?? '') && !/\w/.test(body[at + 5] ?? '')) {
      out += quoteIdent(column);
      at += 4;
    } else out += char;
  }
  return out;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A 32-bit hash of a string (FNV-1a): the seed of one column's values. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/** Two 32-bit numbers mixed into one (murmur3's finaliser): the same input, the same output, on every run. */
export function mix(a: number, b: number): number {
  let hash = Math.imul((a ^ Math.imul(b, 0x9e3779b1)) >>> 0, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const unit = (hash: number) => hash / 2 ** 32;

/**
 * The distribution of a value the sample draws (docs/migration-lint.md, "--sample"): of a nullable column 10% NULL;
 * 20% one of five common values (so values repeat and a new UNIQUE index has duplicates to find; text's common values
 * include 'abc', '' and 'N/A', which no number cast accepts); the rest spread wide (text half digits, half words).
 */
export const NULL_SHARE = 0.1;
export const COMMON_SHARE = 0.2;
const COMMON_COUNT = 5;

/** Distinct draws: the value for row `index` that no other index gives, or undefined past the type's range. */
export function distinctLiteral(type: SampleType, index: number, hash: number): string | undefined {
  const n = index + 1;
  switch (type.kind) {
    case 'integer':
      return n <= type.max ? `${n}::${type.cast}` : undefined;
    case 'numeric':
      return n <= type.max ? `${n}::${type.cast}` : undefined;
    case 'float':
    case 'money':
      return `${n}.5::${type.cast}`;
    case 'text': {
      const word = type.email ? `user${n}@example.com` : `${WORDS[hash % WORDS.length]}-${n}`;
      if (type.length === undefined || word.length <= type.length) return cast(word, type.cast);
      const short = n.toString(36);
      return short.length <= type.length ? cast(short, type.cast) : undefined;
    }
    case 'uuid':
      return cast(uuid(hash, n), type.cast);
    case 'date':
      return n <= 2_000_000 ? cast(isoDate(Date.UTC(2000, 0, 1) + n * 86_400_000), type.cast) : undefined;
    case 'timestamp':
      return cast(isoTimestamp(Date.UTC(2020, 0, 1) + n * 1000), type.cast);
    case 'time':
      return n < 86_400 ? cast(isoTime(n), type.cast) : undefined;
    case 'interval':
      return cast(`${n} seconds`, type.cast);
    case 'inet':
    case 'cidr':
      return n < 2 ** 24 ? cast(`10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}${type.kind === 'cidr' ? '/32' : ''}`, type.cast) : undefined;
    case 'macaddr':
      return cast(macaddr(n), type.cast);
    case 'bytea':
      return cast(`\\x${n.toString(16).padStart(8, '0')}`, type.cast);
    case 'json':
      return cast(`{"n": ${n}}`, type.cast);
    case 'xml':
      return cast(`<v>${n}</v>`, type.cast);
    case 'tsvector':
      return cast(`w${n}`, type.cast);
    case 'point':
      return cast(`(${n},${n})`, type.cast);
    case 'bit':
      return n < 2 ** Math.min(type.length, 30) ? cast(n.toString(2).padStart(type.length, '0').slice(-type.length), type.cast) : undefined;
    case 'pattern':
      // Nearly always distinct where the pattern allows many values; a repeat is dropped by ON CONFLICT and drawn again.
      return cast(patternText(type.atoms, mix(hash, n)), type.cast);
    case 'array': {
      const element = distinctLiteral(type.element, index, hash);
      return element === undefined ? undefined : `ARRAY[${element}]::${type.cast}`;
    }
    case 'enum':
    case 'boolean':
    case 'unknown':
      return undefined;
  }
}

/** How many distinct values a type has, when few (enums, booleans): a UNIQUE over only such columns caps the rows. */
export function finiteValues(type: SampleType): readonly string[] | undefined {
  if (type.kind === 'boolean') return ['false', 'true'];
  if (type.kind === 'enum') return type.labels.map((label) => cast(label, type.cast));
  return undefined;
}

/** A drawn value (NULLs are the caller's): common or spread, from `hash`. */
export function drawnLiteral(type: SampleType, hash: number): string {
  const common = unit(hash) < COMMON_SHARE / (1 - NULL_SHARE);
  const pick = mix(hash, 1);
  const k = common ? pick % COMMON_COUNT : pick;
  switch (type.kind) {
    case 'integer': {
      const value = common ? [0, 1, 2, 42, -1][k]! : 1 + (pick % Math.min(type.max, 1_000_000));
      return `${Math.min(value, type.max)}::${type.cast}`;
    }
    case 'numeric': {
      const scaleFactor = 10 ** type.scale;
      const value = common ? [0, 1, 10, 99, -1][k]! : Math.round(unit(pick) * Math.min(type.max, 100_000) * scaleFactor) / scaleFactor;
      return `${Math.min(value, type.max).toFixed(type.scale)}::${type.cast}`;
    }
    case 'float':
    case 'money':
      return `${common ? [0, 1, 0.5, 100, -1][k]! : Math.round(unit(pick) * 1_000_000) / 100}::${type.cast}`;
    case 'text': {
      const text = common
        ? (type.email ? ['dup@example.com', 'DUP@example.com', '', 'N/A', 'abc'] : COMMON_TEXT)[k]!
        : type.email
          ? `user${pick % 1_000_000}@example.com`
          : pick % 2 === 0
            ? `${pick % 100_000}`
            : `${WORDS[pick % WORDS.length]} ${WORDS[mix(pick, 2) % WORDS.length]}`;
      return cast(type.length === undefined ? text : text.slice(0, type.length), type.cast);
    }
    case 'boolean':
      return pick % 2 === 0 ? 'true' : 'false';
    case 'enum':
      return cast(type.labels[(common ? 0 : pick) % type.labels.length]!, type.cast);
    case 'uuid':
      return cast(uuid(common ? k : pick, common ? k : mix(pick, 3)), type.cast);
    case 'date':
      return cast(isoDate(common ? Date.UTC(2024, 1, 29) : Date.UTC(2015, 0, 1) + (pick % 3650) * 86_400_000), type.cast);
    case 'timestamp':
      return cast(isoTimestamp(common ? Date.UTC(2024, 1, 29, 12) : Date.UTC(2015, 0, 1) + (pick % 315_360_000) * 1000), type.cast);
    case 'time':
      return cast(isoTime(common ? 0 : pick % 86_400), type.cast);
    case 'interval':
      return cast(`${common ? k : pick % 1_000_000} seconds`, type.cast);
    case 'inet':
    case 'cidr':
      return cast(`10.${common ? 0 : (pick >>> 16) & 255}.${common ? 0 : (pick >>> 8) & 255}.${common ? k : pick & 255}${type.kind === 'cidr' ? '/32' : ''}`, type.cast);
    case 'macaddr':
      return cast(macaddr(common ? k : pick), type.cast);
    case 'bytea':
      return cast(common ? '\\x' : `\\x${pick.toString(16).padStart(8, '0')}`, type.cast);
    case 'json':
      return cast(common ? ['{}', '[]', 'null', '{"n": 1}', '""'][k]! : `{"n": ${pick % 1000}, "tag": "${WORDS[pick % WORDS.length]}"}`, type.cast);
    case 'xml':
      return cast(`<v>${common ? k : pick}</v>`, type.cast);
    case 'tsvector':
      return cast(`${WORDS[pick % WORDS.length]} ${WORDS[mix(pick, 4) % WORDS.length]}`, type.cast);
    case 'point':
      return cast(`(${common ? k : pick % 1000},${common ? k : mix(pick, 5) % 1000})`, type.cast);
    case 'bit': {
      const bits = Array.from({ length: type.varying ? 1 + (pick % type.length) : type.length }, (_, at) => ((mix(pick, at) & 1) === 1 ? '1' : '0')).join('');
      return cast(bits, type.cast);
    }
    case 'pattern':
      return cast(patternText(type.atoms, common ? k : pick), type.cast);
    case 'array': {
      if (common) return `'{}'::${type.cast}`;
      const elements = Array.from({ length: 1 + (pick % 3) }, (_, at) => drawnLiteral(type.element, mix(pick, at + 10)));
      return `ARRAY[${elements.join(', ')}]::${type.cast}`;
    }
    case 'unknown':
      return `NULL::${type.cast}`;
  }
}

const COMMON_TEXT = ['abc', '42', '', 'N/A', '0'] as const;
const WORDS = ['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fjord', 'gamma', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'maple', 'nimbus', 'orchid', 'pebble'] as const;

function cast(text: string, type: string): string {
  return `${quoteLiteral(text)}::${type}`;
}

function uuid(high: number, low: number): string {
  const hex = `${(high >>> 0).toString(16).padStart(8, '0')}${(mix(high, low) >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(16, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function macaddr(n: number): string {
  return ['02', '00', ...[24, 16, 8, 0].map((shift) => ((n >>> shift) & 255).toString(16).padStart(2, '0'))].join(':');
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoTimestamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '+00');
const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 19);
