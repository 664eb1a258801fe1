import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { applyIgnoreEntries, applyIgnoreFile, diffOpenApi, loadOpenApi, parseIgnoreFile } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('ignore files', () => {
  it('parses fingerprints and id + operation entries, each with a reason', () => {
    const text = '# accepted\n0123456789abcdef  renamed on purpose\n\nrequest-property-removed POST /customers  clients never sent it # trailing\n';
    expect(parseIgnoreFile(text, '.ripple-ignore')).toEqual([
      { fingerprint: '0123456789abcdef', reason: 'renamed on purpose', line: 2 },
      { id: 'request-property-removed', operation: 'POST /customers', reason: 'clients never sent it', line: 4 },
    ]);
  });

  it('rejects an entry without a reason, naming the line', () => {
    const error: unknown = (() => {
      try {
        parseIgnoreFile('# x\nrequest-property-removed POST /customers\n', '.ripple-ignore');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isRippleError(error) && [error.code, error.location]).toEqual(['ignore/invalid', { file: '.ripple-ignore', line: 2 }]);
  });

  it('drops exactly the accepted changes: by id + operation, by id + `*`, and by fingerprint', async () => {
    const base = await loadOpenApi('fixtures/scenarios/customers_base.yaml', { root });
    const head = await loadOpenApi('fixtures/scenarios/customers_revision.yaml', { root });
    const changes = diffOpenApi(base, head);
    const kept = await applyIgnoreFile(changes, path.join(root, 'fixtures/ignore/accepted.ignore'));
    const dropped = changes.filter((change) => !kept.includes(change)).map((change) => `${change.id} ${change.operation}`);
    expect(dropped).toEqual([
      'response-optional-property-removed GET /customers',
      'api-path-removed-without-deprecation GET /legacy/customers',
    ]);
    const first = changes[0];
    if (!first) throw new Error('no changes');
    const byPrint = applyIgnoreEntries(changes, [{ fingerprint: first.fingerprint, reason: 'accepted', line: 1 }]);
    expect(byPrint).toEqual(changes.slice(1));
  });
});
