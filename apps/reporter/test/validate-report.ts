import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** The published JSON Schema of `ImpactReport` (docs/impact-report.schema.json), compiled once per test worker. */
const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../docs/impact-report.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a report, empty when it is valid. */
export function reportSchemaErrors(report: unknown): readonly string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
