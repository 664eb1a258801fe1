/** The report's whole stylesheet: inline, system fonts only, light and dark. Hashed into the page's CSP. */
export const REPORT_STYLES = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #656d76; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --error: #f85149; --warning: #d29922; --info: #4493f8; --ok: #3fb950; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header, main, .toolbar { padding: 0 24px; max-width: 1200px; margin: 0 auto; }
h1 { font-size: 22px; margin: 20px 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h4 { font-size: 13px; margin: 10px 0 4px; color: var(--muted); font-weight: 600; }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.subtitle { margin: 0; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0; }
.figure { display: flex; flex-direction: column-reverse; min-width: 96px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
.figure dd { margin: 0; font-size: 22px; font-weight: 600; }
.figure dt { color: var(--muted); font-size: 12px; }
.figure.sev-error dd { color: var(--error); } .figure.sev-warning dd { color: var(--warning); }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding-top: 8px; padding-bottom: 8px; background: var(--bg); border-bottom: 1px solid var(--line); }
.toolbar input, .toolbar select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); }
.toolbar input { flex: 1 1 280px; }
.toolbar output { color: var(--muted); }
.badge { display: inline-block; min-width: 58px; padding: 0 6px; border-radius: 10px; font-size: 12px; text-align: center; color: #fff; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
details.change { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; margin: 10px 0; padding: 6px 12px; background: var(--bg); }
details.change.sev-error { border-left-color: var(--error); } details.change.sev-warning { border-left-color: var(--warning); } details.change.sev-info { border-left-color: var(--info); }
details.change > summary { cursor: pointer; }
.column-name { font-weight: 600; font-size: 14px; }
.where, .count { color: var(--muted); }
.count { font-size: 12px; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; vertical-align: top; padding: 3px 8px; border-top: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); }
td.kind { width: 90px; color: var(--muted); white-space: nowrap; } td.state { width: 90px; }
.issues td:nth-child(-n+3) code { white-space: nowrap; }
.status { padding: 0 6px; border-radius: 10px; font-size: 12px; border: 1px solid; }
.status-forgotten { color: var(--error); } .status-handled { color: var(--ok); }
.empty { color: var(--muted); font-style: italic; }
.graph-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 12px; background: var(--panel); }
.impact-graph { display: block; max-width: none; }
.impact-graph .lane-title { font-size: 12px; font-weight: 600; fill: var(--muted); }
.impact-graph .edge { fill: none; stroke: var(--line); stroke-width: 1.5; }
.impact-graph .edge.sev-error { stroke: var(--error); stroke-opacity: 0.55; } .impact-graph .edge.sev-warning { stroke: var(--warning); stroke-opacity: 0.55; }
.impact-graph .node { cursor: pointer; }
.impact-graph .node rect { fill: var(--bg); stroke: var(--line); stroke-width: 1.5; }
.impact-graph .node.sev-error rect { stroke: var(--error); } .impact-graph .node.sev-warning rect { stroke: var(--warning); }
.impact-graph .node.forgotten rect { stroke-width: 3; }
.impact-graph .node:focus rect, .impact-graph .node:hover rect { fill: var(--panel); }
.impact-graph .node.dimmed { opacity: 0.3; }
.impact-graph text { font-size: 12.5px; fill: var(--fg); }
.impact-graph text.detail { font-size: 11px; fill: var(--muted); }
footer { max-width: 1200px; margin: 32px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
`;
