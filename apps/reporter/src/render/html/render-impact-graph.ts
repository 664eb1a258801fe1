import { html, type Html } from './html-template.js';
import { GRAPH_NODE_HEIGHT, GRAPH_NODE_WIDTH, type GraphNode, type ImpactGraph } from './layout-impact-graph.js';

/** Characters of a node label that fit its box; longer labels are cut with an ellipsis (the tooltip has all). */
const LABEL_CHARS = 32;
const DETAIL_CHARS = 38;

/** The laid-out graph as inline SVG: no script, no external reference; styled by the report's CSS classes. */
export function renderImpactGraph(graph: ImpactGraph): Html {
  if (graph.nodes.length === 0) return html`<p class="empty">No column changes, so nothing to draw.</p>`;
  return html`<svg class="impact-graph" viewBox="0 0 ${graph.width} ${graph.height}" width="${graph.width}" height="${graph.height}" role="img" aria-label="Impact graph: changed columns, their consumers, and the API operations that expose them">
${graph.lanes.map((lane) => html`<text class="lane-title" x="${lane.x}" y="16">${lane.title}</text>\n`)}${graph.edges.map(
    (edge) =>
      html`<path class="edge sev-${edge.severity}" d="${edge.path}" data-from="${edge.from}" data-to="${edge.to}"><title>${edge.weight} consumer${edge.weight === 1 ? '' : 's'}</title></path>\n`,
  )}${graph.nodes.map(renderNode)}</svg>`;
}

function renderNode(node: GraphNode): Html {
  const forgotten = node.forgotten > 0 ? ' forgotten' : '';
  return html`<g class="node lane-${node.lane} sev-${node.severity}${forgotten}" data-node="${node.key}" data-search="${node.search}" tabindex="0" role="button" aria-label="Filter consumers by ${node.search}"><title>${node.label}\n${node.detail}</title><rect x="${node.x}" y="${node.y}" width="${GRAPH_NODE_WIDTH}" height="${GRAPH_NODE_HEIGHT}" rx="6"/><text x="${node.x + 10}" y="${node.y + 17}">${truncate(node.label, LABEL_CHARS)}</text><text class="detail" x="${node.x + 10}" y="${node.y + 32}">${truncate(node.detail, DETAIL_CHARS)}</text></g>\n`;
}

function truncate(text: string, chars: number): string {
  const points = [...text];
  return points.length <= chars ? text : `${points.slice(0, chars - 1).join('')}…`;
}
