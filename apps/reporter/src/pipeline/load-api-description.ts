import type { Diagnostic } from '@ripple/model';
import { isRippleError } from '@ripple/model';
import { loadOpenApi, type OpenApiDocument } from '@ripple/openapi-diff';
import { CONFIG_FILE } from '../config/load-config.js';

/**
 * An API description the config names, or one detection found (a YAML or JSON file whose top level says `openapi`
 * or `swagger`, anywhere in the tree). A named one that cannot be read ends the run (exit 2 at its file and line);
 * a detected one is often an old copy in a docs folder, so it is left out with a warning at the same place instead.
 */
export async function loadApiDescription(
  path: string,
  options: { readonly root: string; readonly allowRemoteRefs?: boolean },
  detected: boolean,
  diagnostics: Diagnostic[],
): Promise<OpenApiDocument | undefined> {
  try {
    return await loadOpenApi(path, { root: options.root, ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}) });
  } catch (error) {
    if (!detected || !isRippleError(error) || !error.code.startsWith('openapi/')) throw error;
    const location = error.location;
    diagnostics.push({
      kind: 'diagnostic',
      code: 'openapi/unreadable',
      message: `${error.message}; found by detection, so left out (list the API descriptions to read under "openapi" in ${CONFIG_FILE})`,
      location: { file: location?.file ?? path, line: location?.line ?? 1 },
      ...(location?.pointer !== undefined ? { pointer: location.pointer } : {}),
    });
    return undefined;
  }
}
