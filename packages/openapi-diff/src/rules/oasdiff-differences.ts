/**
 * Why Ripple does not report an id oasdiff's checker tests expect, or reports it at another level, by oasdiff id
 * (`test/oasdiff-corpus`). `docs/rules.md` lists the deliberate differences and the gaps.
 * `deliberate`: Ripple differs on purpose (the rule's docs say why where Ripple has the rule); `gap`: not done yet;
 * `extraction`: the test does more than diff the pair with default options, which the extraction cannot see.
 * `corpus.test.ts` fails when a row that is not reported has no entry here, or an entry is not used.
 */
export interface OasdiffDifference {
  readonly kind: 'deliberate' | 'gap' | 'extraction';
  readonly reason: string;
  /** Ripple's id for the same concept, when it has another one. */
  readonly rippleId?: string;
}

const SECURITY_OR = 'security alternatives are OR-ed: clients authenticating with the removed one are rejected (see the rule docs)';
const ALL_OF =
  'Ripple folds `allOf` into one schema and reports what the member changed (its properties and constraints), not the member itself';
const EFFECTIVE_BOUND =
  'with 3.1 `minimum` and `exclusiveMinimum` both written, Ripple compares the bound that applies (the stricter of the two) and names it by its kind, not each keyword';

export const OASDIFF_DIFFERENCES: Readonly<Record<string, OasdiffDifference>> = {
  'api-global-security-removed': { kind: 'deliberate', reason: `error, not info: ${SECURITY_OR}` },
  'api-security-removed': { kind: 'deliberate', reason: `error, not info: ${SECURITY_OR}` },
  'api-security-scope-added': { kind: 'deliberate', reason: 'error, not info: tokens issued without the new scope are rejected (see the rule docs)' },
  'response-body-any-of-added': { kind: 'deliberate', reason: 'error, not info, as a `oneOf` alternative added (error in both tools): clients meet a shape they do not handle' },
  'response-property-any-of-added': { kind: 'deliberate', reason: 'error, not info, as a `oneOf` alternative added (error in both tools): clients meet a shape they do not handle' },
  'request-body-all-of-added': { kind: 'deliberate', reason: ALL_OF },
  'request-body-all-of-added-annotation-only': { kind: 'deliberate', reason: `${ALL_OF}; an annotation-only member changes nothing` },
  'request-body-all-of-removed': { kind: 'deliberate', reason: ALL_OF },
  'request-property-all-of-added': { kind: 'deliberate', reason: ALL_OF },
  'request-property-all-of-added-annotation-only': { kind: 'deliberate', reason: `${ALL_OF}; an annotation-only member changes nothing` },
  'request-property-all-of-removed': { kind: 'deliberate', reason: ALL_OF },
  'response-body-all-of-added': { kind: 'deliberate', reason: ALL_OF },
  'response-body-all-of-added-annotation-only': { kind: 'deliberate', reason: `${ALL_OF}; an annotation-only member changes nothing` },
  'response-body-all-of-removed': { kind: 'deliberate', reason: ALL_OF },
  'response-property-all-of-added': { kind: 'deliberate', reason: ALL_OF },
  'response-property-all-of-removed': { kind: 'deliberate', reason: ALL_OF },
  'request-property-pattern-changed': {
    kind: 'deliberate',
    reason: 'the property is `readOnly`: not part of a request, so Ripple does not compare it there (it reports response-property-pattern-changed)',
  },
  'request-parameter-max-items-decreased': { kind: 'deliberate', reason: '`maxItems` is written on the items schema (a string), where it constrains nothing' },
  'request-parameter-max-items-increased': { kind: 'deliberate', reason: '`maxItems` is written on the items schema (a string), where it constrains nothing' },
  'response-body-exclusive-min-decreased': { kind: 'deliberate', reason: EFFECTIVE_BOUND, rippleId: 'response-body-min-decreased' },
  'response-property-exclusive-min-decreased': { kind: 'deliberate', reason: EFFECTIVE_BOUND, rippleId: 'response-property-min-decreased' },
  'request-parameter-property-type-specialized': {
    kind: 'deliberate',
    reason: 'string to number: Ripple calls a change between unrelated types a type change (warning on a parameter property)',
    rippleId: 'request-parameter-property-type-changed',
  },
  'request-parameter-type-generalized': {
    kind: 'gap',
    reason: 'a 3.1 multi-type query parameter becoming an exploded array is reported as a type change; the form-style equivalence is not modelled',
    rippleId: 'request-parameter-type-changed',
  },
  'request-body-media-type-schema-removed': { kind: 'extraction', reason: 'the test also diffs the pair the other way round; Ripple reports request-body-media-type-schema-added for this direction' },
  'response-body-media-type-schema-removed': { kind: 'extraction', reason: 'the test also diffs the pair the other way round; Ripple reports response-body-media-type-schema-added for this direction' },
  'request-header-property-became-enum': { kind: 'gap', reason: 'a property of an object-valued header parameter becoming an enum is not reported' },
};
