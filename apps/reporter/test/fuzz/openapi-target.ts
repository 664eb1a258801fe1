import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { runRipple, type FuzzTarget } from './fuzz-harness.js';

const repo = resolve(import.meta.dirname, '../../../..');
const rules = join(repo, 'packages/openapi-diff/fixtures/rules');

/** Real OpenAPI pairs: the fixtures' base and head descriptions, and every rule fixture's base and revision. */
const SEED_PAIRS: readonly (readonly [unknown, unknown])[] = [
  ['fixtures/shop/openapi/base.yaml', 'fixtures/shop/openapi/head.yaml'],
  ['fixtures/users-email-renamed/base/services/accounts/openapi.yaml', 'fixtures/users-email-renamed/head/services/accounts/openapi.yaml'],
  ['packages/openapi-diff/fixtures/scenarios/customers_base.yaml', 'packages/openapi-diff/fixtures/scenarios/customers_revision.yaml'],
  ['packages/openapi-diff/fixtures/load/petstore-swagger2.yaml', 'packages/openapi-diff/fixtures/load/petstore-swagger2.yaml'],
  ...readdirSync(rules)
    .filter((file) => file.endsWith('_base.yaml'))
    .sort()
    .map((file) => [`packages/openapi-diff/fixtures/rules/${file}`, `packages/openapi-diff/fixtures/rules/${file.replace(/_base\.yaml$/, '_revision.yaml')}`] as const),
].map(([base, head]) => [parse(readFileSync(join(repo, base), 'utf8')) as unknown, parse(readFileSync(join(repo, head), 'utf8')) as unknown] as const);

type Side = 'base' | 'head' | 'both';

/** One mutation of a description; `at` picks a node (or line) by index, modulo their number. */
type Mutation =
  | { readonly kind: 'swap-type'; readonly side: Side; readonly at: number; readonly value: unknown }
  | { readonly kind: 'drop-key'; readonly side: Side; readonly at: number }
  | { readonly kind: 'duplicate-line'; readonly side: Side; readonly at: number }
  | { readonly kind: 'nest'; readonly side: Side; readonly at: number; readonly depth: number; readonly shape: 'properties' | 'items' | 'allOf' | 'array' }
  | { readonly kind: 'ref-chain'; readonly side: Side; readonly at: number; readonly length: number; readonly cycle: boolean }
  | { readonly kind: 'enum'; readonly side: Side; readonly at: number; readonly size: number }
  | { readonly kind: 'unicode'; readonly side: Side; readonly at: number; readonly text: string }
  | { readonly kind: 'bad-ref'; readonly side: Side; readonly at: number; readonly ref: string };

export interface OpenApiInput {
  readonly pair: number;
  readonly mutations: readonly Mutation[];
  readonly format: 'yaml' | 'json';
}

const side = fc.constantFrom<Side>('base', 'head', 'both');
const at = fc.nat();
/** Mostly small, sometimes the sizes that broke Ripple (a 3,000-schema chain, a 50,000-value enum). */
const size = (small: number, large: number) => fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: small }) }, { weight: 1, arbitrary: fc.integer({ min: small, max: large }) });
const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('swap-type' as const), side, at, value: anyValue }),
  fc.record({ kind: fc.constant('drop-key' as const), side, at }),
  fc.record({ kind: fc.constant('duplicate-line' as const), side, at }),
  fc.record({ kind: fc.constant('nest' as const), side, at, depth: size(40, 3_000), shape: fc.constantFrom('properties' as const, 'items' as const, 'allOf' as const, 'array' as const) }),
  fc.record({ kind: fc.constant('ref-chain' as const), side, at, length: size(40, 3_000), cycle: fc.boolean() }),
  fc.record({ kind: fc.constant('enum' as const), side, at, size: size(100, 50_000) }),
  fc.record({ kind: fc.constant('unicode' as const), side, at, text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('bad-ref' as const),
    side,
    at,
    ref: fc.oneof(fc.constantFrom('#', '#/', '#/nope', '#/components/schemas/', '#/paths/~1x~2', '../other.yaml#/x', 'http://example.invalid/x.yaml', '#/components/schemas/%'), fc.string()),
  }),
);

/** A container node of a document and its keys, found without recursion. */
interface Slot {
  readonly holder: Record<string, unknown> | unknown[];
  readonly key: string | number;
}

function slotsOf(document: unknown): Slot[] {
  const slots: Slot[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const holder = node as Record<string, unknown> | unknown[];
    for (const key of Array.isArray(holder) ? holder.keys() : Object.keys(holder)) {
      slots.push({ holder, key });
      stack.push((holder as Record<string | number, unknown>)[key]);
    }
  }
  return slots;
}

function nested(depth: number, shape: 'properties' | 'items' | 'allOf' | 'array'): unknown {
  let node: unknown = { type: 'string' };
  for (let level = 0; level < depth; level += 1) {
    if (shape === 'properties') node = { type: 'object', properties: { x: node } };
    else if (shape === 'items') node = { type: 'array', items: node };
    else if (shape === 'allOf') node = { allOf: [node] };
    else node = [node];
  }
  return node;
}

function set(slot: Slot, value: unknown): void {
  (slot.holder as Record<string | number, unknown>)[slot.key] = value;
}

/** Applies the tree mutations (the line mutations wait for the text). */
function mutateTree(document: unknown, mutations: readonly Mutation[]): unknown {
  const root = { document };
  for (const change of mutations) {
    const slots = slotsOf(root);
    const slot = slots[change.at % slots.length]!;
    const target = (slot.holder as Record<string | number, unknown>)[slot.key];
    switch (change.kind) {
      case 'swap-type':
        set(slot, change.value);
        break;
      case 'drop-key':
        if (slot.holder !== root) {
          if (Array.isArray(slot.holder)) slot.holder.splice(slot.key as number, 1);
          else delete slot.holder[slot.key as string];
        }
        break;
      case 'nest':
        set(slot, nested(change.depth, change.shape));
        break;
      case 'ref-chain': {
        const doc = (typeof root.document === 'object' && root.document !== null ? root.document : (root.document = {})) as Record<string, unknown>;
        const components = (doc['components'] ??= {}) as Record<string, unknown>;
        const schemas = (typeof components === 'object' && components !== null ? ((components['schemas'] ??= {}) as Record<string, unknown>) : {});
        if (typeof schemas !== 'object' || schemas === null) break;
        for (let link = 0; link < change.length; link += 1) {
          const next = link + 1 < change.length ? `Chain${link + 1}` : change.cycle ? 'Chain0' : undefined;
          schemas[`Chain${link}`] = next ? { $ref: `#/components/schemas/${next}` } : { type: 'string' };
        }
        set(slot, { $ref: '#/components/schemas/Chain0' });
        break;
      }
      case 'enum':
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)['enum'] = Array.from({ length: change.size }, (_, index) => `value-${index}`);
        else set(slot, { type: 'string', enum: Array.from({ length: change.size }, (_, index) => `value-${index}`) });
        break;
      case 'unicode':
        if (typeof target === 'string' || Array.isArray(slot.holder)) set(slot, change.text);
        else if (slot.holder !== root) {
          delete slot.holder[slot.key as string];
          slot.holder[change.text] = target;
        }
        break;
      case 'bad-ref':
        set(slot, { $ref: change.ref });
        break;
      case 'duplicate-line':
        break;
    }
  }
  return root.document;
}

/** The description's text, with the line mutations (duplicated keys and items) applied. */
function render(document: unknown, format: 'yaml' | 'json', mutations: readonly Mutation[]): string {
  // Deep documents are written as JSON (also YAML): the yaml library's writer recurses on depth.
  const deep = mutations.some((change) => (change.kind === 'nest' || change.kind === 'ref-chain') && (change.kind === 'nest' ? change.depth : 0) > 200);
  const text = format === 'yaml' && !deep ? stringify(document, { aliasDuplicateObjects: false }) : jsonText(document);
  const lines = text.split('\n');
  for (const change of mutations) if (change.kind === 'duplicate-line') lines.splice(change.at % lines.length, 0, lines[change.at % lines.length]!);
  return lines.join('\n');
}

/** JSON text, one value per line, written with an explicit stack: JSON.stringify recurses and overflows at ~2,000 levels. */
function jsonText(document: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Closing) {
      parts.push(item.text);
      continue;
    }
    if (item === null || typeof item !== 'object') {
      parts.push(JSON.stringify(item ?? null));
      continue;
    }
    const array = Array.isArray(item);
    const entries = array ? item.map((value) => [undefined, value] as const) : Object.entries(item);
    parts.push(array ? '[' : '{');
    stack.push(new Closing(array ? ']' : '}'));
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, value] = entries[index]!;
      stack.push(value);
      stack.push(new Closing(`${index > 0 ? ',' : ''}\n${key === undefined ? '' : `${JSON.stringify(key)}: `}`));
    }
  }
  return parts.join('');
}

/** Text the JSON writer emits when it pops this marker (a separator, a key, a closing bracket). */
class Closing {
  constructor(readonly text: string) {}
}

function mutatedPair(input: OpenApiInput): readonly [string, string] {
  const [base, head] = SEED_PAIRS[input.pair % SEED_PAIRS.length]!;
  const on = (which: 'base' | 'head') => input.mutations.filter((change) => change.side === which || change.side === 'both');
  return [render(mutateTree(structuredClone(base), on('base')), input.format, on('base')), render(mutateTree(structuredClone(head), on('head')), input.format, on('head'))];
}

export const openApiTarget: FuzzTarget<OpenApiInput> = {
  name: 'openapi',
  arbitrary: fc.record({ pair: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }), format: fc.constantFrom('yaml' as const, 'json' as const) }),
  async check(input, workspace) {
    const [baseText, headText] = mutatedPair(input);
    const base = join(workspace, `base.${input.format}`);
    const head = join(workspace, `head.${input.format}`);
    await writeFile(base, baseText);
    await writeFile(head, headText);
    const { code, err } = await runRipple(['api-diff', base, head, '--format', 'json']);
    return { code, err, files: [`base.${input.format}`, `head.${input.format}`], bytes: baseText.length + headText.length };
  },
  describe: (input) => `seed pair ${input.pair % SEED_PAIRS.length}, ${input.format}, mutations ${JSON.stringify(input.mutations).slice(0, 400)}`,
  baseMs: 10_000,
  msPerKb: 20,
};
