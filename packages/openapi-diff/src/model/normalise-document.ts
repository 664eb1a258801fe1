import { compareStrings } from '@ripple/model';
import { buildSchemaTable, type SchemaTable, type SyntheticProperty } from './build-schema-table.js';
import { appendPointer } from './json-pointer.js';
import { stabilityAsWritten } from './stability-level.js';
import type {
  Header,
  HttpMethod,
  MediaType,
  OpenApiDocument,
  Operation,
  Parameter,
  ParameterLocation,
  RequestBody,
  Response,
  SecurityRequirement,
  SecurityScheme,
} from './open-api-document.js';
import { resolveRef, type Located, type SpecFiles } from './resolve-ref.js';

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Raw = Record<string, unknown>;

const PARAMETER_KEYWORDS = new Set(['required', 'name', 'in', 'collectionFormat', 'allowEmptyValue', 'description']);

/**
 * Folds the parsed files of one description (already validated) into the normalised model. Pure: the same
 * files give the same document. Swagger 2.0 `body`/`formData` parameters become a request body, `produces` and
 * `consumes` become media types, and every `$ref` is followed with its pointer kept.
 */
export function normaliseDocument(specFiles: SpecFiles, version: '2.0' | '3.0' | '3.1'): Omit<OpenApiDocument, 'diagnostics'> {
  const rootPath = specFiles.rootPath;
  const rootFile = specFiles.files.get(rootPath);
  const root = asObject(rootFile?.content);
  const file = rootFile?.display ?? rootPath;
  const table = buildSchemaTable(specFiles, version);
  const follow = (path: string, pointer: string, value: unknown): Located => resolveRef(specFiles, path, pointer, value);
  const globalSecurity = Array.isArray(root.security) ? securityOf(root.security) : undefined;
  const context: Context = { version, table, follow, root, globalSecurity };

  const operations: Operation[] = [];
  const paths = asObject(root.paths);
  for (const path of Object.keys(paths).sort(compareStrings)) {
    operations.push(...operationsOf(context, follow(rootPath, appendPointer('/paths', path), paths[path]), path, false));
  }
  const webhooks: Operation[] = [];
  const rawWebhooks = asObject(root.webhooks);
  for (const name of Object.keys(rawWebhooks).sort(compareStrings)) {
    webhooks.push(...operationsOf(context, follow(rootPath, appendPointer('/webhooks', name), rawWebhooks[name]), name, true));
  }

  const schemesPointer = version === '2.0' ? '/securityDefinitions' : '/components/securitySchemes';
  const rawSchemes = asObject(version === '2.0' ? root.securityDefinitions : asObject(root.components).securitySchemes);
  const securitySchemes = Object.keys(rawSchemes)
    .sort(compareStrings)
    .map((name) => securitySchemeOf(name, follow(rootPath, appendPointer(schemesPointer, name), rawSchemes[name])));

  const schemasPointer = version === '2.0' ? '/definitions' : '/components/schemas';
  const rawSchemas = asObject(version === '2.0' ? root.definitions : asObject(root.components).schemas);
  const componentSchemas = Object.keys(rawSchemas)
    .sort(compareStrings)
    .map((name) => {
      const pointer = appendPointer(schemasPointer, name);
      return { name, pointer, schema: table.schemaAt(rootPath, pointer, rawSchemas[name]) };
    });

  return {
    file,
    version,
    operations,
    webhooks,
    security: globalSecurity,
    securitySchemes,
    componentSchemas,
    schemas: table.schemas,
  };
}

interface Context {
  readonly version: '2.0' | '3.0' | '3.1';
  readonly table: SchemaTable;
  readonly follow: (path: string, pointer: string, value: unknown) => Located;
  readonly root: Raw;
  readonly globalSecurity: readonly SecurityRequirement[] | undefined;
}

function operationsOf(context: Context, item: Located, path: string, webhook: boolean): Operation[] {
  const raw = asObject(item.value);
  const shared = parametersOf(context, item, raw.parameters, appendPointer(item.pointer, 'parameters'));
  const operations: Operation[] = [];
  for (const method of METHODS) {
    if (!Object.hasOwn(raw, method)) continue;
    const pointer = appendPointer(item.pointer, method);
    const op = asObject(raw[method]);
    const located: Located = { ...item, pointer, value: op };
    const own = parametersOf(context, located, op.parameters, appendPointer(pointer, 'parameters'));
    const merged = new Map<string, RawParameter>();
    for (const parameter of [...shared, ...own]) merged.set(`${parameter.in}:${parameter.name}`, parameter);
    const all = [...merged.values()];
    const requestBody =
      context.version === '2.0' ? requestBodyFrom20(context, located, all) : requestBodyOf(context, located, op.requestBody);
    const parameters = all
      .filter((parameter) => parameter.in !== 'body' && parameter.in !== 'formData')
      .map((parameter) => parameterOf(context, parameter))
      .sort((a, b) => compareStrings(a.in, b.in) || compareStrings(a.name, b.name));
    const responses = asObject(op.responses);
    const ownSecurity = Array.isArray(op.security);
    operations.push({
      key: webhook ? `${method.toUpperCase()} webhook:${path}` : `${method.toUpperCase()} ${path}`,
      method,
      path,
      match: webhook ? path : path.replaceAll(/\{[^}]*\}/g, '{}'),
      pointer,
      file: item.file,
      operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
      deprecated: op.deprecated === true,
      sunset: typeof op['x-sunset'] === 'string' ? op['x-sunset'] : undefined,
      stability: stabilityAsWritten(op['x-stability-level']),
      tags: Array.isArray(op.tags) ? op.tags.filter(isString).sort(compareStrings) : [],
      parameters,
      requestBody,
      responses: Object.keys(responses)
        .filter((status) => !status.startsWith('x-'))
        .sort(compareStrings)
        .map((status) =>
          responseOf(context, located, status, item.path, appendPointer(pointer, 'responses', status), responses[status]),
        ),
      security: ownSecurity ? securityOf(op.security as unknown[]) : context.globalSecurity,
      ownSecurity,
    });
  }
  return operations;
}

interface RawParameter {
  readonly name: string;
  readonly in: string;
  readonly located: Located;
  readonly raw: Raw;
}

function parametersOf(context: Context, owner: Located, value: unknown, pointer: string): RawParameter[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry, i) => {
    const located = context.follow(owner.path, appendPointer(pointer, i), entry);
    const raw = asObject(located.value);
    const where = String(raw.in);
    const name = String(raw.name);
    return { name: where === 'header' ? name.toLowerCase() : name, in: where, located, raw };
  });
}

function parameterOf(context: Context, parameter: RawParameter): Parameter {
  const { raw, located } = parameter;
  const where = (['path', 'query', 'header', 'cookie'].includes(parameter.in) ? parameter.in : 'query') as ParameterLocation;
  let schema: number | undefined;
  let style: string;
  let explode: boolean;
  if (context.version === '2.0') {
    schema = context.table.schemaAt(located.path, located.pointer, withoutParameterKeywords(raw));
    [style, explode] = styleOf20(where, raw.collectionFormat);
  } else {
    if (raw.schema !== undefined) schema = context.table.schemaAt(located.path, appendPointer(located.pointer, 'schema'), raw.schema);
    else schema = firstContentSchema(context, located, raw.content);
    style = typeof raw.style === 'string' ? raw.style : where === 'path' || where === 'header' ? 'simple' : 'form';
    explode = typeof raw.explode === 'boolean' ? raw.explode : style === 'form';
  }
  return {
    name: parameter.name,
    in: where,
    required: where === 'path' || raw.required === true,
    deprecated: raw.deprecated === true,
    sunset: typeof raw['x-sunset'] === 'string' ? raw['x-sunset'] : undefined,
    style,
    explode,
    schema,
    pointer: located.pointer,
    file: located.file,
  };
}

/** A 2.0 parameter is its own schema, minus the keywords that describe the parameter rather than the value. */
function withoutParameterKeywords(raw: Raw): Raw {
  const schema: Raw = {};
  for (const [key, value] of Object.entries(raw)) if (!PARAMETER_KEYWORDS.has(key)) schema[key] = value;
  return schema;
}

function styleOf20(where: ParameterLocation, collectionFormat: unknown): [string, boolean] {
  switch (collectionFormat) {
    case 'multi':
      return ['form', true];
    case 'ssv':
      return ['spaceDelimited', false];
    case 'pipes':
      return ['pipeDelimited', false];
    case 'tsv':
      return ['tabDelimited', false];
    default:
      return [where === 'path' || where === 'header' ? 'simple' : 'form', false];
  }
}

function firstContentSchema(context: Context, owner: Located, content: unknown): number | undefined {
  const media = asObject(content);
  const first = Object.keys(media).sort(compareStrings)[0];
  if (first === undefined) return undefined;
  const entry = asObject(media[first]);
  if (entry.schema === undefined) return undefined;
  return context.table.schemaAt(owner.path, appendPointer(owner.pointer, 'content', first, 'schema'), entry.schema);
}

function requestBodyOf(context: Context, operation: Located, value: unknown): RequestBody | undefined {
  if (value === undefined) return undefined;
  const located = context.follow(operation.path, appendPointer(operation.pointer, 'requestBody'), value);
  const raw = asObject(located.value);
  return {
    required: raw.required === true,
    content: contentOf(context, located, raw.content),
    pointer: located.pointer,
    file: located.file,
  };
}

function requestBodyFrom20(context: Context, operation: Located, parameters: readonly RawParameter[]): RequestBody | undefined {
  const op = asObject(operation.value);
  const consumes = mediaTypes20(op.consumes ?? context.root.consumes);
  const body = parameters.find((parameter) => parameter.in === 'body');
  if (body) {
    const pointer = appendPointer(body.located.pointer, 'schema');
    const schema = context.table.schemaAt(body.located.path, pointer, body.raw.schema);
    return {
      required: body.raw.required === true,
      content: consumes.map((type) => ({ type, schema, pointer, file: body.located.file })),
      pointer: body.located.pointer,
      file: body.located.file,
    };
  }
  const form = parameters.filter((parameter) => parameter.in === 'formData');
  const first = form[0];
  if (!first) return undefined;
  const properties: SyntheticProperty[] = form.map((parameter) => ({
    name: parameter.name,
    required: parameter.raw.required === true,
    path: parameter.located.path,
    pointer: parameter.located.pointer,
    value: withoutParameterKeywords(parameter.raw),
  }));
  const pointer = appendPointer(operation.pointer, 'parameters');
  const schema = context.table.objectOf(operation.path, pointer, properties);
  const formTypes = consumes.filter((type) => type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded');
  return {
    required: form.some((parameter) => parameter.raw.required === true),
    content: (formTypes.length > 0 ? formTypes : ['application/x-www-form-urlencoded']).map((type) => ({
      type,
      schema,
      pointer,
      file: first.located.file,
    })),
    pointer,
    file: first.located.file,
  };
}

function responseOf(context: Context, operation: Located, status: string, path: string, pointer: string, value: unknown): Response {
  const located = context.follow(path, pointer, value);
  const raw = asObject(located.value);
  let content: MediaType[];
  if (context.version === '2.0') {
    const produces = mediaTypes20(asObject(operation.value).produces ?? context.root.produces);
    const schemaPointer = appendPointer(located.pointer, 'schema');
    const schema = raw.schema === undefined ? undefined : context.table.schemaAt(located.path, schemaPointer, raw.schema);
    content = schema === undefined ? [] : produces.map((type) => ({ type, schema, pointer: schemaPointer, file: located.file }));
  } else {
    content = contentOf(context, located, raw.content);
  }
  const rawHeaders = asObject(raw.headers);
  const headers = Object.keys(rawHeaders)
    .map((name): Header => {
      const header = context.follow(located.path, appendPointer(located.pointer, 'headers', name), rawHeaders[name]);
      const rawHeader = asObject(header.value);
      const schema =
        context.version === '2.0'
          ? context.table.schemaAt(header.path, header.pointer, rawHeader)
          : rawHeader.schema !== undefined
            ? context.table.schemaAt(header.path, appendPointer(header.pointer, 'schema'), rawHeader.schema)
            : firstContentSchema(context, header, rawHeader.content);
      return { name: name.toLowerCase(), required: rawHeader.required === true, schema, pointer: header.pointer, file: header.file };
    })
    .sort((a, b) => compareStrings(a.name, b.name));
  return { status: status.toUpperCase(), headers, content, pointer: located.pointer, file: located.file };
}

function contentOf(context: Context, owner: Located, value: unknown): MediaType[] {
  const content = asObject(value);
  return Object.keys(content)
    .sort(compareStrings)
    .map((type) => {
      const pointer = appendPointer(owner.pointer, 'content', type);
      const entry = asObject(content[type]);
      const schema =
        entry.schema === undefined ? undefined : context.table.schemaAt(owner.path, appendPointer(pointer, 'schema'), entry.schema);
      return { type: type.toLowerCase(), schema, pointer, file: owner.file };
    });
}

function mediaTypes20(value: unknown): string[] {
  const types = Array.isArray(value) ? value.filter(isString).map((type) => type.toLowerCase()) : [];
  return types.length > 0 ? [...new Set(types)].sort(compareStrings) : ['application/json'];
}

function securityOf(requirements: readonly unknown[]): SecurityRequirement[] {
  return requirements.map((requirement) => {
    const raw = asObject(requirement);
    return {
      schemes: Object.keys(raw)
        .sort(compareStrings)
        .map((name) => ({
          name,
          scopes: Array.isArray(raw[name]) ? (raw[name] as unknown[]).filter(isString).sort(compareStrings) : [],
        })),
    };
  });
}

function securitySchemeOf(name: string, located: Located): SecurityScheme {
  const raw = asObject(located.value);
  const flows: SecurityScheme['flows'][number][] = [];
  if (typeof raw.flow === 'string') {
    flows.push(flowOf(raw.flow, raw));
  } else {
    const rawFlows = asObject(raw.flows);
    for (const flow of Object.keys(rawFlows).sort(compareStrings)) flows.push(flowOf(flow, asObject(rawFlows[flow])));
  }
  return { name, type: String(raw.type), pointer: located.pointer, file: located.file, flows };
}

function flowOf(name: string, raw: Raw): SecurityScheme['flows'][number] {
  return {
    name,
    authorizationUrl: typeof raw.authorizationUrl === 'string' ? raw.authorizationUrl : undefined,
    tokenUrl: typeof raw.tokenUrl === 'string' ? raw.tokenUrl : undefined,
    scopes: Object.keys(asObject(raw.scopes)).sort(compareStrings),
  };
}

function asObject(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
