import { HISTORY_RULES, LINT_RULES } from '@ripple/db-schema';
import { RULES as API_RULES } from '@ripple/openapi-diff';
import type { ReportingDescriptor } from 'sarif';

/** Where Ripple's docs live; rule links are this plus a file of the repository and an anchor. */
export const RULE_DOCS_BASE_URL = 'https://github.com/ripple-dev/ripple/blob/main/';

/** The documents that describe each kind of rule, relative to the repository root: the one place to change when they move. */
export const RULE_DOCUMENTS = {
  /** Migration lint and history rules: a table row with an `<a id="<rule id>">` anchor each. */
  lint: 'docs/migration-lint.md',
  /** OpenAPI change rules: one generated table, a row per id. */
  api: 'packages/openapi-diff/docs/rules.md',
  /** The report's own column-change rules: an anchor each under "Rule ids". */
  report: 'docs/report-format.md',
} as const;

/** Which document holds a rule id, and the docs text its own package keeps for it (none for the report's own ids). */
function documentedRule(id: string): { readonly document: keyof typeof RULE_DOCUMENTS; readonly docs?: string } {
  const lint = LINT_RULES.find((rule) => rule.id === id);
  if (lint) return { document: 'lint', docs: lint.docs };
  if (Object.hasOwn(HISTORY_RULES, id)) return { document: 'lint', docs: HISTORY_RULES[id as keyof typeof HISTORY_RULES].docs };
  const api = API_RULES.find((rule) => rule.id === id);
  if (api) return { document: 'api', docs: api.docs };
  return { document: 'report' };
}

/** The page (and anchor) documenting a rule id. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}${RULE_DOCUMENTS[documentedRule(id).document]}#${id}`;
}

/** What Ripple says about the rules it owns; rules of other packages (lint, OpenAPI) get a text from their id. */
export const KNOWN_RULES: Readonly<Record<string, { readonly short: string; readonly help: string }>> = {
  'forgotten-consumer': {
    short: 'Code still uses a column this change drops or renames',
    help:
      'The head tree still uses the old name of a dropped or renamed column, so this code breaks when the migration ' +
      'runs. Update the code in the same change, or split the change: add the new column, move the readers and ' +
      'writers, then drop the old one.',
  },
  'column-dropped': {
    short: 'Code uses a column that a migration drops',
    help: 'A migration drops a column this code uses. Remove the usage before the migration runs.',
  },
  'column-renamed': {
    short: 'Code uses a column that a migration renames',
    help: 'A migration renames a column this code uses. Use the new name, or keep the old one readable until every consumer moved.',
  },
  'column-type-changed': {
    short: 'Code uses a column whose type a migration changes',
    help:
      'A migration changes the type of a column this code uses. Check that the code reads and writes values of the ' +
      'new type (precision, range, string versus number in the driver).',
  },
  'column-nullability-changed': {
    short: 'Code uses a column whose nullability a migration changes',
    help:
      'A migration changes whether a column may be NULL. Writers that omit it or write a null fail on NOT NULL; readers that assume a ' +
      'value break when NULLs appear.',
  },
  'column-default-changed': {
    short: 'Code uses a column whose default a migration changes',
    help: 'A migration changes the default of a column this code uses. Writers that omit the column get the new default.',
  },
  'column-constraint-changed': {
    short: 'Code writes a column a migration adds or changes a constraint on',
    help: 'A migration adds or changes a constraint on a column this code writes. Writes that violate it now fail; make every writer satisfy it first.',
  },
  'column-index-changed': {
    short: 'Code uses a column a migration adds a unique index on',
    help: 'A migration adds a unique index on a column this code writes. Duplicate values now fail to insert.',
  },
  'column-identity-changed': {
    short: 'Code writes a column whose identity a migration changes',
    help: 'A migration makes the column an identity column (or changes how). Writers that set it explicitly fail under GENERATED ALWAYS.',
  },
  'column-generated-changed': {
    short: 'Code writes a column a migration makes generated',
    help: 'A migration makes the column generated. Writers that set it fail; readers get the computed value.',
  },
  'column-added': {
    short: 'A migration adds a column existing writers may not fill',
    help: 'A migration adds a column. A NOT NULL column without a default makes existing inserts fail.',
  },
};

/** The SARIF rule for an id: short description, help and a docs link. */
export function describeRule(id: string): ReportingDescriptor {
  const documented = documentedRule(id);
  const known = KNOWN_RULES[id] ?? (documented.docs === undefined ? undefined : { short: sentenceFromId(id), help: documented.docs });
  const short = known?.short ?? sentenceFromId(id);
  const docs = `${RULE_DOCS_BASE_URL}${RULE_DOCUMENTS[documented.document]}#${id}`;
  const help = known?.help ?? `${short}. See ${docs} for what the rule checks and how to fix it.`;
  return {
    id,
    name: pascalCaseFromId(id),
    shortDescription: { text: short },
    fullDescription: { text: help },
    help: { text: help, markdown: `${help}\n\n[Rule documentation](${docs})` },
    helpUri: docs,
  };
}

/** `response-property-removed` -> `Response property removed` */
function sentenceFromId(id: string): string {
  const words = id.split(/[-_/]+/).filter((word) => word.length > 0).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `response-property-removed` -> `ResponsePropertyRemoved` (SARIF's `name`, an identifier). */
function pascalCaseFromId(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
