import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi, parseSeverityLevels, readSeverityLevels } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (caught) {
    return caught;
  }
  return undefined;
}

describe("severity levels (oasdiff's --severity-levels file)", () => {
  it("reads oasdiff's format: id and level per line, its level names in any case, the last line for an id winning", async () => {
    expect(await readSeverityLevels(path.join(root, 'fixtures/severity-levels/ci-gate.txt'))).toEqual({
      'response-optional-property-removed': 'none',
      'request-property-removed': 'error',
      'api-removed-without-deprecation': 'warning',
      'response-required-property-added': 'info',
    });
    // Exactly oasdiff's own example lines (data/severity-levels.txt), for the ids Ripple has.
    expect(parseSeverityLevels('api-security-removed                          warn\nrequest-parameter-enum-value-added            err', 'levels.txt')).toEqual({
      'api-security-removed': 'warning',
      'request-parameter-enum-value-added': 'error',
    });
  });

  it.each([
    ['a line that is not two words', '# gate\nrequest-property-removed\n', 2, /^expected `<rule-id> <err\|warn\|info\|none>` \(got `request-property-removed`\)$/],
    ['an id Ripple has no rule for', '\n\nrequest-read-only-property-enum-value-removed none\n', 3, /^unknown rule id "request-read-only-property-enum-value-removed": Ripple has no rule/],
    ['a level that is no level', 'request-property-removed fatal\n', 1, /^invalid level "fatal" for request-property-removed: expected err, warn, info or none$/],
  ])('rejects %s, naming the file and line', (_name, text, line, message) => {
    const error = errorOf(() => parseSeverityLevels(text, 'api/severity-levels.txt'));
    expect(isRippleError(error) && [error.code, error.location]).toEqual(['severity-levels/invalid', { file: 'api/severity-levels.txt', line }]);
    expect((error as Error).message).toMatch(message);
  });

  it('says which file cannot be read', async () => {
    await expect(readSeverityLevels(path.join(root, 'fixtures/severity-levels/missing.txt'))).rejects.toMatchObject({
      code: 'severity-levels/invalid',
      location: { file: path.join(root, 'fixtures/severity-levels/missing.txt'), line: 1 },
    });
  });

  it('replaces the level of each listed rule and leaves out the rules set to none; fingerprints stay', async () => {
    const base = await loadOpenApi('fixtures/scenarios/customers_base.yaml', { root });
    const head = await loadOpenApi('fixtures/scenarios/customers_revision.yaml', { root });
    const levels = await readSeverityLevels(path.join(root, 'fixtures/severity-levels/ci-gate.txt'));
    const plain = diffOpenApi(base, head);
    const graded = diffOpenApi(base, head, { severityLevels: levels });
    const summary = (changes: typeof plain) => [...new Set(changes.map((change) => `${change.level} ${change.id}`))].sort();
    expect(summary(plain)).toEqual([
      'error api-path-removed-without-deprecation',
      'error api-removed-without-deprecation',
      'error new-required-request-property',
      'error response-required-property-removed',
      'info response-required-property-added',
      'warning request-property-removed',
      'warning response-optional-property-removed',
    ]);
    expect(summary(graded)).toEqual([
      'error api-path-removed-without-deprecation',
      'error new-required-request-property',
      'error request-property-removed',
      'error response-required-property-removed',
      'info response-required-property-added',
      'warning api-removed-without-deprecation',
    ]);
    const kept = plain.filter((change) => change.id !== 'response-optional-property-removed');
    expect(graded.map((change) => change.fingerprint)).toEqual(kept.map((change) => change.fingerprint));
  });
});
