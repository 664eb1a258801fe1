import { compareStrings, type SystemMap } from '@ripple/model';
import { edgePath, GRAPH_NODE_HEIGHT, GRAPH_NODE_WIDTH } from '../html/layout-impact-graph.js';

export type SystemGraphLane = 'service' | 'table' | 'operation';

export interface SystemGraphNode {
  /** `service:billing`, `table:public.customers`, `operation:orders-api: GET /customers/{id}`. */
  readonly key: string;
  readonly lane: SystemGraphLane;
  readonly label: string;
  readonly detail: string;
  /** What the matrix filter is set to when the node is clicked. */
  readonly search: string;
  /** A table of the map's `sharedTables` (several runtime users). */
  readonly shared: boolean;
  readonly x: number;
  readonly y: number;
}

export interface SystemGraphEdge {
  readonly from: string;
  readonly to: string;
  /** `write` when the service writes a column of the table, else `read`; `api` for a table an operation exposes. */
  readonly access: 'read' | 'write' | 'api';
  readonly weight: number;
  readonly path: string;
}

export interface SystemGraph {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly { readonly lane: SystemGraphLane; readonly title: string; readonly x: number }[];
  readonly nodes: readonly SystemGraphNode[];
  readonly edges: readonly SystemGraphEdge[];
}

/** The impact graph's node box, so both graphs share `edgePath`. */
export const SYSTEM_NODE_WIDTH = GRAPH_NODE_WIDTH;
export const SYSTEM_NODE_HEIGHT = GRAPH_NODE_HEIGHT;
const NODE_GAP = 10;
const LANE_GAP = 140;
const TOP = 32;
const LANES: readonly { readonly lane: SystemGraphLane; readonly title: string }[] = [
  { lane: 'service', title: 'Services and jobs' },
  { lane: 'table', title: 'Tables' },
  { lane: 'operation', title: 'API operations' },
];

interface Draft {
  readonly key: string;
  readonly lane: SystemGraphLane;
  readonly label: string;
  readonly detail: string;
  readonly search: string;
  readonly shared: boolean;
}

/**
 * The map as a layered graph: services (left) → the tables they use (middle) → the API operations exposing them
 * (right). Only tables some service or operation uses are drawn. Services in name order, each later lane by the
 * barycentre of its parents (parents indexed once: linear in the edges), ties by key. Every lane starts at the top.
 */
export function layoutSystemGraph(map: SystemMap): SystemGraph {
  const drafts: Draft[] = [];
  const edges = new Map<string, { from: string; to: string; access: SystemGraphEdge['access']; weight: number }>();
  const usedTables = map.tables.filter((table) => table.services.length > 0 || table.operations.length > 0);
  for (const service of map.services) {
    if (!usedTables.some((table) => table.services.includes(service.name))) continue;
    drafts.push({ key: `service:${service.name}`, lane: 'service', label: service.name, detail: `${service.kind} · ${service.usages} usages`, search: service.name, shared: false });
  }
  const operationKeys = new Set<string>();
  const sharedTables = new Set(map.sharedTables.map((shared) => shared.table));
  for (const table of usedTables) {
    const shared = sharedTables.has(table.table);
    drafts.push({ key: `table:${table.table}`, lane: 'table', label: table.table, detail: `${table.columns.length} columns · ${table.services.length} services`, search: table.table, shared });
    for (const column of table.columns) {
      for (const cell of column.cells) {
        if (cell.usages === cell.tests) continue;
        const key = `service:${cell.service}\u0000table:${table.table}`;
        const edge = edges.get(key) ?? { from: `service:${cell.service}`, to: `table:${table.table}`, access: 'read' as const, weight: 0 };
        edges.set(key, { ...edge, access: edge.access === 'write' || cell.access.includes('write') ? 'write' : 'read', weight: edge.weight + cell.usages - cell.tests });
      }
    }
    for (const operation of table.operations) {
      operationKeys.add(operation);
      edges.set(`table:${table.table}\u0000operation:${operation}`, { from: `table:${table.table}`, to: `operation:${operation}`, access: 'api', weight: 1 });
    }
  }
  for (const operation of [...operationKeys].sort(compareStrings)) {
    drafts.push({ key: `operation:${operation}`, lane: 'operation', label: operation, detail: 'API operation', search: operation, shared: false });
  }

  const parents = new Map<string, string[]>();
  for (const edge of edges.values()) parents.set(edge.to, [...(parents.get(edge.to) ?? []), edge.from]);
  const placed = new Map<string, { x: number; y: number }>();
  const laneDrafts = LANES.map(({ lane }) => drafts.filter((draft) => draft.lane === lane));
  const tallest = Math.max(1, ...laneDrafts.map((list) => list.length));
  const nodes: SystemGraphNode[] = [];
  laneDrafts.forEach((list, laneIndex) => {
    const x = laneIndex * (SYSTEM_NODE_WIDTH + LANE_GAP);
    const barycentre = (draft: Draft): number => {
      const ys = (parents.get(draft.key) ?? []).flatMap((parent) => placed.get(parent)?.y ?? []);
      return ys.length === 0 ? 0 : ys.reduce((sum, y) => sum + y, 0) / ys.length;
    };
    const sorted =
      laneIndex === 0
        ? [...list].sort((a, b) => compareStrings(a.key, b.key))
        : list.map((draft) => ({ draft, weight: barycentre(draft) })).sort((a, b) => a.weight - b.weight || compareStrings(a.draft.key, b.draft.key)).map(({ draft }) => draft);
    // Lanes start at the top: on a real system the tables lane is long, and a centred services lane would start
    // screens below the page's first view.
    const offset = TOP;
    sorted.forEach((draft, index) => {
      const y = Math.round(offset + index * (SYSTEM_NODE_HEIGHT + NODE_GAP));
      placed.set(draft.key, { x, y });
      nodes.push({ ...draft, x, y });
    });
  });
  return {
    width: LANES.length * SYSTEM_NODE_WIDTH + (LANES.length - 1) * LANE_GAP,
    height: TOP + tallest * (SYSTEM_NODE_HEIGHT + NODE_GAP),
    lanes: LANES.map((lane, index) => ({ ...lane, x: index * (SYSTEM_NODE_WIDTH + LANE_GAP) })),
    nodes,
    edges: [...edges.values()]
      .map((edge) => ({ ...edge, path: edgePath(placed.get(edge.from)!, placed.get(edge.to)!) }))
      .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to)),
  };
}
