// `pnpm fuzz [--seconds N] [--target NAME] [--seed N] [--path P]`: fuzzes each target (or one) for N seconds,
// one after another, and prints inputs tried and failures per target. Exits 1 when any input failed.
import { parseArgs } from 'node:util';
import { describeFailures, fuzzTarget, type FuzzResult, type FuzzTarget } from './fuzz-harness.js';
import { FUZZ_TARGETS } from './fuzz-targets.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    target: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    inputs: { type: 'string' },
  },
  strict: true,
});

const names = Object.keys(FUZZ_TARGETS);
if (values.target !== undefined && !names.includes(values.target)) {
  process.stderr.write(`fuzz: unknown target '${values.target}' (one of ${names.join(', ')})\n`);
  process.exit(2);
}
if (values.path !== undefined && (values.seed === undefined || values.target === undefined)) {
  process.stderr.write('fuzz: --path replays one failure: give its --target and --seed too\n');
  process.exit(2);
}
const seconds = Number(values.seconds);
const seed = values.seed === undefined ? Date.now() % 2_147_483_647 : Number(values.seed);
const results: FuzzResult[] = [];
for (const name of values.target === undefined ? names : [values.target]) {
  const target = FUZZ_TARGETS[name as keyof typeof FUZZ_TARGETS] as FuzzTarget<unknown>;
  process.stderr.write(`fuzz: ${name} from seed ${seed}${values.path ? `, path ${values.path}` : `, ${values.inputs ? `${values.inputs} inputs` : `${seconds} s`}`}\n`);
  const result = await fuzzTarget(
    target,
    { seed, ...(values.path !== undefined ? { path: values.path, inputs: 1 } : values.inputs !== undefined ? { inputs: Number(values.inputs) } : { seconds }) },
    (line) => process.stderr.write(`${line}\n`),
  );
  results.push(result);
  process.stdout.write(`${name}: ${result.inputs} inputs in ${result.seconds.toFixed(0)} s (${(result.inputs / result.seconds).toFixed(1)}/s), ${result.failures.length} failures\n`);
  if (result.failures.length > 0) process.stdout.write(`${describeFailures(result)}\n`);
}
process.exitCode = results.some((result) => result.failures.length > 0) ? 1 : 0;
