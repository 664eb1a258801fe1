import { describe, expect, it } from 'vitest';
import { formatRippleError, RippleError } from './ripple-error.js';

describe('formatRippleError', () => {
  it.each([
    ['a file position', { file: 'db/0001.sql', line: 3, column: 7 }, 'db/0001.sql:3:7: boom'],
    ['a line', { file: 'db/0001.sql', line: 3 }, 'db/0001.sql:3: boom'],
    ['a JSON pointer', { file: 'api.yaml', pointer: '/paths/~1users' }, 'api.yaml#/paths/~1users: boom'],
    ['a pointer and its YAML line', { file: 'api.yaml', pointer: '/info', line: 2 }, 'api.yaml:2#/info: boom'],
    ['the whole document (empty pointer)', { file: 'api.yaml', pointer: '' }, 'api.yaml: boom'],
    ['no location', undefined, 'boom'],
  ] as const)('names %s', (_name, location, expected) => {
    expect(formatRippleError(new RippleError('test/x', 'boom', location))).toBe(expected);
  });
});
