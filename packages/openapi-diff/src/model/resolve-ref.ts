import path from 'node:path';
import { RippleError } from '@ripple/model';
import { readPointer } from './json-pointer.js';

/** The parsed files of one description, keyed by absolute path (or URL), each with its display name. */
export interface SpecFiles {
  readonly rootPath: string;
  readonly files: ReadonlyMap<string, { readonly display: string; readonly content: unknown }>;
}

/** A value found by following `$ref`s: where it is written and what it is. */
export interface Located {
  readonly path: string;
  readonly file: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** Per description: where each location reached through a `$ref` finally resolves to. */
const RESOLVED = new WeakMap<SpecFiles, Map<string, Located>>();

/**
 * Follows `$ref` chains from `value` (found at `pointer` in `from`) to the first value that is not a bare reference.
 * A reference that does not resolve, or a chain of references that loops, is bad input: it names the file and
 * the JSON pointer of the `$ref`. Each location a chain passes through is remembered with where it ends, so
 * resolving every schema of a chain of n references costs n steps overall, not n² (a 3,000-schema chain).
 */
export function resolveRef(specFiles: SpecFiles, from: string, pointer: string, value: unknown): Located {
  let resolvedAt = RESOLVED.get(specFiles);
  if (resolvedAt === undefined) RESOLVED.set(specFiles, (resolvedAt = new Map()));
  let current: Located = { path: from, file: displayOf(specFiles, from), pointer, value };
  const seen = new Set<string>();
  const passed: string[] = [];
  while (isReference(current.value)) {
    const ref = current.value.$ref;
    const parts = refParts(current.path, ref);
    if (parts === undefined) {
      throw new RippleError('openapi/invalid', `$ref '${ref}' is not a valid URI reference`, { file: current.file, pointer: `${current.pointer}/$ref` });
    }
    const { targetPath, fragment } = parts;
    const key = `${targetPath}#${fragment}`;
    const known = resolvedAt.get(key);
    if (known !== undefined) {
      current = known;
      break;
    }
    const document = specFiles.files.get(targetPath);
    const resolved = document === undefined ? undefined : readPointer(document.content, fragment);
    if (resolved === undefined || seen.has(key)) {
      throw new RippleError(
        'openapi/invalid',
        seen.has(key) ? `$ref '${ref}' loops back to itself` : `$ref '${ref}' does not resolve`,
        { file: current.file, pointer: `${current.pointer}/$ref` },
      );
    }
    seen.add(key);
    passed.push(key);
    current = { path: targetPath, file: displayOf(specFiles, targetPath), pointer: fragment, value: resolved };
  }
  for (const key of passed) resolvedAt.set(key, current);
  return current;
}

export function isReference(value: unknown): value is { readonly $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** The percent-decoded text, or undefined when it is not valid percent-encoding (`%` alone, `%zz`). */
export function decodeFragment(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The file a `$ref` points into and its decoded JSON pointer; undefined when the reference is no valid URI. */
function refParts(from: string, ref: string): { readonly targetPath: string; readonly fragment: string } | undefined {
  const hash = ref.indexOf('#');
  const target = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : decodeFragment(ref.slice(hash + 1));
  if (fragment === undefined) return undefined;
  if (target === '') return { targetPath: from, fragment };
  try {
    return { targetPath: resolveLocation(from, target), fragment };
  } catch {
    // decodeURI's URIError or URL's TypeError: the reference is not a URI.
    return undefined;
  }
}

function resolveLocation(from: string, target: string): string {
  if (/^[a-z]+:\/\//i.test(target)) return target;
  if (/^[a-z]+:\/\//i.test(from)) return new URL(target, from).href;
  return path.resolve(path.dirname(from), decodeURI(target));
}

function displayOf(specFiles: SpecFiles, location: string): string {
  return specFiles.files.get(location)?.display ?? location;
}
