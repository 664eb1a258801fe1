// Maintenance script, not part of the test run: reads an oasdiff checkout, picks every test in checker/*_test.go
// that diffs two spec files from its data/ folder, with default options or with the options Ripple has by the same
// names (the deprecation policy `WithDeprecation(beta, stable)` and the stability threshold), copies those files
// (and the files they $ref) into ./data, and writes ./pairs.json: for each pair, the options its test sets (by
// oasdiff's flag names) and the ids it expects with oasdiff's default level.
//   node --import tsx test/oasdiff-corpus/extract-pairs.ts /work/corpus/oasdiff+oasdiff <commit>
// Tests that mutate a loaded spec in code, pass other options (attributes, severity overrides, path parameter
// matching) or loop over a table are left out.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [checkout, commit] = process.argv.slice(2);
if (!checkout || !commit) throw new Error('usage: extract-pairs.ts <oasdiff checkout> <commit>');
const checkerDir = path.join(checkout, 'checker');
const goFiles = readdirSync(checkerDir).filter((name) => name.endsWith('.go')).sort();

// Go constant -> rule id, and rule id -> oasdiff's default level.
const ids = new Map<string, string>();
const levels = new Map<string, string>();
for (const name of goFiles.filter((file) => !file.endsWith('_test.go'))) {
  const text = readFileSync(path.join(checkerDir, name), 'utf8');
  for (const match of text.matchAll(/^\s*(\w+Id)\s*=\s*"([^"]+)"/gm)) ids.set(match[1]!, match[2]!);
  for (const match of text.matchAll(/newBackwardCompatibilityRule\((\w+Id),\s*(ERR|WARN|INFO)\b/g)) levels.set(match[1]!, match[2]!);
}
const LEVEL: Record<string, string> = { ERR: 'error', WARN: 'warning', INFO: 'info' };

const OTHER_OPTIONS =
  /WithOptionalCheck|WithAttributes|IncludePathParams|WithStabilityLevel|diff\.Config\{|ExcludeElements|WithSeverityLevels|WithBreakingOnly|MatchPath|PathPrefix|PathStrip|ExcludeExtensions|WithChecks|NewConfig\(\)\.With|\.Spec\b|\btc\.|range |config\.(?!StabilityLevel\b)\w+\s*=/;
const helpers: Record<string, string> = {
  deprecationFile: 'deprecation',
  paramDeprecationFile: 'param-deprecation',
  requiredPropertyFile: 'required-properties',
  stabilityFile: 'stability',
};

/** The options a test body sets, by oasdiff's flag names; undefined when it sets one twice (two configurations). */
function optionsOf(body: string): Record<string, string | number> | undefined {
  const options: Record<string, string | number> = {};
  const deprecations = [...body.matchAll(/WithDeprecation\((\d+), (\d+)\)/g)];
  const stabilities = [...body.matchAll(/(?:StabilityLevel = |stabilityChanges\(t, "[^"]+", "[^"]+", )checker\.StabilityLevel(\w+)/g)];
  if (deprecations.length > 1 || stabilities.length > 1) return undefined;
  const [deprecation] = deprecations;
  if (deprecation) {
    options['deprecation-days-beta'] = Number(deprecation[1]);
    options['deprecation-days-stable'] = Number(deprecation[2]);
  }
  const [stability] = stabilities;
  if (stability) options['stability-level'] = stability[1]!.toLowerCase();
  return options;
}

interface Pair {
  readonly test: string;
  readonly base: string;
  readonly revision: string;
  readonly options?: Record<string, string | number>;
  readonly expected: { readonly id: string; readonly level: string }[];
  /** Ids the test requires not to be reported (with its options). */
  readonly absent?: readonly string[];
}
const pairs: Pair[] = [];
for (const name of goFiles.filter((file) => file.endsWith('_test.go'))) {
  const text = readFileSync(path.join(checkerDir, name), 'utf8');
  for (const match of text.matchAll(/^func (Test\w+)\(t \*testing\.T\) \{\n([\s\S]*?)^\}/gm)) {
    const [, test, body] = match as unknown as [string, string, string];
    const options = optionsOf(body);
    if (OTHER_OPTIONS.test(body) || options === undefined) continue;
    const files: string[] = [];
    const opened = /\bopen\((?:(\w+)\()?"([^"]+)"|\bl\(t, (\d+)\)|\bd\(t, diff\.NewConfig\(\), (\d+), (\d+)|\bstabilityChanges\(t, "([^"]+)", "([^"]+)"/g;
    for (const open of body.matchAll(opened)) {
      const [, helper, file, numbered, first, second, stabilityBase, stabilityRevision] = open;
      if (file !== undefined) files.push(helper ? `${helpers[helper] ?? '?'}/${file}` : file.replace(/^\.\.\/data\//, ''));
      if (stabilityBase !== undefined && stabilityRevision !== undefined) files.push(`stability/${stabilityBase}`, `stability/${stabilityRevision}`);
      if (numbered !== undefined) files.push(`openapi-test${numbered}.yaml`);
      if (first !== undefined && second !== undefined) files.push(`openapi-test${first}.yaml`, `openapi-test${second}.yaml`);
    }
    // The same file on both sides: the test changes the loaded spec in code.
    if (files.length !== 2 || files[0] === files[1] || files.some((file) => file.startsWith('?') || file.startsWith('/') || !existsSync(path.join(checkout, 'data', file)))) continue;
    const expected = new Map<string, string>();
    // `requireNoChange(t, errs, checker.XId)`: the test pins that the option keeps X out.
    const absent = [...body.matchAll(/requireNoChange\(t, \w+, checker\.(\w+Id)\)/g)].map((match) => ids.get(match[1]!)).filter((id) => id !== undefined);
    for (const line of body.split('\n')) {
      if (/False|Nil\(|NotContains|NotEqual|Empty|commentId|requireNoChange/.test(line)) continue;
      for (const constant of line.matchAll(/checker\.(\w+Id)\b/g)) {
        const id = ids.get(constant[1]!);
        const level = levels.get(constant[1]!);
        if (id && level) expected.set(id, LEVEL[level]!);
      }
    }
    if (expected.size === 0 && absent.length === 0) continue;
    pairs.push({
      test: `${name}:${test}`,
      base: files[0]!,
      revision: files[1]!,
      ...(Object.keys(options).length > 0 ? { options } : {}),
      expected: [...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, level]) => ({ id, level })),
      ...(absent.length > 0 ? { absent: [...new Set(absent)].sort() } : {}),
    });
  }
}

// Copy the spec files and every file they reference.
const queue = [...new Set(pairs.flatMap((pair) => [pair.base, pair.revision]))];
const copied = new Set<string>();
while (queue.length > 0) {
  const file = queue.pop()!;
  if (copied.has(file)) continue;
  copied.add(file);
  const from = path.join(checkout, 'data', file);
  const to = path.join(here, 'data', file);
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  for (const ref of readFileSync(from, 'utf8').matchAll(/\$ref['"]?\s*:\s*['"]?([^#'"\s]+)/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref[1]!));
    if (!/^https?:/.test(ref[1]!) && existsSync(path.join(checkout, 'data', target))) queue.push(target);
  }
}
writeFileSync(path.join(here, 'pairs.json'), `${JSON.stringify({ source: `oasdiff/oasdiff@${commit}`, pairs }, null, 1)}\n`);
console.log(`${pairs.length} pairs, ${pairs.reduce((sum, pair) => sum + pair.expected.length, 0)} expected ids, ${pairs.reduce((sum, pair) => sum + (pair.absent?.length ?? 0), 0)} expected absent, ${copied.size} files`);
