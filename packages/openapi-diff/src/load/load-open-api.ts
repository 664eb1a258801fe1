import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { RippleError } from '@ripple/model';
import type { OpenApiDocument } from '../model/open-api-document.js';
import { normaliseDocument } from '../model/normalise-document.js';
import type { SpecFiles } from '../model/resolve-ref.js';
import { appendPointer } from '../model/json-pointer.js';
import { findDuplicateEndpoints } from './find-duplicate-endpoints.js';
import { measureNestingDepth } from './measure-nesting-depth.js';
import { refuseRemoteRef } from './refuse-remote-ref.js';
import { validateSpecSchema } from './validate-spec-schema.js';

/**
 * Reads one OpenAPI description (2.0, 3.0 or 3.1; YAML or JSON; split over several files or not) and returns
 * the normalised model. `file` is relative to `options.root` (or absolute); the model names files relative to
 * the root. swagger-parser parses the files and resolves external `$ref`s; the document is validated against
 * the OpenAPI JSON Schema, each violation becoming a warning diagnostic (`diagnostics`); every `$ref` is then
 * followed with its pointer kept, circular ones included. A description that cannot be diffed at all (missing,
 * unparseable, not an object, no version, a `$ref` that does not resolve) throws `RippleError('openapi/invalid')`
 * naming the file and the JSON pointer (and the line, for YAML syntax errors).
 */
export interface LoadOptions {
  /** Spec file names in the model are relative to this folder. */
  readonly root: string;
  /**
   * Follow `$ref`s to `http(s)` URLs. Off by default: a description from an untrusted pull request must not make
   * the CI runner fetch URLs of its choosing. Even when on, loopback, private-network and link-local addresses
   * are refused (`refuseRemoteRef`).
   */
  readonly allowRemoteRefs?: boolean;
  /** With `allowRemoteRefs`, also follow URLs on loopback and private addresses (tests serve their files so). */
  readonly allowInternalUrls?: boolean;
}

/**
 * json-schema-ref-parser's parser, which swagger-parser extends (and does not export): it parses and resolves
 * without swagger-parser's refusals (no `paths`, a version it does not list, a number for `info.version`), which
 * are diffable descriptions; what is wrong with them is reported by the validation instead.
 */
const RefParser = Object.getPrototypeOf(SwaggerParser.prototype).constructor as new () => SwaggerParser;

export async function loadOpenApi(file: string, options: LoadOptions): Promise<OpenApiDocument> {
  const absolute = path.resolve(options.root, file);
  const display = (location: string): string =>
    /^[a-z]+:\/\//i.test(location) ? location : path.relative(options.root, location).split(path.sep).join('/');
  const parser = new RefParser();
  let root: unknown;
  try {
    root = await parser.parse(absolute);
  } catch (error) {
    throw asLoadError(error, absolute, display(absolute));
  }
  const version = versionOf(root, display(absolute));
  const deepest = measureNestingDepth(root);
  const diagnostics = await validateSpecSchema(root, version, display(absolute), deepest);

  const files = new Map<string, { display: string; content: unknown }>([[absolute, { display: display(absolute), content: root }]]);
  if (hasExternalRefs(root)) {
    // Following external references walks the document recursively (json-schema-ref-parser): refuse a depth it
    // cannot take rather than overflow. Descriptions without external references never take this path.
    if (deepest.depth > RESOLVER_DEPTH_LIMIT) {
      throw new RippleError(
        'openapi/invalid',
        `too deeply nested to follow its external $refs: ${deepest.depth} levels (at most ${RESOLVER_DEPTH_LIMIT})`,
        { file: display(absolute), pointer: deepest.pointer },
      );
    }
    let refusal: { url: string; reason: string } | undefined;
    const remote = {
      order: 1,
      canRead: /^https?:\/\//i,
      read: async (target: { url: string }): Promise<string> => {
        const reason = await remoteRefusal(target.url, options);
        if (reason !== undefined) {
          refusal ??= { url: target.url, reason };
          throw new Error(reason);
        }
        return fetchRemote(target.url, options);
      },
    };
    try {
      await parser.resolve(absolute, { resolve: { http: false, remote } as never });
    } catch (error) {
      if (refusal) {
        throw new RippleError('openapi/remote-ref', `$ref to ${refusal.url} not followed: ${refusal.reason}`, {
          file: display(absolute),
          pointer: pointerOfRefTo(root, refusal.url) ?? '',
        });
      }
      throw asLoadError(error, absolute, display(absolute));
    }
    const values = parser.$refs.values() as Record<string, unknown>;
    for (const location of Object.keys(values)) {
      if (location !== absolute) files.set(location, { display: display(location), content: values[location] });
    }
  }
  const specFiles: SpecFiles = { rootPath: absolute, files };
  const document = normaliseDocument(specFiles, version);
  return { ...document, diagnostics: [...diagnostics, ...findDuplicateEndpoints(document.operations)] };
}

async function remoteRefusal(url: string, options: LoadOptions): Promise<string | undefined> {
  if (options.allowRemoteRefs !== true) return 'remote references are off (turn them on with --allow-remote-refs or allowRemoteRefs in ripple.config.json)';
  if (options.allowInternalUrls === true) return undefined;
  const reason = await refuseRemoteRef(url);
  return reason === undefined ? undefined : `${reason}, refused even with --allow-remote-refs`;
}

/** Fetches a remote file, following at most 5 redirects, each target checked like the first URL. */
async function fetchRemote(url: string, options: LoadOptions): Promise<string> {
  let current = url;
  for (let hop = 0; hop <= 5; hop++) {
    const response = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      current = new URL(location, current).href;
      const reason = await remoteRefusal(current, options);
      if (reason !== undefined) throw new Error(`redirected to ${current}: ${reason}`);
      continue;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${current}`);
    return response.text();
  }
  throw new Error(`more than 5 redirects from ${url}`);
}

/** The pointer of the first `$ref` (in document order) into the file at `url`, to name where a refused one is. */
function pointerOfRefTo(document: unknown, url: string): string | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value: document, pointer: '' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, pointer } = visit;
    if (value === null || typeof value !== 'object') continue;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.split('#')[0] === url) return appendPointer(pointer, '$ref');
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (value as Record<string, unknown>)[key], pointer: appendPointer(pointer, key) });
    }
  }
  return undefined;
}

/** The nesting json-schema-ref-parser's recursive crawl is given, well within the call stack. */
const RESOLVER_DEPTH_LIMIT = 1000;

/** The version a description declares; without one it cannot be diffed at all. */
function versionOf(document: unknown, file: string): '2.0' | '3.0' | '3.1' {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new RippleError('openapi/invalid', 'not an OpenAPI description: the document is not an object', { file, pointer: '' });
  }
  const raw = document as { swagger?: unknown; openapi?: unknown };
  if (raw.swagger === '2.0') return '2.0';
  if (typeof raw.openapi === 'string' && raw.openapi.startsWith('3.')) return raw.openapi.startsWith('3.1') ? '3.1' : '3.0';
  throw new RippleError('openapi/invalid', "not an OpenAPI description: no 'openapi: 3.x' or 'swagger: \"2.0\"' version", { file, pointer: '' });
}

/** True when some `$ref` points outside the document; only then is the slower multi-file resolution needed. */
function hasExternalRefs(document: unknown): boolean {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && !item.startsWith('#')) return true;
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return false;
}

function asLoadError(error: unknown, absolute: string, file: string): RippleError {
  if (error instanceof RippleError) return error;
  const message = (error instanceof Error ? error.message : String(error)).replaceAll(absolute, file);
  const code = (error as { code?: unknown }).code;
  if (code === 'ERESOLVER' || /ENOENT|EACCES|EISDIR/.test(message)) {
    return new RippleError('openapi/invalid', `cannot read the description: ${firstLine(message)}`, { file, pointer: '' }, { cause: error });
  }
  const position = /\((\d+):(\d+)\)/.exec(message);
  const line = position?.[1] ? Number(position[1]) : undefined;
  const reason = firstLine(message).replace(/^Error parsing [^:]+: /, '');
  return new RippleError(
    'openapi/invalid',
    `cannot parse the description: ${reason}`,
    line === undefined ? { file, pointer: '' } : { file, pointer: '', line },
    { cause: error },
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
