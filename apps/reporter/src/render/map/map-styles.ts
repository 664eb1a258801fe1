import { REPORT_STYLES } from '../html/report-styles.js';

/** The map page's stylesheet: the report's, plus the graph's lanes and edges and the matrix. Hashed into the CSP. */
export const MAP_STYLES = `${REPORT_STYLES}
header, main, .toolbar, footer { max-width: 1400px; }
.system-graph { display: block; max-width: none; }
.system-graph .lane-title { font-size: 12px; font-weight: 600; fill: var(--muted); }
.system-graph .edge { fill: none; stroke: var(--line); stroke-width: 1.5; }
.system-graph .edge.access-write { stroke: var(--warning); stroke-opacity: 0.7; }
.system-graph .edge.access-read { stroke: var(--info); stroke-opacity: 0.45; }
.system-graph .edge.lit { stroke-width: 3; stroke-opacity: 1; }
.system-graph .node { cursor: pointer; }
.system-graph .node rect { fill: var(--bg); stroke: var(--line); stroke-width: 1.5; }
.system-graph .node.shared rect { stroke: var(--error); stroke-width: 2.5; }
.system-graph .node.selected rect { fill: var(--panel); stroke-width: 3; }
.system-graph .node:focus rect, .system-graph .node:hover rect { fill: var(--panel); }
.system-graph text { font-size: 12px; fill: var(--fg); }
.system-graph text.detail { font-size: 10.5px; fill: var(--muted); }
.matrix-scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 8px; }
table.matrix th { position: sticky; top: 0; background: var(--panel); writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; }
table.matrix th.row-head { writing-mode: horizontal-tb; transform: none; left: 0; z-index: 2; }
table.matrix td.cell { text-align: center; font: 12px ui-monospace, monospace; min-width: 28px; }
table.matrix td.cell.write { background: color-mix(in srgb, var(--warning) 22%, transparent); }
table.matrix td.cell.read { background: color-mix(in srgb, var(--info) 16%, transparent); }
table.matrix td.cell.definition { background: color-mix(in srgb, var(--muted) 14%, transparent); }
table.matrix tr.table-row td { background: var(--panel); font-weight: 600; }
table.matrix tr.dead td.column { text-decoration: line-through; color: var(--muted); }
table.matrix tr.drift td.column { color: var(--error); font-weight: 600; }
.confidence-high { color: var(--error); } .confidence-medium { color: var(--warning); } .confidence-low { color: var(--muted); }
`;
