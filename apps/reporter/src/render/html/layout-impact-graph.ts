import type { ImpactReport, Level } from '@ripple/model';
import { compareStrings, levelRank } from '@ripple/model';

/** The three columns of the graph: what changed, what uses it (code, jobs, database objects), what exposes it. */
export type GraphLane = 'column' | 'consumer' | 'api';

export interface GraphNode {
  /** `column:public.customers.email`, `service:billing`, `db-object:view public.x`, `api:GET /customers`. */
  readonly key: string;
  readonly lane: GraphLane;
  readonly label: string;
  /** A second line: change summary, consumer kind and count. */
  readonly detail: string;
  /** What the search box is set to when the node is clicked. */
  readonly search: string;
  readonly severity: Level;
  readonly forgotten: number;
  readonly x: number;
  readonly y: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly severity: Level;
  /** How many consumers the edge stands for. */
  readonly weight: number;
  /** A cubic Bézier path from the right side of `from` to the left side of `to`. */
  readonly path: string;
}

export interface ImpactGraph {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly { readonly lane: GraphLane; readonly title: string; readonly x: number }[];
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const GRAPH_NODE_WIDTH = 250;
export const GRAPH_NODE_HEIGHT = 40;
const NODE_GAP = 12;
const LANE_GAP = 110;
const TOP = 36;
const LANES: readonly { readonly lane: GraphLane; readonly title: string }[] = [
  { lane: 'column', title: 'Changed columns' },
  { lane: 'consumer', title: 'Code, jobs and database objects' },
  { lane: 'api', title: 'API operations' },
];

interface DraftNode {
  readonly key: string;
  readonly lane: GraphLane;
  readonly label: string;
  readonly search: string;
  severity: Level;
  forgotten: number;
  consumers: number;
  readonly details: Set<string>;
}

/**
 * Lays the report out as a layered graph, column → code → API: changed columns on the left; services (their code,
 * job and client consumers folded into one node each) and database objects in the middle; API operations on the
 * right, reached through the service that serves them, or straight from the column when no such service is known.
 * Lanes are ordered by the barycentre of their parents, ties by key: the same report gives the same picture.
 */
export function layoutImpactGraph(report: ImpactReport): ImpactGraph {
  const nodes = new Map<string, DraftNode>();
  const edges = new Map<string, { from: string; to: string; severity: Level; weight: number }>();
  const node = (key: string, lane: GraphLane, label: string, search: string): DraftNode => {
    const existing = nodes.get(key);
    if (existing) return existing;
    const created: DraftNode = { key, lane, label, search, severity: 'info', forgotten: 0, consumers: 0, details: new Set() };
    nodes.set(key, created);
    return created;
  };
  const touch = (target: DraftNode, severity: Level): void => {
    if (levelRank(severity) > levelRank(target.severity)) target.severity = severity;
  };
  const edge = (from: string, to: string, severity: Level): void => {
    const key = `${from}\u0000${to}`;
    const existing = edges.get(key) ?? { from, to, severity, weight: 0 };
    if (levelRank(severity) > levelRank(existing.severity)) existing.severity = severity;
    existing.weight += 1;
    edges.set(key, existing);
  };

  for (const change of report.changes) {
    const name = `${change.table}.${change.column}`;
    const column = node(`column:${name}`, 'column', name, name);
    touch(column, change.severity);
    column.details.add(change.summary);
    const servicesOfChange = new Set<string>();
    for (const consumer of change.consumers) {
      if (consumer.kind === 'code' || consumer.kind === 'job' || consumer.kind === 'test' || consumer.kind === 'client') {
        const service = consumer.service ?? '(no service)';
        servicesOfChange.add(service);
        const target = node(`service:${service}`, 'consumer', service, service);
        touch(target, change.severity);
        target.consumers += 1;
        target.details.add(consumer.kind);
        if (consumer.status === 'forgotten') {
          target.forgotten += 1;
          column.forgotten += 1;
        }
        edge(column.key, target.key, change.severity);
      } else if (consumer.kind === 'db-object') {
        const object = consumer.object ?? '(database object)';
        const target = node(`db-object:${object}`, 'consumer', object, object);
        touch(target, change.severity);
        target.consumers += 1;
        target.details.add('db-object');
        edge(column.key, target.key, change.severity);
      }
    }
    for (const consumer of change.consumers) {
      if (consumer.kind !== 'api') continue;
      const operation = consumer.operation ?? consumer.pointer ?? '(api)';
      const target = node(`api:${operation}`, 'api', operation, operation);
      touch(target, change.severity);
      target.consumers += 1;
      if (consumer.symbol !== undefined) target.details.add(consumer.symbol);
      const via = consumer.service !== undefined && servicesOfChange.has(consumer.service) ? `service:${consumer.service}` : column.key;
      edge(via, target.key, change.severity);
    }
  }

  const placed = new Map<string, { x: number; y: number }>();
  const laneNodes = LANES.map(({ lane }) => [...nodes.values()].filter((candidate) => candidate.lane === lane));
  const tallest = Math.max(1, ...laneNodes.map((list) => list.length));
  const height = TOP + tallest * (GRAPH_NODE_HEIGHT + NODE_GAP);
  const edgeList = [...edges.values()];
  const ordered: GraphNode[] = [];
  laneNodes.forEach((list, laneIndex) => {
    const x = laneIndex * (GRAPH_NODE_WIDTH + LANE_GAP);
    const barycentre = (candidate: DraftNode): number => {
      const parents = edgeList.filter((e) => e.to === candidate.key).map((e) => placed.get(e.from)?.y);
      const ys = parents.filter((y): y is number => y !== undefined);
      return ys.length === 0 ? 0 : ys.reduce((sum, y) => sum + y, 0) / ys.length;
    };
    const sorted = laneIndex === 0 ? [...list].sort((a, b) => compareStrings(a.key, b.key)) : sortByBarycentre(list, barycentre);
    const offset = TOP + ((tallest - sorted.length) * (GRAPH_NODE_HEIGHT + NODE_GAP)) / 2;
    sorted.forEach((draft, index) => {
      const y = Math.round(offset + index * (GRAPH_NODE_HEIGHT + NODE_GAP));
      placed.set(draft.key, { x, y });
      ordered.push({
        key: draft.key,
        lane: draft.lane,
        label: draft.label,
        detail: describeNode(draft),
        search: draft.search,
        severity: draft.severity,
        forgotten: draft.forgotten,
        x,
        y,
      });
    });
  });

  const sortedEdges = edgeList
    .map((e): GraphEdge => ({ ...e, path: edgePath(placed.get(e.from)!, placed.get(e.to)!) }))
    .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to));
  return {
    width: LANES.length * GRAPH_NODE_WIDTH + (LANES.length - 1) * LANE_GAP,
    height,
    lanes: LANES.map((lane, index) => ({ ...lane, x: index * (GRAPH_NODE_WIDTH + LANE_GAP) })),
    nodes: ordered,
    edges: sortedEdges,
  };
}

function sortByBarycentre(list: readonly DraftNode[], barycentre: (node: DraftNode) => number): DraftNode[] {
  const keyed = list.map((node) => ({ node, weight: barycentre(node) }));
  return keyed.sort((a, b) => a.weight - b.weight || compareStrings(a.node.key, b.node.key)).map(({ node }) => node);
}

function describeNode(node: DraftNode): string {
  if (node.lane === 'column') {
    const forgotten = node.forgotten > 0 ? `, ${node.forgotten} forgotten` : '';
    return `${[...node.details].sort(compareStrings).join('; ')}${forgotten}`;
  }
  const kinds = [...node.details].sort(compareStrings).join(', ');
  const count = `${node.consumers} ${node.lane === 'api' ? 'field' : 'usage'}${node.consumers === 1 ? '' : 's'}`;
  return node.lane === 'api' ? count : `${kinds} · ${count}${node.forgotten > 0 ? `, ${node.forgotten} forgotten` : ''}`;
}

/** A cubic Bézier from the right side of one node box to the left side of another (both graphs share the box size). */
export function edgePath(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const x1 = from.x + GRAPH_NODE_WIDTH;
  const y1 = from.y + GRAPH_NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + GRAPH_NODE_HEIGHT / 2;
  const middle = Math.round((x1 + x2) / 2);
  return `M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}`;
}
