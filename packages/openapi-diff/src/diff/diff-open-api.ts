import { compareStrings, fingerprint, type ApiChange } from '@ripple/model';
import type { OpenApiDocument, Operation } from '../model/open-api-document.js';
import { stabilityLevelOf, type StabilityLevel } from '../model/stability-level.js';
import { ruleFor } from '../rules/registry.js';
import type { SeverityLevels } from '../levels/severity-levels.js';
import type { Rule } from '../rules/rule.js';
import { whereOf, type ChangeEvent, type Site, type Where } from './change-event.js';
import { DEFAULT_POLICY, isWithinStabilityLevel } from './deprecation-policy.js';
import type { SchemaMemo } from './diff-schemas.js';
import { diffOperation, diffSecurityRequirements, removalOf, type Pair } from './diff-operation.js';

export interface DiffOptions {
  /** `YYYY-MM-DD`: removing a deprecated operation before its `x-sunset` date is then `api-removed-before-sunset`. */
  readonly today?: string;
  /**
   * Give each finding its `base` and `head` locations. Off by default: the published report schema
   * (docs/impact-report.schema.json) does not list them yet, so the reporter asks for them once it does.
   */
  readonly locations?: boolean;
  /** `--deprecation-days-beta`: the days a deprecation of a beta element must give before its `x-sunset` (default 0: no policy). */
  readonly deprecationDaysBeta?: number;
  /** `--deprecation-days-stable`: the same for stable elements (and those with no `x-stability-level`). */
  readonly deprecationDaysStable?: number;
  /** `--stability-level`: leave out operations (and property stability changes) below this level; default `draft` (none left out). */
  readonly stabilityLevel?: StabilityLevel;
  /**
   * `--severity-levels`: levels by rule id that replace the rules' own (`none` leaves a rule's findings out), as
   * `parseSeverityLevels` reads them from oasdiff's file format.
   */
  readonly severityLevels?: SeverityLevels;
  /**
   * `--include-path-params`: operations match by their path as written, so renaming `{id}` to `{customerId}` is an
   * operation removed and one added. By default they match with parameter names ignored, as oasdiff's; operations
   * one description has twice that way (`openapi/duplicate-endpoint`) always match by their path as written.
   */
  readonly includePathParams?: boolean;
}

/**
 * Compares two loaded descriptions and classifies every difference with a rule. Pure: no I/O, no clock (pass
 * `today` for sunset checks). One finding per rule, operation and pointer, sorted by operation, id, pointer.
 */
export function diffOpenApi(base: OpenApiDocument, head: OpenApiDocument, options: DiffOptions = {}): readonly ApiChange[] {
  const events: ChangeEvent[] = [];
  const memo: SchemaMemo = { clean: new Set(), emitted: 0, cuts: 0 };
  const emit = (event: ChangeEvent): void => {
    memo.emitted++;
    events.push(event);
  };
  const policy = {
    deprecationDaysBeta: options.deprecationDaysBeta ?? DEFAULT_POLICY.deprecationDaysBeta,
    deprecationDaysStable: options.deprecationDaysStable ?? DEFAULT_POLICY.deprecationDaysStable,
    stabilityLevel: options.stabilityLevel ?? DEFAULT_POLICY.stabilityLevel,
  };
  const pair: Pair = { base, head, today: options.today, policy, sunsetDays: 0, emit, memo };

  const exactPaths = options.includePathParams === true;
  diffOperations(pair, base.operations, head.operations, 'endpoint', exactPaths);
  diffOperations(pair, base.webhooks, head.webhooks, 'webhook', exactPaths);
  if (base.security !== undefined || head.security !== undefined) {
    diffSecurityRequirements(pair, 'global-security', '*', base.security ?? [], head.security ?? [], { pointer: '', file: base.file }, {
      pointer: '',
      file: head.file,
    });
  }
  diffSecuritySchemes(pair);
  for (const schema of base.componentSchemas) {
    if (!head.componentSchemas.some((candidate) => candidate.name === schema.name)) {
      const at = { pointer: schema.pointer, file: base.file };
      pair.emit({ site: 'components', change: 'schema-removed', operation: '*', ...at, base: at, head: undefined, subject: `schema \`${schema.name}\``, detail: undefined, property: schema.name });
    }
  }
  return classify(events, options.locations === true, options.severityLevels ?? {});
}

function diffOperations(pair: Pair, base: readonly Operation[], head: readonly Operation[], site: 'endpoint' | 'webhook', exactPaths: boolean): void {
  const looseKey = (operation: Operation): string => `${operation.method} ${operation.match}`;
  const ambiguous = new Set([...repeated(base.map(looseKey)), ...repeated(head.map(looseKey))]);
  const exact = (operation: Operation): boolean => exactPaths || ambiguous.has(looseKey(operation));
  const keyOf = (operation: Operation): string => (exact(operation) ? `${operation.method} ${operation.path}` : looseKey(operation));
  const headByKey = new Map(head.map((operation) => [keyOf(operation), operation]));
  const baseKeys = new Set(base.map(keyOf));
  const headPaths = new Set(head.flatMap((operation) => [operation.path, operation.match]));
  const emit = (change: string, operation: Operation, side: 'base' | 'head', detail?: string): void => {
    const at = { pointer: operation.pointer, file: operation.file };
    pair.emit({ site, change, operation: operation.key, ...at, base: side === 'base' ? at : undefined, head: side === 'head' ? at : undefined, subject: site, detail, property: undefined });
  };
  for (const operation of base) {
    const next = headByKey.get(keyOf(operation));
    if (next) {
      diffOperation(pair, operation, next);
      continue;
    }
    // A removed operation with an `x-stability-level` that is no level is reported as such; one below `--stability-level` not at all.
    if (stabilityLevelOf(operation.stability) === undefined) {
      emit('invalid-stability-level', operation, 'base', operation.stability);
      continue;
    }
    if (!isWithinStabilityLevel(pair.policy, operation.stability)) continue;
    if (site === 'webhook') {
      emit('removed', operation, 'base');
      continue;
    }
    // The whole path gone is `api-path-removed-*`; one method gone from a path that stays is `api-removed-*`.
    const prefix = headPaths.has(exact(operation) ? operation.path : operation.match) ? 'removed' : 'path-removed';
    emit(removalOf(operation.deprecated, operation.sunset, pair.today, prefix, 'path-sunset-parse'), operation, 'base', operation.sunset);
  }
  for (const operation of head) if (!baseKeys.has(keyOf(operation))) emit('added', operation, 'head');
}

/** The values that occur more than once. */
function repeated(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return twice;
}

function diffSecuritySchemes(pair: Pair): void {
  const { base, head } = pair;
  const emit = (change: string, at: Where, sides: { base?: Where; head?: Where }, name: string, detail?: string): void =>
    pair.emit({ site: 'security-component', change, operation: '*', pointer: at.pointer, file: at.file, base: sides.base, head: sides.head, subject: `security scheme \`${name}\``, detail, property: name });
  for (const scheme of base.securitySchemes) {
    const next = head.securitySchemes.find((candidate) => candidate.name === scheme.name);
    if (!next) {
      emit('removed', scheme, { base: whereOf(scheme) }, scheme.name);
      continue;
    }
    if (scheme.type !== next.type) emit('type-changed', scheme, { base: whereOf(scheme), head: whereOf(next) }, scheme.name, `from ${scheme.type} to ${next.type}`);
    for (const flow of scheme.flows) {
      const after = next.flows.find((candidate) => candidate.name === flow.name);
      if (!after) continue;
      if (flow.authorizationUrl !== after.authorizationUrl) emit('oauth-url-changed', scheme, { base: whereOf(scheme), head: whereOf(next) }, scheme.name, `${flow.name}: from ${flow.authorizationUrl} to ${after.authorizationUrl}`);
      if (flow.tokenUrl !== after.tokenUrl) emit('oauth-token-url-changed', scheme, { base: whereOf(scheme), head: whereOf(next) }, scheme.name, `${flow.name}: from ${flow.tokenUrl} to ${after.tokenUrl}`);
      for (const scope of flow.scopes) if (!after.scopes.includes(scope)) {
        const at = { pointer: `${scheme.pointer}/flows/${flow.name}/scopes/${scope}`, file: scheme.file };
        emit('oauth-scope-removed', at, { base: at, head: { pointer: `${next.pointer}/flows/${flow.name}/scopes`, file: next.file } }, scheme.name, scope);
      }
      for (const scope of after.scopes) if (!flow.scopes.includes(scope)) {
        const at = { pointer: `${next.pointer}/flows/${flow.name}/scopes/${scope}`, file: next.file };
        emit('oauth-scope-added', at, { base: { pointer: `${scheme.pointer}/flows/${flow.name}/scopes`, file: scheme.file }, head: at }, scheme.name, scope);
      }
    }
  }
  for (const scheme of head.securitySchemes) {
    if (!base.securitySchemes.some((candidate) => candidate.name === scheme.name)) emit('added', scheme, { head: whereOf(scheme) }, scheme.name);
  }
}

/**
 * Where a site has no rule for a direction-neutral change, the change it amounts to there: narrowing what a
 * client may send is simply a breaking type change, a response pattern that now matches anything is a
 * removed pattern, and a deprecation with a sunset date is a deprecation where no rule reads the date.
 */
const SUNSET_FALLBACK = {
  'deprecated-with-sunset': 'deprecated',
  'deprecated-sunset-invalid': 'deprecated',
  'deprecated-sunset-missing': 'deprecated',
  'sunset-date-too-small': 'deprecated',
};
const FALLBACK: Readonly<Record<'request' | 'response', Readonly<Record<string, string>>>> = {
  request: { 'type-specialized': 'type-changed', 'multiple-of-specialized': 'multiple-of-changed', ...SUNSET_FALLBACK },
  response: { 'multiple-of-generalized': 'multiple-of-changed', 'pattern-generalized': 'pattern-removed', ...SUNSET_FALLBACK },
};

/** A site that refines another: a change it has no rule for is classified as at the site it refines. */
const REFINED: Partial<Readonly<Record<Site, Site>>> = { 'request-header-property': 'request-parameter-property' };

/** The rule for a change at a site, else for the change it amounts to there (`FALLBACK`). */
function ruleAt(site: Site, change: string): Rule | undefined {
  const fallback = FALLBACK[site.startsWith('request') ? 'request' : 'response'][change];
  return ruleFor(site, change) ?? (fallback === undefined ? undefined : ruleFor(site, fallback));
}

/** Events become findings through the registry; an event no rule claims is a difference nobody classifies. */
function classify(events: readonly ChangeEvent[], locations: boolean, levels: SeverityLevels): readonly ApiChange[] {
  const byFingerprint = new Map<string, ApiChange>();
  for (const event of events) {
    const refined = REFINED[event.site];
    const rule = ruleAt(event.site, event.change) ?? (refined === undefined ? undefined : ruleAt(refined, event.change));
    if (!rule) continue;
    const level = levels[rule.id] ?? rule.level;
    if (level === 'none') continue;
    const print = fingerprint(rule.id, event.operation, event.pointer);
    if (byFingerprint.has(print)) continue;
    const change: ApiChange = {
      kind: 'api-change',
      id: rule.id,
      level,
      operation: event.operation,
      pointer: event.pointer,
      message: `${event.subject}: ${rule.summary}${event.detail === undefined ? '' : ` (${event.detail})`}`,
      file: event.file,
      ...(event.property === undefined ? {} : { property: event.property }),
      fingerprint: print,
      ...(!locations || event.base === undefined ? {} : { base: whereOf(event.base) }),
      ...(!locations || event.head === undefined ? {} : { head: whereOf(event.head) }),
    };
    byFingerprint.set(print, change);
  }
  return [...byFingerprint.values()].sort(
    (a, b) => compareStrings(a.operation, b.operation) || compareStrings(a.id, b.id) || compareStrings(a.pointer, b.pointer),
  );
}
