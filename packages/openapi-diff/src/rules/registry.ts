import { compareStrings } from '@ripple/model';
import type { Site } from '../diff/change-event.js';
import { ENDPOINT_RULES } from './endpoint-rules.js';
import { REQUEST_BODY_RULES } from './request-body-rules.js';
import { REQUEST_PARAMETER_RULES } from './request-parameter-rules.js';
import { REQUEST_PROPERTY_RULES } from './request-property-rules.js';
import { RESPONSE_BODY_RULES } from './response-body-rules.js';
import { RESPONSE_PROPERTY_RULES } from './response-property-rules.js';
import { RESPONSE_RULES } from './response-rules.js';
import type { Rule } from './rule.js';
import { SECURITY_RULES } from './security-rules.js';

/** Every rule of every site's table, sorted by id. */
export const RULES: readonly Rule[] = [
  ...ENDPOINT_RULES,
  ...REQUEST_PARAMETER_RULES,
  ...REQUEST_BODY_RULES,
  ...REQUEST_PROPERTY_RULES,
  ...RESPONSE_RULES,
  ...RESPONSE_BODY_RULES,
  ...RESPONSE_PROPERTY_RULES,
  ...SECURITY_RULES,
].sort((a, b) => compareStrings(a.id, b.id));

const BY_CHANGE = new Map(RULES.map((rule) => [`${rule.site} ${rule.change}`, rule]));

/** The rule classifying `change` at `site`, if any. */
export function ruleFor(site: Site, change: string): Rule | undefined {
  return BY_CHANGE.get(`${site} ${change}`);
}
