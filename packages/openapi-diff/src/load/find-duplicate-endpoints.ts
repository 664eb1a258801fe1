import type { Diagnostic } from '@ripple/model';
import type { Operation } from '../model/open-api-document.js';

/**
 * Operations of one description that are the same endpoint once path parameter names are ignored (`GET /pet/{id}`
 * and `GET /pet/{petId}`): OpenAPI forbids such paths, oasdiff refuses them unless `--include-path-params`. Ripple
 * matches them by their exact path instead (see `diffOpenApi`) and warns once for each such operation after the
 * first, naming the first.
 */
export function findDuplicateEndpoints(operations: readonly Operation[]): readonly Diagnostic[] {
  const first = new Map<string, Operation>();
  const diagnostics: Diagnostic[] = [];
  for (const operation of operations) {
    const key = `${operation.method} ${operation.match}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, operation);
      continue;
    }
    diagnostics.push({
      kind: 'diagnostic',
      code: 'openapi/duplicate-endpoint',
      message: `${operation.key} is the same endpoint as ${earlier.key} once path parameter names are ignored (OpenAPI forbids it): each is compared with the operation of the same written path`,
      location: { file: operation.file, line: 1 },
      pointer: operation.pointer,
    });
  }
  return diagnostics;
}
