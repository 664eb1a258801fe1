import { compareStrings, fingerprint, type ApiChange } from '@ripple/model';
import type { OpenApiDocument, Operation } from '../model/open-api-document.js';
import { ruleFor } from '../rules/registry.js';
import type { ChangeEvent } from './change-event.js';
import { diffOperation, diffSecurityRequirements, removalOf, type Pair } from './diff-operation.js';

export interface DiffOptions {
  /** `YYYY-MM-DD`: removing a deprecated operation before its `x-sunset` date is then `api-removed-before-sunset`. */
  readonly today?: string;
}

/**
 * Compares two loaded descriptions and classifies every difference with a rule. Pure: no I/O, no clock (pass
 * `today` for sunset checks). One finding per rule, operation and pointer, sorted by operation, id, pointer.
 */
export function diffOpenApi(base: OpenApiDocument, head: OpenApiDocument, options: DiffOptions = {}): readonly ApiChange[] {
  const events: ChangeEvent[] = [];
  const pair: Pair = { base, head, today: options.today, emit: (event) => events.push(event) };

  diffOperations(pair, base.operations, head.operations, 'endpoint');
  diffOperations(pair, base.webhooks, head.webhooks, 'webhook');
  if (base.security !== undefined || head.security !== undefined) {
    diffSecurityRequirements(pair, 'global-security', '*', base.security ?? [], head.security ?? [], { pointer: '', file: base.file }, {
      pointer: '',
      file: head.file,
    });
  }
  diffSecuritySchemes(pair);
  for (const schema of base.componentSchemas) {
    if (!head.componentSchemas.some((candidate) => candidate.name === schema.name)) {
      pair.emit({ site: 'components', change: 'schema-removed', operation: '*', pointer: schema.pointer, file: base.file, subject: `schema \`${schema.name}\``, detail: undefined, property: schema.name });
    }
  }
  return classify(events);
}

function diffOperations(pair: Pair, base: readonly Operation[], head: readonly Operation[], site: 'endpoint' | 'webhook'): void {
  const keyOf = (operation: Operation): string => `${operation.method} ${operation.match}`;
  const headByKey = new Map(head.map((operation) => [keyOf(operation), operation]));
  const baseKeys = new Set(base.map(keyOf));
  const headPaths = new Set(head.map((operation) => operation.match));
  const emit = (change: string, operation: Operation, detail?: string): void =>
    pair.emit({ site, change, operation: operation.key, pointer: operation.pointer, file: operation.file, subject: site, detail, property: undefined });
  for (const operation of base) {
    const next = headByKey.get(keyOf(operation));
    if (next) {
      diffOperation(pair, operation, next);
      continue;
    }
    if (site === 'webhook') {
      emit('removed', operation);
      continue;
    }
    // The whole path gone is `api-path-removed-*`; one method gone from a path that stays is `api-removed-*`.
    const prefix = headPaths.has(operation.match) ? 'removed' : 'path-removed';
    emit(removalOf(operation.deprecated, operation.sunset, pair.today, prefix), operation, operation.sunset);
  }
  for (const operation of head) if (!baseKeys.has(keyOf(operation))) emit('added', operation);
}

function diffSecuritySchemes(pair: Pair): void {
  const { base, head } = pair;
  const emit = (change: string, at: { pointer: string; file: string }, name: string, detail?: string): void =>
    pair.emit({ site: 'security-component', change, operation: '*', pointer: at.pointer, file: at.file, subject: `security scheme \`${name}\``, detail, property: name });
  for (const scheme of base.securitySchemes) {
    const next = head.securitySchemes.find((candidate) => candidate.name === scheme.name);
    if (!next) {
      emit('removed', scheme, scheme.name);
      continue;
    }
    if (scheme.type !== next.type) emit('type-changed', scheme, scheme.name, `from ${scheme.type} to ${next.type}`);
    for (const flow of scheme.flows) {
      const after = next.flows.find((candidate) => candidate.name === flow.name);
      if (!after) continue;
      if (flow.authorizationUrl !== after.authorizationUrl) emit('oauth-url-changed', scheme, scheme.name, `${flow.name}: from ${flow.authorizationUrl} to ${after.authorizationUrl}`);
      if (flow.tokenUrl !== after.tokenUrl) emit('oauth-token-url-changed', scheme, scheme.name, `${flow.name}: from ${flow.tokenUrl} to ${after.tokenUrl}`);
      for (const scope of flow.scopes) if (!after.scopes.includes(scope)) emit('oauth-scope-removed', { pointer: `${scheme.pointer}/flows/${flow.name}/scopes/${scope}`, file: scheme.file }, scheme.name, scope);
      for (const scope of after.scopes) if (!flow.scopes.includes(scope)) emit('oauth-scope-added', { pointer: `${next.pointer}/flows/${flow.name}/scopes/${scope}`, file: next.file }, scheme.name, scope);
    }
  }
  for (const scheme of head.securitySchemes) {
    if (!base.securitySchemes.some((candidate) => candidate.name === scheme.name)) emit('added', scheme, scheme.name);
  }
}

/** Events become findings through the registry; an event no rule claims is a difference nobody classifies. */
function classify(events: readonly ChangeEvent[]): readonly ApiChange[] {
  const byFingerprint = new Map<string, ApiChange>();
  for (const event of events) {
    const rule = ruleFor(event.site, event.change);
    if (!rule) continue;
    const print = fingerprint(rule.id, event.operation, event.pointer);
    if (byFingerprint.has(print)) continue;
    const change: ApiChange = {
      kind: 'api-change',
      id: rule.id,
      level: rule.level,
      operation: event.operation,
      pointer: event.pointer,
      message: `${event.subject}: ${rule.summary}${event.detail === undefined ? '' : ` (${event.detail})`}`,
      file: event.file,
      ...(event.property === undefined ? {} : { property: event.property }),
      fingerprint: print,
    };
    byFingerprint.set(print, change);
  }
  return [...byFingerprint.values()].sort(
    (a, b) => compareStrings(a.operation, b.operation) || compareStrings(a.id, b.id) || compareStrings(a.pointer, b.pointer),
  );
}
