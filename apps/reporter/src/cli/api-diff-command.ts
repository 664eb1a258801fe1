import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IMPACT_REPORT_SCHEMA_VERSION, RippleError, type ImpactReport } from '@ripple/model';
import { applyIgnoreFile, diffOpenApi, loadOpenApi } from '@ripple/openapi-diff';
import { API_POLICY_OPTIONS, API_POLICY_USAGE, readApiPolicyOptions } from './api-policy-options.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';

export const API_DIFF_USAGE = `Usage: ripple api-diff BASE HEAD [options]

Diffs two OpenAPI descriptions (2.0, 3.0 or 3.1; YAML or JSON; external $refs followed) and classifies every
change as error (breaking), warning or info, with oasdiff's rule ids where the concept is the same. The output is
an impact report with only API changes, so every format and 'ripple render' work on it.

Options:
  --ignore FILE        accepted changes, one per line: '<fingerprint> <reason>' or '<rule-id> <METHOD /path | *> <reason>'
  --today DATE         the date x-sunset dates are compared with (default: today), for reproducible CI runs
  --allow-remote-refs  follow $refs to http(s) URLs (off by default; loopback, private-network and link-local
                       addresses are refused even then)
${API_POLICY_USAGE}

A description that breaks the OpenAPI schema but can be diffed is diffed: each violation is a warning in
'diagnostics' (openapi/schema-violation, with its JSON pointer).
${OUTPUT_USAGE}`;

export async function apiDiffCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { ...OUTPUT_OPTIONS, ...API_POLICY_OPTIONS, ignore: { type: 'string' }, today: { type: 'string' }, 'allow-remote-refs': { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const [baseFile, headFile, ...extra] = positionals;
  if (baseFile === undefined || headFile === undefined || extra.length > 0) {
    throw new RippleError('usage/bad-arguments', 'api-diff: give exactly two descriptions, BASE and HEAD');
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new RippleError('usage/bad-option', `--today must be a date like 2026-12-31 (got ${values.today})`);
  }
  const policy = await readApiPolicyOptions(values);
  const output = parseOutputOptions(values, io);
  // Paths in the report are as the user gave them, relative to where ripple runs.
  const root = resolve('.');
  const load = { root, ...(values['allow-remote-refs'] === true ? { allowRemoteRefs: true } : {}) };
  const [base, head] = await Promise.all([loadOpenApi(baseFile, load), loadOpenApi(headFile, load)]);
  let apiChanges = diffOpenApi(base, head, { ...policy, today: values.today ?? io.today(), locations: true });
  if (values.ignore !== undefined) apiChanges = await applyIgnoreFile(apiChanges, values.ignore);
  // writeReport renders through renderReport, which puts every list in the report order.
  const report: ImpactReport = { schemaVersion: IMPACT_REPORT_SCHEMA_VERSION, changes: [], apiChanges: [...apiChanges], findings: [], diagnostics: [...base.diagnostics, ...head.diagnostics] };
  return writeReport(report, output, io);
}
