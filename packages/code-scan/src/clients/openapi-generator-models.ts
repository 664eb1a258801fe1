import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { compareStrings, nameKey, type ClientSite, type Diagnostic } from '@ripple/model';
import { SKIPPED_DIRS } from '../services/discover-services.js';
import { camelCase, pascalCase } from '../adapters/naming/camel-case.js';
import { snakeCase } from '../adapters/naming/snake-case.js';

/**
 * A model file openapi-generator (or swagger-codegen) wrote for a schema, in any of its languages: Dart's
 * `lib/model/member_dto.dart`, Kotlin's `models/MemberDto.kt`, Go's `model_member_dto.go`, Python's
 * `models/member_dto.py`. TypeScript and JavaScript output is not listed here: the scan reads those as code.
 */
export interface GeneratedModel {
  /** Relative to the root. */
  readonly file: string;
  /** The schema the file is named after, in PascalCase (`member_dto.dart` and `model_member_dto.go` are `MemberDto`). */
  readonly schema: string;
  /** The generator's output folder, by its name (`members_api_client`): the client the model belongs to. */
  readonly service: string;
  readonly text: string;
}

/** A model: a file under a `model`/`models` folder (any case), or Go's `model_*.go`. */
const MODEL_PATH = /(^|\/)models?\/[^/]+$|(^|\/)model_[^/]+\.go$/i;
/** Languages the scan reads itself, and files that are no model (docs, tests, a package's `__init__.py` or `mod.rs`). */
const NOT_A_MODEL = /\.([cm]?[jt]sx?|md|json|ya?ml)$|(^|\/)(docs?|test|tests|spec)\/|(^|\/)(__init__|index|mod)\.\w+$/i;
/** How deep the walk looks for manifests, and how many folders it opens at most. */
const MAX_DEPTH = 12;
const MAX_FOLDERS = 20_000;

/**
 * The model files of every openapi-generator client in the repository, found by the manifest the generator writes
 * beside its output (`.openapi-generator/FILES`). A file the manifest lists that is missing is a `client/missing-file`
 * warning naming the manifest. Walks folders on an explicit stack, skipping dependencies and build output.
 */
export async function findGeneratedModels(root: string): Promise<{ readonly models: readonly GeneratedModel[]; readonly diagnostics: readonly Diagnostic[] }> {
  const manifests: string[] = [];
  const stack: { dir: string; depth: number }[] = [{ dir: '.', depth: 0 }];
  for (let opened = 0; stack.length > 0 && opened < MAX_FOLDERS; opened++) {
    const { dir, depth } = stack.pop()!;
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
      // Where the generator records what it wrote: `<output>/.openapi-generator/FILES`, one path per line.
      if (entry.name === '.openapi-generator') manifests.push(`${path}/FILES`);
      else if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.') && depth < MAX_DEPTH) stack.push({ dir: path, depth: depth + 1 });
    }
  }
  const models: GeneratedModel[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const manifest of manifests.sort(compareStrings)) {
    const text = await readFile(join(root, manifest), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const output = dirname(dirname(manifest));
    const service = basename(output === '.' ? root : output);
    for (const [index, line] of text.split('\n').entries()) {
      const listed = line.trim();
      if (listed === '' || listed.startsWith('#') || !MODEL_PATH.test(listed) || NOT_A_MODEL.test(listed)) continue;
      const file = output === '.' ? listed : `${output}/${listed}`;
      const source = await readFile(join(root, file), 'utf8').catch(() => undefined);
      if (source === undefined) {
        diagnostics.push({
          kind: 'diagnostic',
          code: 'client/missing-file',
          message: `${manifest}:${index + 1}: the generated client lists ${listed}, which is missing; its fields are not followed`,
          location: { file: manifest, line: index + 1 },
        });
        continue;
      }
      models.push({ file, schema: pascalCase(basename(listed, extname(listed)).replace(/^model_/i, '')), service, text: source });
    }
  }
  return { models, diagnostics };
}

/** A schema field an API description declares: `MemberDto.email`. */
export interface SchemaField {
  readonly schema: string;
  readonly property: string;
}

/**
 * The definitions of the given schema fields in generated model files: the first line of the schema's model that
 * names the field as a word in one of the generators' casings (`contactEmail`, `contact_email`, `ContactEmail`, its
 * wire name in quotes), not as a member (`this.contactEmail`). The schema is matched case- and
 * separator-insensitively. Pure; linear in fields times the lines of their schema's models.
 */
export function generatedModelSites(models: readonly GeneratedModel[], fields: readonly SchemaField[]): ClientSite[] {
  // Each model's lines, split once: a schema's fields are looked up in the same file.
  const bySchema = new Map<string, { readonly model: GeneratedModel; readonly lines: readonly string[] }[]>();
  for (const model of models) {
    const key = nameKey(model.schema);
    bySchema.set(key, [...(bySchema.get(key) ?? []), { model, lines: model.text.split('\n') }]);
  }
  const sites: ClientSite[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    for (const { model, lines } of bySchema.get(nameKey(field.schema)) ?? []) {
      const id = `${model.file}\u0000${field.property}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const line = lineOf(lines, field.property);
      if (line === undefined) continue;
      sites.push({
        kind: 'client-site',
        service: model.service,
        schema: model.schema,
        property: field.property,
        access: 'definition',
        location: { file: model.file, line },
        symbol: `${model.schema}.${field.property}`,
      });
    }
  }
  return sites;
}

function lineOf(lines: readonly string[], property: string): number | undefined {
  const words = new Set([property, camelCase(property), snakeCase(camelCase(property)), pascalCase(camelCase(property))]);
  // A word of the line, not a member access (`this.contactEmail`, `other.contactEmail`): the declaration.
  const found = lines.findIndex((line) => [...line.matchAll(/(^|[^.\w$])([A-Za-z_$][\w$]*)/g)].some((match) => words.has(match[2]!)));
  return found >= 0 ? found + 1 : undefined;
}
