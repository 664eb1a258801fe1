import { formatColumnRef, type ChainHop, type Location, type ServiceKind, type Usage } from '@ripple/model';
import type { FileFacts } from '../facts/file-facts.js';
import { siteKey, type FlowEdge } from '../facts/flow-facts.js';
import { chainOf, nodeOf, parameterOf, push, search, type SearchLimits } from './follow-flows.js';

/** How far a column's value is followed into parameters: a prop handed down through a few components, a helper or two. */
export const MAX_PARAMETER_HOPS = 12;
/** How many keys one column's search visits. */
export const MAX_PARAMETER_VISITS = 1024;

export interface ParameterInput {
  readonly service: string;
  readonly serviceKind: ServiceKind;
  readonly files: readonly FileFacts[];
  /** The service's resolved usages: a column's reads (and its model's field) are where its values start. */
  readonly usages: readonly Usage[];
}

/**
 * Functions that take a column's value under the column's own name: `<ImageViewer screenShieldPercentage={link.
 * screenShieldPercentage} />` into `function ImageViewer({ screenShieldPercentage }: Props)`, or `renderBadge({
 * fullName: user.fullName })` into `({ fullName }) => ...`, and on down (`<Shield screenShieldPercentage={
 * screenShieldPercentage} />`). From each column's reads and its model's field, forward through the flow edges
 * (assignments, object keys, arguments, JSX attributes), a read usage (adapter `flow`) where a parameter's field
 * that spells the column (camelCase or snake_case, `FlowFacts.parameterFields`) is declared. A field of another name
 * (`<DateCell value={link.createdAt} />`) carries the value on but names no column: a generic component is no
 * consumer. A value that started at a name-matched read keeps `confidence: "name-match"`. One breadth-first search
 * per column whose name some parameter field spells, at most `MAX_PARAMETER_HOPS` hops and `MAX_PARAMETER_VISITS` keys.
 */
export function followIntoParameters(input: ParameterInput): readonly Usage[] {
  const declaredAt = new Map<string, { readonly location: Location; readonly spelled: string }>();
  const spelledFields = new Set<string>();
  for (const file of input.files) {
    for (const field of file.flows?.parameterFields ?? []) {
      const spelled = spelling(field.name ?? lastSegment(field.key));
      declaredAt.set(field.key, { location: field.location, spelled });
      spelledFields.add(spelled);
    }
  }
  if (declaredAt.size === 0) return [];
  interface Start {
    readonly column: Usage['column'];
    readonly roots: Map<string, ChainHop>;
    readonly guessed: Set<string>;
  }
  const starts = new Map<string, Start>();
  for (const usage of input.usages) {
    if (usage.access !== 'read' && usage.access !== 'definition') continue;
    if (!spelledFields.has(spelling(usage.column.column))) continue;
    const key = usage.access === 'definition' ? (usage.symbol?.includes('.') && usage.confidence !== 'name-match' ? `n:type:${usage.symbol.replace('.', '#')}` : undefined) : siteKey(usage.location);
    if (key === undefined) continue;
    const id = formatColumnRef(usage.column);
    const start = starts.get(id) ?? starts.set(id, { column: usage.column, roots: new Map(), guessed: new Set() }).get(id)!;
    if (start.roots.has(key)) continue;
    const { file, line, column } = usage.location;
    start.roots.set(key, { file, line, ...(column === undefined ? {} : { column }), step: usage.access === 'definition' ? `column ${id} (${usage.symbol})` : `read ${id}` });
    if (usage.confidence === 'name-match') start.guessed.add(key);
  }
  if (starts.size === 0) return [];
  const edgesFrom = new Map<string, FlowEdge[]>();
  for (const file of input.files) for (const edge of file.flows?.edges ?? []) if (!edge.from.startsWith('a:')) push(edgesFrom, edge.from, edge);
  const limits: SearchLimits = { hops: MAX_PARAMETER_HOPS, visits: MAX_PARAMETER_VISITS };

  const usages = new Map<string, Usage>();
  for (const { column, roots, guessed } of starts.values()) {
    const wanted = spelling(column.column);
    const visits = search([...roots.keys()], edgesFrom, limits);
    visits.forEach((visit, index) => {
      if (visit.parent < 0) return;
      const declared = declaredAt.get(visit.key);
      if (declared === undefined || declared.spelled !== wanted) return;
      const { location } = declared;
      const id = `${location.file}:${location.line}:${location.column ?? 0}\u0000${formatColumnRef(column)}`;
      if (usages.has(id)) return;
      let root = index;
      for (let steps = 0; visits[root]!.parent >= 0 && steps <= MAX_PARAMETER_HOPS; steps++) root = visits[root]!.parent;
      const at = nodeOf(visit.key)!;
      const owner = parameterOf(at.node)?.fn ?? at.node;
      usages.set(id, {
        kind: 'usage',
        column,
        service: input.service,
        serviceKind: input.serviceKind,
        location,
        access: 'read',
        adapter: 'flow',
        symbol: owner,
        ...(guessed.has(visits[root]!.key) ? { confidence: 'name-match' as const } : {}),
        via: chainOf(visits, index, roots),
      });
    });
  }
  return [...usages.values()];
}

/** `screenShieldPercentage`, `screen_shield_percentage` -> `screenshieldpercentage`. */
function spelling(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** `n:param:F:0#a.b` -> `b`. */
function lastSegment(key: string): string {
  const path = key.slice(key.lastIndexOf('#') + 1);
  return path.slice(path.lastIndexOf('.') + 1);
}
