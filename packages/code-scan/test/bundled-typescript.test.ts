import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat().filter((file) => /\.c?ts$/.test(file)).sort();
}

describe("the scanner parses with ts-morph's bundled TypeScript", () => {
  it("no source file imports or requires the user's `typescript` package (it may be TypeScript 7, with no JS API)", async () => {
    const files = await sources(SRC);
    expect(files.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (/(from\s+|import\(\s*|require\(\s*|resolve\(\s*)['"]typescript(\/[^'"]*)?['"]/.test(text)) offenders.push(file.slice(SRC.length + 1));
    }
    expect(offenders).toEqual([]);
  });
});
