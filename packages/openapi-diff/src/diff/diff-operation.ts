import type { MediaType, OpenApiDocument, Operation, Parameter, RequestBody, Response } from '../model/open-api-document.js';
import { whereOf, type ChangeEvent, type Site, type Where } from './change-event.js';
import { stabilityLevelOf, STABILITY_LEVELS } from '../model/stability-level.js';
import { deprecationDaysFor, deprecationOf, isWithinStabilityLevel, type DiffPolicy } from './deprecation-policy.js';
import { diffSchemas, type SchemaMemo } from './diff-schemas.js';
import { parseSunsetDate } from './parse-sunset-date.js';

export interface Pair {
  readonly base: OpenApiDocument;
  readonly head: OpenApiDocument;
  /** `YYYY-MM-DD`, for sunset checks; without it no removal is judged against a sunset date. */
  readonly today: string | undefined;
  readonly policy: DiffPolicy;
  /** The days a deprecation in the operation being compared must give before its sunset (from its stability). */
  readonly sunsetDays: number;
  /** Counts what it emits into `memo.emitted`. */
  readonly emit: (event: ChangeEvent) => void;
  readonly memo: SchemaMemo;
}

/** The places a change is at in base and in head, where each exists. */
interface Sides {
  readonly base?: Where;
  readonly head?: Where;
}

function locate(where: Where | undefined): Where | undefined {
  return where === undefined ? undefined : whereOf(where);
}

/**
 * Everything that changed inside one operation present in both descriptions. An `x-stability-level` that is no
 * level is reported on either side; below `--stability-level` (in head) only the stability change is compared.
 */
export function diffOperation(outer: Pair, base: Operation, head: Operation): void {
  const operation = base.key;
  const pair: Pair = { ...outer, sunsetDays: deprecationDaysFor(outer.policy, head.stability) };
  const at = (site: Site, change: string, where: Where, subject: string, detail?: string, property?: string): void =>
    pair.emit({ site, change, operation, pointer: where.pointer, file: where.file, base: locate(base), head: locate(head), subject, detail, property });
  const endpointSite: Site = operation.includes(' webhook:') ? 'webhook' : 'endpoint';

  for (const side of [base, head]) {
    if (stabilityLevelOf(side.stability) === undefined) at(endpointSite, 'invalid-stability-level', side, 'endpoint', side.stability);
  }
  const baseLevel = stabilityLevelOf(base.stability);
  const headLevel = stabilityLevelOf(head.stability);
  // Gated on the level the operation leaves, as oasdiff: stable to draft is reported, draft to stable only at `draft`.
  if (baseLevel !== undefined && headLevel !== undefined && baseLevel !== headLevel && isWithinStabilityLevel(pair.policy, baseLevel)) {
    const trend = STABILITY_LEVELS.indexOf(headLevel) - STABILITY_LEVELS.indexOf(baseLevel);
    at(endpointSite, trend < 0 ? 'stability-decreased' : 'stability-increased', base, 'endpoint', `from ${baseLevel} to ${headLevel}`);
  }
  if (!isWithinStabilityLevel(pair.policy, head.stability)) return;

  if (base.deprecated !== head.deprecated) {
    if (!head.deprecated) at(endpointSite, 'reactivated', base, 'endpoint');
    else if (headLevel !== undefined) {
      // With a stability that is no level the deprecation cannot be judged: that is reported above.
      const change = deprecationOf(head.sunset, pair.sunsetDays, pair.today);
      if (change === 'deprecated-sunset-invalid') at(endpointSite, 'deprecated-sunset-parse', head, 'endpoint', head.sunset);
      else at(endpointSite, change, base, 'endpoint', head.sunset);
    }
  } else if (base.deprecated && base.sunset !== head.sunset) {
    const baseDate = parseSunsetDate(base.sunset);
    const headDate = parseSunsetDate(head.sunset);
    if (head.sunset === undefined) at(endpointSite, 'sunset-deleted', base, 'endpoint', base.sunset);
    else if (base.sunset === undefined) {
      // A sunset date added to a deprecated operation moves nothing earlier.
    } else if (baseDate === undefined || headDate === undefined) {
      // An unreadable date is reported as such, never compared (`invalid-date` is not earlier than anything).
      const unreadable = headDate === undefined ? head.sunset : base.sunset;
      at(endpointSite, 'path-sunset-parse', headDate === undefined ? head : base, 'endpoint', unreadable);
    } else if (headDate < baseDate) {
      at(endpointSite, 'sunset-date-changed-too-small', base, 'endpoint', `from ${base.sunset} to ${head.sunset}`);
    }
  }
  if (base.operationId !== head.operationId) {
    if (base.operationId === undefined) at(endpointSite, 'operation-id-added', head, 'endpoint', head.operationId);
    else at(endpointSite, 'operation-id-removed', base, 'endpoint', `${base.operationId}${head.operationId ? ` replaced with ${head.operationId}` : ''}`);
  }
  for (const tag of base.tags) if (!head.tags.includes(tag)) at(endpointSite, 'tag-removed', base, 'endpoint', tag);
  for (const tag of head.tags) if (!base.tags.includes(tag)) at(endpointSite, 'tag-added', head, 'endpoint', tag);

  diffParameters(pair, base, head);
  diffRequestBody(pair, operation, base.requestBody, head.requestBody);
  diffResponses(pair, operation, base.responses, head.responses);
  diffOperationSecurity(pair, base, head);
}

function diffParameters(pair: Pair, base: Operation, head: Operation): void {
  const operation = base.key;
  const keyOf = (parameter: Parameter): string => `${parameter.in}:${parameter.in === 'path' ? '' : parameter.name}`;
  // Path parameters match by position in the template: renaming `{id}` to `{customerId}` is not a change.
  const pathNames = (op: Operation): string[] => [...op.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
  const basePath = pathNames(base);
  const headPath = pathNames(head);
  const identity = (parameter: Parameter, names: readonly string[]): string =>
    parameter.in === 'path' ? `path:${names.indexOf(parameter.name)}` : keyOf(parameter);
  const headById = new Map(head.parameters.map((parameter) => [identity(parameter, headPath), parameter]));
  const baseIds = new Set(base.parameters.map((parameter) => identity(parameter, basePath)));
  const label = (parameter: Parameter): string => `${parameter.in} parameter \`${parameter.name}\``;
  const emit = (change: string, parameter: Parameter, sides: Sides, detail?: string): void =>
    pair.emit({
      site: 'request-parameter',
      change,
      operation,
      pointer: parameter.pointer,
      file: parameter.file,
      base: locate(sides.base),
      head: locate(sides.head),
      subject: label(parameter),
      detail,
      property: parameter.name,
    });

  for (const parameter of base.parameters) {
    const next = headById.get(identity(parameter, basePath));
    if (!next) {
      emit(removalOf(parameter.deprecated, parameter.sunset, pair.today, 'removed', 'sunset-parse'), parameter, { base: parameter }, parameter.sunset);
      continue;
    }
    const both = { base: parameter, head: next };
    if (parameter.required !== next.required) emit(next.required ? 'became-required' : 'became-optional', parameter, both);
    if (parameter.deprecated !== next.deprecated) {
      // oasdiff has no `request-parameter-deprecated-with-sunset`: a readable date is a plain deprecation.
      const change = next.deprecated ? deprecationOf(next.sunset, pair.sunsetDays, pair.today) : 'reactivated';
      const named = { 'deprecated-sunset-invalid': 'sunset-parse', 'deprecated-with-sunset': 'deprecated' }[change] ?? change;
      emit(named, parameter, both, next.sunset);
    }
    if (parameter.deprecated && next.deprecated && parameter.sunset !== undefined && parameter.sunset !== next.sunset) {
      if (next.sunset === undefined) emit('sunset-deleted', parameter, both, parameter.sunset);
      else if (parseSunsetDate(parameter.sunset) === undefined || parseSunsetDate(next.sunset) === undefined) {
        emit('sunset-parse', parameter, both, `from ${parameter.sunset} to ${next.sunset}`);
      } else if (parseSunsetDate(next.sunset)! < parseSunsetDate(parameter.sunset)!) {
        emit('sunset-date-changed-too-small', parameter, both, `from ${parameter.sunset} to ${next.sunset}`);
      }
    }
    if (parameter.style !== next.style) emit('style-changed', parameter, both, `from ${parameter.style} to ${next.style}`);
    if (parameter.explode !== next.explode) emit('explode-changed', parameter, both, `from ${parameter.explode} to ${next.explode}`);
    if (parameter.schema !== undefined && next.schema !== undefined) {
      diffSchemas(
        {
          base: pair.base,
          head: pair.head,
          direction: 'request',
          rootSite: 'request-parameter',
          nestedSite: 'request-parameter-property',
          operation,
          rootSubject: label(parameter),
          suffix: ` of ${label(parameter)}`,
          rootProperty: parameter.name,
          emit: pair.emit,
          visited: new Set(),
          memo: pair.memo,
 lifecycle: pair,
        },
        parameter.schema,
        next.schema,
        '',
      );
    }
  }
  for (const parameter of head.parameters) {
    if (baseIds.has(identity(parameter, headPath))) continue;
    const schema = parameter.schema === undefined ? undefined : pair.head.schemas[parameter.schema];
    const change = parameter.required ? 'new-required-parameter' : 'new-optional-parameter';
    emit(change, parameter, { head: parameter }, schema?.default === undefined ? undefined : `default ${schema.default}`);
  }
}

/**
 * `removed-without-deprecation`, `removed-with-deprecation` or `removed-before-sunset` (only when `today` is
 * known); `unreadable` when the element was deprecated with an `x-sunset` that is no date: it is reported as
 * such and never compared with today.
 */
export function removalOf(deprecated: boolean, sunset: string | undefined, today: string | undefined, prefix: string, unreadable: string): string {
  if (!deprecated) return `${prefix}-without-deprecation`;
  if (sunset === undefined) return `${prefix}-with-deprecation`;
  const date = parseSunsetDate(sunset);
  if (date === undefined) return unreadable;
  if (today !== undefined && today < date) return `${prefix}-before-sunset`;
  return `${prefix}-with-deprecation`;
}

function diffRequestBody(pair: Pair, operation: string, base: RequestBody | undefined, head: RequestBody | undefined): void {
  const emit = (change: string, where: Where, sides: Sides, detail?: string): void =>
    pair.emit({ site: 'request-body', change, operation, pointer: where.pointer, file: where.file, base: locate(sides.base), head: locate(sides.head), subject: 'request body', detail, property: undefined });
  if (!base && !head) return;
  if (!base && head) return emit(head.required ? 'added-required' : 'added-optional', head, { head });
  if (base && !head) return emit('removed', base, { base });
  if (!base || !head) return;
  if (base.required !== head.required) emit(head.required ? 'became-required' : 'became-optional', base, { base, head });
  diffContent(pair, operation, base.content, head.content, 'request', '', (change, media, sides) => emit(change, media, sides, media.type));
}

function diffResponses(pair: Pair, operation: string, base: readonly Response[], head: readonly Response[]): void {
  const headByStatus = new Map(head.map((response) => [response.status, response]));
  const baseStatuses = new Set(base.map((response) => response.status));
  const success = (status: string): boolean => status.startsWith('2');
  const emit = (site: Site, change: string, where: Where, sides: Sides, subject: string, detail?: string, property?: string): void =>
    pair.emit({ site, change, operation, pointer: where.pointer, file: where.file, base: locate(sides.base), head: locate(sides.head), subject, detail, property });
  for (const response of base) {
    const next = headByStatus.get(response.status);
    const kind = success(response.status) ? 'success' : 'non-success';
    if (!next) {
      emit('response', `${kind}-status-removed`, response, { base: response }, `response ${response.status}`);
      continue;
    }
    const subject = `response (${response.status})`;
    diffContent(pair, operation, response.content, next.content, 'response', ` (${response.status})`, (change, media, sides) =>
      emit('response', change, media, sides, subject, media.type),
    );
    const headersByName = new Map(next.headers.map((header) => [header.name, header]));
    for (const header of response.headers) {
      const after = headersByName.get(header.name);
      const label = `response header \`${header.name}\` (${response.status})`;
      if (!after) {
        emit('response-header', header.required ? 'required-removed' : 'optional-removed', header, { base: header, head: next }, label, undefined, header.name);
        continue;
      }
      if (header.required && !after.required) emit('response-header', 'became-optional', header, { base: header, head: after }, label, undefined, header.name);
      if (!header.required && after.required) emit('response-header', 'became-required', header, { base: header, head: after }, label, undefined, header.name);
      if (header.schema !== undefined && after.schema !== undefined) {
        diffSchemas(
          {
            base: pair.base,
            head: pair.head,
            direction: 'response',
            rootSite: 'response-header',
            nestedSite: 'response-header',
            operation,
            rootSubject: label,
            suffix: ` of ${label}`,
            rootProperty: header.name,
            emit: pair.emit,
            visited: new Set(),
            memo: pair.memo,
 lifecycle: pair,
          },
          header.schema,
          after.schema,
          '',
        );
      }
    }
    for (const header of next.headers) {
      if (!response.headers.some((candidate) => candidate.name === header.name)) {
        emit('response-header', 'added', header, { base: response, head: header }, `response header \`${header.name}\` (${response.status})`, undefined, header.name);
      }
    }
  }
  for (const response of head) {
    if (baseStatuses.has(response.status)) continue;
    emit('response', `${success(response.status) ? 'success' : 'non-success'}-status-added`, response, { head: response }, `response ${response.status}`);
  }
}

/** Media types by name, then the schemas of the ones both sides have. */
function diffContent(
  pair: Pair,
  operation: string,
  base: readonly MediaType[],
  head: readonly MediaType[],
  direction: 'request' | 'response',
  suffix: string,
  emit: (change: string, media: MediaType, sides: Sides) => void,
): void {
  const headByType = new Map(head.map((media) => [media.type, media]));
  for (const media of base) {
    const next = headByType.get(media.type);
    if (!next) {
      emit('media-type-removed', media, { base: media });
      continue;
    }
    if (media.schema === undefined && next.schema !== undefined) emit('media-type-schema-added', next, { base: media, head: next });
    else if (media.schema !== undefined && next.schema === undefined) emit('media-type-schema-removed', media, { base: media, head: next });
    if (media.schema === undefined || next.schema === undefined) continue;
    diffSchemas(
      {
        base: pair.base,
        head: pair.head,
        direction,
        rootSite: direction === 'request' ? 'request-body' : 'response-body',
        nestedSite: direction === 'request' ? 'request-property' : 'response-property',
        operation,
        rootSubject: direction === 'request' ? 'request body' : `response body${suffix}`,
        suffix,
        rootProperty: undefined,
        looselyTyped: !isJsonMediaType(media.type),
        emit: pair.emit,
        visited: visitedFor(pair, operation, direction),
        memo: pair.memo,
        lifecycle: pair,
      },
      media.schema,
      next.schema,
      '',
    );
  }
  for (const media of head) if (!base.some((candidate) => candidate.type === media.type)) emit('media-type-added', media, { head: media });
}

const visitedSets = new WeakMap<Pair, Map<string, Set<string>>>();

/** One visited set per operation and direction: a schema shared by 200 and 201 is compared once. */
function visitedFor(pair: Pair, operation: string, direction: string): Set<string> {
  let byOperation = visitedSets.get(pair);
  if (!byOperation) visitedSets.set(pair, (byOperation = new Map()));
  const key = `${operation} ${direction}`;
  let visited = byOperation.get(key);
  if (!visited) byOperation.set(key, (visited = new Set()));
  return visited;
}

function diffOperationSecurity(pair: Pair, base: Operation, head: Operation): void {
  if (!base.ownSecurity && !head.ownSecurity) return;
  diffSecurityRequirements(pair, 'security', base.key, base.security ?? [], head.security ?? [], base, head);
}

/** Alternatives are matched by their set of scheme names; scopes are compared within a matched alternative. */
export function diffSecurityRequirements(
  pair: Pair,
  site: Site,
  operation: string,
  base: readonly { readonly schemes: readonly { readonly name: string; readonly scopes: readonly string[] }[] }[],
  head: readonly { readonly schemes: readonly { readonly name: string; readonly scopes: readonly string[] }[] }[],
  baseAt: Where,
  headAt: Where,
): void {
  const idOf = (requirement: (typeof base)[number]): string => requirement.schemes.map((scheme) => scheme.name).join(' + ') || '(none)';
  const emit = (change: string, sides: { base?: [Where, number]; head?: [Where, number] }, detail: string, property?: string): void => {
    const place = (side: [Where, number] | undefined): Where | undefined =>
      side === undefined ? undefined : { pointer: `${side[0].pointer}/security/${side[1]}`, file: side[0].file };
    const base = place(sides.base);
    const head = place(sides.head);
    const at = change.endsWith('added') ? head : base;
    if (at === undefined) return;
    pair.emit({
      site,
      change,
      operation,
      pointer: at.pointer,
      file: at.file,
      base,
      head,
      subject: site === 'security' ? 'security' : 'global security',
      detail,
      property,
    });
  };
  const prefixOf = (at: { pointer: string }): string => (site === 'global-security' ? '' : at.pointer);
  const baseHere = { pointer: prefixOf(baseAt), file: baseAt.file };
  const headHere = { pointer: prefixOf(headAt), file: headAt.file };
  base.forEach((requirement, i) => {
    const j = head.findIndex((candidate) => idOf(candidate) === idOf(requirement));
    const next = head[j];
    if (!next) return emit('removed', { base: [baseHere, i] }, idOf(requirement));
    for (const scheme of requirement.schemes) {
      const after = next.schemes.find((candidate) => candidate.name === scheme.name);
      for (const scope of scheme.scopes) if (!after?.scopes.includes(scope)) emit('scope-removed', { base: [baseHere, i], head: [headHere, j] }, `${scheme.name}: ${scope}`, scope);
      for (const scope of after?.scopes ?? []) if (!scheme.scopes.includes(scope)) emit('scope-added', { base: [baseHere, i], head: [headHere, j] }, `${scheme.name}: ${scope}`, scope);
    }
  });
  head.forEach((requirement, j) => {
    if (!base.some((candidate) => idOf(candidate) === idOf(requirement))) emit('added', { head: [headHere, j] }, idOf(requirement));
  });
}

/** `application/json` or a `+json` structured suffix (RFC 6838): strongly typed, a number is not a string. */
function isJsonMediaType(type: string): boolean {
  const essence = (type.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}
