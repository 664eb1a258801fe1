import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { RippleError } from '@ripple/model';
import type { OpenApiDocument } from '../model/open-api-document.js';
import { normaliseDocument } from '../model/normalise-document.js';
import type { SpecFiles } from '../model/resolve-ref.js';
import { validateSpecSchema } from './validate-spec-schema.js';

/**
 * Reads one OpenAPI description (2.0, 3.0 or 3.1; YAML or JSON; split over several files or not) and returns
 * the normalised model. `file` is relative to `options.root` (or absolute); the model names files relative to
 * the root. swagger-parser parses the files and resolves external `$ref`s; the document is validated against
 * the OpenAPI JSON Schema; every `$ref` is then followed with its pointer kept, circular ones included.
 * A missing, unparseable or invalid description throws `RippleError('openapi/invalid')` naming the file and the
 * JSON pointer (and the line, for YAML syntax errors).
 */
export async function loadOpenApi(file: string, options: { readonly root: string }): Promise<OpenApiDocument> {
  const absolute = path.resolve(options.root, file);
  const display = (location: string): string =>
    /^[a-z]+:\/\//i.test(location) ? location : path.relative(options.root, location).split(path.sep).join('/');
  const parser = new SwaggerParser();
  let root: unknown;
  try {
    root = await parser.parse(absolute);
  } catch (error) {
    throw asLoadError(error, display(absolute));
  }
  const version = versionOf(root);
  validateSpecSchema(root, version, display(absolute));

  const files = new Map<string, { display: string; content: unknown }>([[absolute, { display: display(absolute), content: root }]]);
  if (hasExternalRefs(root)) {
    try {
      await parser.resolve(absolute);
    } catch (error) {
      throw asLoadError(error, display(absolute));
    }
    const values = parser.$refs.values() as Record<string, unknown>;
    for (const location of Object.keys(values)) {
      if (location !== absolute) files.set(location, { display: display(location), content: values[location] });
    }
  }
  const specFiles: SpecFiles = { rootPath: absolute, files };
  return normaliseDocument(specFiles, version);
}

function versionOf(document: unknown): '2.0' | '3.0' | '3.1' {
  const raw = document as { swagger?: unknown; openapi?: unknown };
  if (raw.swagger === '2.0') return '2.0';
  return typeof raw.openapi === 'string' && raw.openapi.startsWith('3.1') ? '3.1' : '3.0';
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

function asLoadError(error: unknown, file: string): RippleError {
  if (error instanceof RippleError) return error;
  const message = error instanceof Error ? error.message : String(error);
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
