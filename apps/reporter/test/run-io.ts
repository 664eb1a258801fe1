import type { CliIo } from '../src/cli/io.js';

/** An in-memory CliIo: what the CLI printed, per stream. */
export interface RecordedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function recordingIo(env: Record<string, string | undefined> = {}, today = '2026-11-25'): RecordedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    stdoutIsTty: false,
    today: () => today,
    out: () => out,
    err: () => err,
  };
}
