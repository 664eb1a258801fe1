import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The SARIF 2.1.0 JSON Schema as published to SchemaStore (`sarif-2.1.0-rtm.5.json`, draft-04), shipped by
 * Microsoft's `@microsoft/jest-sarif` npm package; no npm package ships the OASIS `sarif-schema-2.1.0.json` itself.
 */
const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;

// Ajv's strict mode is for schemas written for Ajv; this one uses `required` inside `anyOf` without `properties`.
// unicodeRegExp off: the schema's `language` pattern (`...-[a-zA-Z]{2}]?$`) is not a valid `u`-flag regular expression.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF log, empty when it is valid. */
export function sarifSchemaErrors(log: unknown): readonly string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
