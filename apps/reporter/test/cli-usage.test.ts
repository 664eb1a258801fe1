import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';

describe('ripple usage errors', () => {
  it.each([
    ['no command', [], /^Usage: ripple <command>/],
    ['an unknown command', ['deploy'], /unknown command 'deploy'/],
    ['a command named like an Object.prototype member', ['toString'], /unknown command 'toString'/],
    ['an unknown option', ['report', '--repo', '.', '--colour'], /Unknown option '--colour'/],
    ['a bad --format', ['report', '--repo', '.', '--format', 'xml'], /^ripple: --format must be one of text, markdown, json, sarif, html \(got xml\)\n$/],
    ['a bad --fail-on', ['report', '--repo', '.', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, never/],
    ['a --repo that does not exist', ['report', '--repo', 'no/such/dir'], /^ripple: --repo no\/such\/dir: no such directory\n$/],
  ] as const)('%s exits 2 with one clear message', async (_name, argv, message) => {
    const io = recordingIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('prints a command\'s help and exits 0', async () => {
    const io = recordingIo();
    expect(await run(['report', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: ripple report \[--repo DIR\]/);
  });

  it.each([['report'], ['usages']])('%s --help documents --type-check', async (command) => {
    const io = recordingIo();
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/\n  --type-check +also type-check each service/);
  });

  it.each([['report'], ['api-diff']])('%s --help documents --allow-remote-refs', async (command) => {
    const io = recordingIo();
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/\n  --allow-remote-refs +follow \$refs to http\(s\) URLs \(off by default/);
  });
});
