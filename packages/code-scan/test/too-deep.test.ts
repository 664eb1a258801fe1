import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../src/adapters/registry.js';
import { extractFileFacts } from '../src/extract/extract-file-facts.js';

describe('a file nested deeper than the call stack (a vendored bundle such as prism.js)', () => {
  it('is a code/too-deep warning naming it, not a crash of the whole scan', () => {
    const depth = 60_000;
    const text = `export const x = ${'['.repeat(depth)}1${']'.repeat(depth)};\n`;
    const facts = extractFileFacts('client/libs/deep.js', text, ADAPTERS);
    expect(facts.diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}`)).toEqual(['code/too-deep client/libs/deep.js:1']);
  });
});
