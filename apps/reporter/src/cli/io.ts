/** What the CLI may touch of the process: tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (text output gets colour unless NO_COLOR is set). */
  readonly stdoutIsTty: boolean;
  /** Today as an ISO date (baseline expiry). */
  readonly today: () => string;
  /** All of standard input (`ripple lint -`); absent where there is none to read. */
  readonly readStdin?: () => Promise<string>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    today: () => new Date().toISOString().slice(0, 10),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
