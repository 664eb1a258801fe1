import { formatDiagnosticLocation, type ApiChange, type Diagnostic, type Finding } from '@ripple/model';
import { compareLocations, compareStrings } from '@ripple/model';
import { html, type Html } from './html-template.js';
import { fedByNote } from '../api-evidence.js';

/** API changes: level, rule id, operation, message and where in the spec (file and JSON pointer). */
export function renderApiChanges(apiChanges: readonly ApiChange[]): Html {
  if (apiChanges.length === 0) return html`<p class="empty">No API changes.</p>`;
  const sorted = [...apiChanges].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.operation, b.operation) || compareStrings(a.id, b.id) || compareStrings(a.pointer, b.pointer),
  );
  return html`<table class="issues"><thead><tr><th>Level</th><th>Rule</th><th>Operation</th><th>Change</th><th>Where</th></tr></thead><tbody>
${sorted.map(
  (change) =>
    html`<tr class="api-change" data-level="${change.level}"><td><span class="badge sev-${change.level}">${change.level}</span></td><td><code>${change.id}</code></td><td><code>${change.operation}</code></td><td>${change.message}${fedByNote(change) === '' ? undefined : html`<br><span class="fed-by">${fedByNote(change)}</span>`}</td><td class="where"><code>${change.file}#${change.pointer}</code></td></tr>\n`,
)}</tbody></table>`;
}

/** Lint findings: level, rule id, message, file:line. */
export function renderFindings(findings: readonly Finding[]): Html {
  if (findings.length === 0) return html`<p class="empty">No findings.</p>`;
  const sorted = [...findings].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.id, b.id));
  return html`<table class="issues"><thead><tr><th>Level</th><th>Rule</th><th>Finding</th><th>Where</th></tr></thead><tbody>
${sorted.map(
  (finding) =>
    html`<tr class="finding" data-level="${finding.level}"><td><span class="badge sev-${finding.level}">${finding.level}</span></td><td><code>${finding.id}</code></td><td>${finding.message}</td><td class="where"><code>${finding.location.file}:${finding.location.line}</code></td></tr>\n`,
)}</tbody></table>`;
}

/** What Ripple could not analyse: never hidden, so a reader knows where the report is blind. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): Html {
  if (diagnostics.length === 0) return html`<p class="empty">Everything was analysed.</p>`;
  const sorted = [...diagnostics].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.code, b.code));
  return html`<table class="issues"><thead><tr><th>Code</th><th>Message</th><th>Where</th></tr></thead><tbody>
${sorted.map(
  (diagnostic) =>
    html`<tr class="diagnostic"><td><code>${diagnostic.code}</code></td><td>${diagnostic.message}</td><td class="where"><code>${formatDiagnosticLocation(diagnostic)}</code></td></tr>\n`,
)}</tbody></table>`;
}
