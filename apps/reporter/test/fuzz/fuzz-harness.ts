import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { run } from '../../src/cli/run.js';
import { recordingIo } from '../run-io.js';

/** What one fuzzed input did: the exit code and stderr of the CLI, the file it was about, its size. */
export interface FuzzOutcome {
  readonly code: number;
  readonly err: string;
  /** The files the input was written to, as the CLI names them: an exit 2 must name one of them. */
  readonly files: readonly string[];
  readonly bytes: number;
  /** What the target itself found wrong in the output (a stack overflow reported as a warning), if anything. */
  readonly problem?: string;
}

/**
 * One fuzzing target: inputs from `arbitrary`, each run through Ripple by `check` in a workspace (a temp dir made
 * once per run by the harness). `baseMs` and `msPerKb` bound the time one input may take: a generous constant plus
 * a term linear in the input's size, so anything that grows faster than its input fails.
 */
export interface FuzzTarget<Input> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<Input>;
  readonly check: (input: Input, workspace: string) => Promise<FuzzOutcome>;
  /** A short description of an input, for the failure report (the input itself may be megabytes). */
  readonly describe: (input: Input) => string;
  readonly baseMs: number;
  readonly msPerKb: number;
}

export interface FuzzBudget {
  /** Stop after this many inputs (the test run's fixed budget). */
  readonly inputs?: number;
  /** Stop after this many seconds (`pnpm fuzz`). */
  readonly seconds?: number;
  /** The first seed; each round after a failure goes on with the next one. */
  readonly seed: number;
  /** Replays one counterexample: the seed and path a failure printed. */
  readonly path?: string;
}

export interface FuzzFailure {
  readonly seed: number;
  readonly path: string;
  readonly problem: string;
  readonly input: string;
}

export interface FuzzResult {
  readonly target: string;
  readonly inputs: number;
  readonly seconds: number;
  readonly failures: readonly FuzzFailure[];
}

/** The property every target checks: what is wrong with an outcome, or undefined. */
export function violation(outcome: FuzzOutcome, ms: number, target: Pick<FuzzTarget<unknown>, 'baseMs' | 'msPerKb'>): string | undefined {
  if (outcome.problem !== undefined) return outcome.problem;
  const firstLine = outcome.err.split('\n').find((line) => line.trim() !== '') ?? '';
  if (![0, 1, 2].includes(outcome.code)) return `exit ${outcome.code}: ${firstLine}`;
  if (/internal error/.test(outcome.err)) return `an internal error on stderr: ${firstLine}`;
  if (STACK_FRAME.test(outcome.err)) return `a stack trace on stderr: ${outcome.err.match(STACK_FRAME)?.[0]?.trim()}`;
  if (outcome.code === 2 && !outcome.files.some((file) => outcome.err.includes(file))) return `exit 2 without naming ${outcome.files.join(' or ')}: ${firstLine}`;
  const bound = target.baseMs + (target.msPerKb * outcome.bytes) / 1024;
  if (ms > bound) return `took ${Math.round(ms)} ms for ${outcome.bytes} bytes (bound ${Math.round(bound)} ms)`;
  return undefined;
}

/** `RIPPLE_FUZZ_TRACE=1`: each input's time, exit code and size on stderr. */
const TRACE = process.env['RIPPLE_FUZZ_TRACE'] === '1';

/** A V8 stack frame line: `    at fn (file.ts:12:5)` or `    at file.ts:12:5`. */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/** Runs the CLI in-process, as the tests do: exit code and what it printed on stderr. */
export async function runRipple(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/**
 * Fuzzes one target within a budget: fast-check rounds from `budget.seed` on; a failing round is shrunk to a small
 * counterexample, recorded with the seed and path that replay it, and the next round starts from the next seed.
 * The workspace is removed at the end, whatever happened.
 */
export async function fuzzTarget<Input>(target: FuzzTarget<Input>, budget: FuzzBudget, progress?: (line: string) => void): Promise<FuzzResult> {
  const workspace = await mkdtemp(join(tmpdir(), `ripple-fuzz-${target.name}-`));
  const started = performance.now();
  const deadline = budget.seconds === undefined ? Number.POSITIVE_INFINITY : started + budget.seconds * 1000;
  const failures: FuzzFailure[] = [];
  let inputs = 0;
  let seed = budget.seed;
  try {
    const property = fc.asyncProperty(target.arbitrary, async (input) => {
      const began = performance.now();
      const outcome = await target.check(input, workspace);
      const ms = performance.now() - began;
      if (TRACE) process.stderr.write(`${target.name}: ${Math.round(ms)} ms, exit ${outcome.code}, ${outcome.bytes} bytes: ${target.describe(input).slice(0, 200)}\n`);
      const problem = violation(outcome, ms, target);
      if (problem !== undefined) throw new Error(problem);
    });
    while (performance.now() < deadline && (budget.inputs === undefined || inputs < budget.inputs)) {
      const left = deadline - performance.now();
      const details = await fc.check(property, {
        seed,
        numRuns: budget.inputs === undefined ? 1_000_000_000 : budget.inputs - inputs,
        ...(Number.isFinite(left) ? { interruptAfterTimeLimit: Math.max(1, Math.round(left)), markInterruptAsFailure: false } : {}),
        ...(budget.path !== undefined ? { path: budget.path } : {}),
      });
      inputs += details.numRuns;
      if (details.failed && details.counterexample !== null) {
        const [input] = details.counterexample;
        const problem = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        failures.push({ seed, path: details.counterexamplePath ?? '', problem, input: target.describe(input) });
        progress?.(`${target.name}: failure (seed ${seed}, path ${details.counterexamplePath}): ${problem}\n  input: ${target.describe(input)}`);
      }
      if (budget.path !== undefined || details.interrupted || !details.failed) break;
      seed += 1;
    }
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
  return { target: target.name, inputs, seconds: (performance.now() - started) / 1000, failures };
}

/** How to replay a failure, for the test's message and `pnpm fuzz`'s report. */
export function replayCommand(target: string, failure: FuzzFailure): string {
  return `pnpm fuzz --target ${target} --seed ${failure.seed} --path ${failure.path}`;
}

/** The failures as one readable block, each with its replay command. */
export function describeFailures(result: FuzzResult): string {
  return result.failures.map((failure) => `${failure.problem}\n  input: ${failure.input}\n  replay: ${replayCommand(result.target, failure)}`).join('\n');
}
