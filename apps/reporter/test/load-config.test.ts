import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';

async function repoWithConfig(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ripple-config-'));
  await writeFile(join(dir, 'ripple.config.json'), text);
  return dir;
}

describe('loadConfig', () => {
  it('reads a valid config and defaults openapi and ignore to none', async () => {
    const dir = await repoWithConfig('{ "migrations": { "dir": "db" } }');
    await expect(loadConfig(dir)).resolves.toEqual({ migrations: { dir: 'db' }, openapi: [], ignore: [] });
  });

  it.each([
    ['a missing key', '{}', 'migrations: ', '/migrations'],
    ['a wrong type, by key and pointer', '{ "migrations": { "dir": 3 } }', 'migrations.dir: ', '/migrations/dir'],
    ['an unknown key', '{ "migrations": { "dir": "db", "folder": "x" } }', 'migrations: ', '/migrations'],
    ['an openapi entry without head', '{ "migrations": { "dir": "db" }, "openapi": [{ "service": "a", "base": "b" }] }', 'openapi.0.head: give base and head, or spec', '/openapi/0/head'],
    ['an openapi entry with both spec and base', '{ "migrations": { "dir": "db" }, "openapi": [{ "service": "a", "base": "b", "head": "c", "spec": "d" }] }', 'openapi.0.spec: ', '/openapi/0/spec'],
  ])('names %s', async (_name, text, messageStart, pointer) => {
    const dir = await repoWithConfig(text);
    const error = await loadConfig(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RippleError);
    expect((error as RippleError).message.startsWith(messageStart)).toBe(true);
    expect((error as RippleError).location).toMatchObject({ file: 'ripple.config.json', pointer });
  });

  it('says so when the file is not JSON', async () => {
    const dir = await repoWithConfig('{ migrations: ');
    await expect(loadConfig(dir)).rejects.toThrow(/not valid JSON/);
  });
});
