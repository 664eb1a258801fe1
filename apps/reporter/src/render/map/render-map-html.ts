import type { MapTable, SystemMap, SystemMapDiff } from '@ripple/model';
import { html, rawElementText, type Html } from '../html/html-template.js';
import { renderDiagnostics } from '../html/render-issue-tables.js';
import { sha256 } from '../render-html.js';
import { layoutSystemGraph, SYSTEM_NODE_HEIGHT, SYSTEM_NODE_WIDTH, type SystemGraph, type SystemGraphNode } from './layout-system-graph.js';
import { mapCellLetters } from './map-cell-letters.js';
import { MAP_SCRIPT } from './map-script.js';
import { MAP_STYLES } from './map-styles.js';
import { summariseMap } from './summarise-map.js';

const LABEL_CHARS = 30;

/**
 * The map as one self-contained page: the services → tables → operations graph as inline SVG, the tables × services
 * matrix, shared tables, dead-column candidates with their evidence, drift and diagnostics. Inline CSS and JS under a
 * CSP that allows only them (by hash), so the page makes no request. Every text escaped; same map, same bytes.
 */
export function renderMapHtml(map: SystemMap, diff?: SystemMapDiff): string {
  const summary = summariseMap(map);
  const csp = `default-src 'none'; style-src '${sha256(MAP_STYLES)}'; script-src '${sha256(MAP_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const services = map.services.map((service) => service.name);
  const columnCount = map.tables.reduce((sum, table) => sum + table.columns.length, 0);
  const dead = new Set(map.deadColumns.map((entry) => `${entry.table}.${entry.column}`));
  const drift = new Set(map.drift.map((entry) => `${entry.table}.${entry.column}`));
  const figure = (key: string, label: string, value: number) => html`<div class="figure" data-count="${key}"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ripple">
<title>Ripple system map: ${summary}</title>
<style>${rawElementText(MAP_STYLES)}</style>
</head>
<body>
<header>
<h1>Ripple system map</h1>
<p class="subtitle">${summary}. Schema: ${map.evidence.schemaSource}.</p>
<dl class="counts">${[
    figure('services', 'services and jobs', map.services.length),
    figure('tables', 'tables', map.tables.length),
    figure('shared', 'shared tables', map.sharedTables.length),
    figure('dead', 'dead-column candidates', map.deadColumns.length),
    figure('drift', 'drift columns', map.drift.length),
    figure('operations', 'API operations', map.operations.length),
  ]}</dl>
</header>
<div class="toolbar" role="search">
<input type="search" id="search" placeholder="Filter the matrix by table, column, service, operation…" aria-label="Filter the matrix" autocomplete="off">
<output id="shown-count" aria-live="polite">${columnCount} of ${columnCount} columns shown</output>
</div>
<main>
${diff ? renderDiff(diff) : ''}
<section id="graph"><h2>Services, tables and API operations</h2>
<p class="where">Red tables are shared by several services; orange edges write, blue edges read. Click a node to filter the matrix.</p>
<div class="graph-scroll">${renderGraph(layoutSystemGraph(map))}</div>
</section>
<section id="matrix"><h2>Tables × services <span class="count">D definition · R read · W write · t tests only</span></h2>
<div class="matrix-scroll"><table class="matrix"><thead><tr><th class="row-head">table / column</th><th class="row-head">type</th>${services.map((service) => html`<th data-service="${service}">${service}</th>`)}</tr></thead><tbody>
${map.tables.map((table) => renderTableRows(table, services, dead, drift))}</tbody></table></div>
</section>
<section id="shared"><h2>Shared tables <span class="count">${map.sharedTables.length}</span></h2>
${
  map.sharedTables.length === 0
    ? html`<p class="empty">No table is used by more than one service.</p>`
    : html`<table class="issues"><thead><tr><th>Table</th><th>Services</th><th>Writers</th><th>Readers</th><th>Written by one, read by another</th></tr></thead><tbody>
${map.sharedTables.map(
  (shared) =>
    html`<tr class="shared-table" data-table="${shared.table}"><td><code>${shared.table}</code></td><td>${shared.services.join(', ')}</td><td>${shared.writers.join(', ')}</td><td>${shared.readers.join(', ')}</td><td>${shared.handoffs.map((handoff) => html`<code>${handoff.column}</code> ${handoff.writers.join(', ')} → ${handoff.readers.join(', ')}<br>`)}</td></tr>\n`,
)}</tbody></table>`
}</section>
<section id="dead"><h2>Dead-column candidates <span class="count">${map.deadColumns.length}</span></h2>
<p class="where">Searched: ${map.evidence.services} services and jobs, ${map.evidence.filesWithUsages} files with ${map.evidence.usages} usages (${map.evidence.adapters.map((entry) => `${entry.adapter} ${entry.usages}`).join(', ')}); every access counts as use (${map.evidence.accesses.join(', ')}), SELECT * and ORM models mapping the column included, and database objects reading it.</p>
${
  map.deadColumns.length === 0
    ? html`<p class="empty">Every column is used.</p>`
    : html`<table class="issues"><thead><tr><th>Column</th><th>Type</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>
${map.deadColumns.map(
  (entry) =>
    html`<tr class="dead-column" data-column="${entry.table}.${entry.column}"><td><code>${entry.table}.${entry.column}</code></td><td><code>${entry.type}</code></td><td class="confidence-${entry.confidence}">${entry.confidence}</td><td>${entry.reasons.map((reason) => html`${reason}<br>`)}${entry.dbObjects.length > 0 ? html`<span class="where">kept by ${entry.dbObjects.join(', ')}</span>` : ''}</td></tr>\n`,
)}</tbody></table>`
}</section>
<section id="drift"><h2>Drift: used in code, missing from the schema <span class="count">${map.drift.length}</span></h2>
${
  map.drift.length === 0
    ? html`<p class="empty">Every column code uses is in the schema.</p>`
    : html`<table class="issues"><thead><tr><th>Column</th><th>Missing</th><th>Used at</th></tr></thead><tbody>
${map.drift.map(
  (entry) =>
    html`<tr class="drift-column" data-column="${entry.table}.${entry.column}"><td><code>${entry.table}.${entry.column}</code></td><td>${entry.kind === 'table-missing' ? 'table' : 'column'}</td><td>${entry.consumers.map((consumer) => html`<code>${consumer.file ?? ''}:${consumer.line ?? 0}</code> ${consumer.service ?? ''} ${consumer.access ?? ''} (${consumer.adapter ?? consumer.kind})<br>`)}</td></tr>\n`,
)}</tbody></table>`
}</section>
<section id="operations"><h2>API operations per table <span class="count">${map.operations.length}</span></h2>
${
  map.operations.length === 0
    ? html`<p class="empty">No API description is configured.</p>`
    : html`<table class="issues"><thead><tr><th>Service</th><th>Operation</th><th>Tables</th></tr></thead><tbody>
${map.operations.map((operation) => html`<tr class="operation"><td>${operation.service}</td><td><code>${operation.operation}</code></td><td>${operation.tables.join(', ')}</td></tr>\n`)}</tbody></table>`
}</section>
<section id="diagnostics"><h2>Not analysed <span class="count">${map.diagnostics.length}</span></h2>
${renderDiagnostics(map.diagnostics)}</section>
</main>
<footer>Map schema version ${map.schemaVersion}. Generated by ripple; self-contained, no network.</footer>
<script>${rawElementText(MAP_SCRIPT)}</script>
</body>
</html>
`.text;
}

function renderDiff(diff: SystemMapDiff): Html {
  const items = [
    ...diff.tableUsers.map((change) => html`<li class="coupling-${change.change}">${change.change === 'added' ? '+' : '−'} ${change.service} ${change.change === 'added' ? 'starts' : 'stops'} using <code>${change.table}</code></li>\n`),
    ...diff.columnAccess.map(
      (change) => html`<li>${change.service} <code>${change.table}.${change.column}</code>: ${[...change.added.map((access) => `+${access}`), ...change.removed.map((access) => `−${access}`)].join(' ')}</li>\n`,
    ),
  ];
  return html`<section id="coupling-diff"><h2>Coupling this change adds or removes <span class="count">${items.length}</span></h2>
${items.length === 0 ? html`<p class="empty">No service starts or stops using a table or column.</p>` : html`<ul>${items}</ul>`}</section>`;
}

function renderTableRows(table: MapTable, services: readonly string[], dead: ReadonlySet<string>, drift: ReadonlySet<string>): Html {
  const operations = table.operations.join(' ');
  return html`<tr class="table-row" data-table="${table.table}"><td colspan="${services.length + 2}"><code>${table.table}</code> <span class="count">${table.kind}${table.services.length > 1 ? ` · shared by ${table.services.length}` : ''}${table.operations.length > 0 ? ` · ${table.operations.length} API operations` : ''}</span></td></tr>
${table.columns.map((column) => {
  const name = `${table.table}.${column.column}`;
  const state = dead.has(name) ? ' dead' : drift.has(name) ? ' drift' : '';
  const cells = new Map(column.cells.map((cell) => [cell.service, cell]));
  const search = [name, ...column.cells.map((cell) => cell.service), operations].join(' ').toLowerCase();
  return html`<tr class="column-row${state}" data-table="${table.table}" data-search="${search}"><td class="column"><code>${column.column}</code></td><td><code>${column.type ?? '(missing)'}</code></td>${services.map((service) => {
    const cell = cells.get(service);
    const kind = cell === undefined ? '' : cell.access.includes('write') ? ' write' : cell.access.length === 1 && cell.access[0] === 'definition' ? ' definition' : ' read';
    return html`<td class="cell${kind}" data-service="${service}"${cell ? html` title="${service}: ${cell.access.join(', ')}, ${cell.usages} usages; first ${cell.first.file}:${cell.first.line}"` : ''}>${mapCellLetters(cell)}</td>`;
  })}</tr>\n`;
})}`;
}

function renderGraph(graph: SystemGraph): Html {
  if (graph.nodes.length === 0) return html`<p class="empty">No service uses a table, so nothing to draw.</p>`;
  return html`<svg class="system-graph" viewBox="0 0 ${graph.width} ${graph.height}" width="${graph.width}" height="${graph.height}" role="img" aria-label="Services, the tables they use, and the API operations exposing them">
${graph.lanes.map((lane) => html`<text class="lane-title" x="${lane.x}" y="16">${lane.title}</text>\n`)}${graph.edges.map(
    (edge) => html`<path class="edge access-${edge.access}" d="${edge.path}" data-from="${edge.from}" data-to="${edge.to}"><title>${edge.access} · ${edge.weight}</title></path>\n`,
  )}${graph.nodes.map(renderNode)}</svg>`;
}

function renderNode(node: SystemGraphNode): Html {
  return html`<g class="node lane-${node.lane}${node.shared ? ' shared' : ''}" data-node="${node.key}" data-search="${node.search.toLowerCase()}" tabindex="0" role="button" aria-label="Filter the matrix by ${node.label}"><title>${node.label}\n${node.detail}</title><rect x="${node.x}" y="${node.y}" width="${SYSTEM_NODE_WIDTH}" height="${SYSTEM_NODE_HEIGHT}" rx="6"/><text x="${node.x + 8}" y="${node.y + 17}">${truncate(node.label)}</text><text class="detail" x="${node.x + 8}" y="${node.y + 32}">${node.detail}</text></g>\n`;
}

function truncate(text: string): string {
  const points = [...text];
  return points.length <= LABEL_CHARS ? text : `${points.slice(0, LABEL_CHARS - 1).join('')}…`;
}
