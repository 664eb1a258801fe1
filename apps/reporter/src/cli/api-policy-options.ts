import { RippleError } from '@ripple/model';
import { readSeverityLevels, STABILITY_LEVELS, type DiffOptions, type StabilityLevel } from '@ripple/openapi-diff';

/**
 * oasdiff's deprecation policy, stability threshold and level overrides, by its flag names (also config keys for
 * `ripple report`).
 */
export const API_POLICY_OPTIONS = {
  'deprecation-days-beta': { type: 'string' },
  'deprecation-days-stable': { type: 'string' },
  'stability-level': { type: 'string' },
  'severity-levels': { type: 'string' },
  'include-path-params': { type: 'boolean' },
} as const;

export const API_POLICY_USAGE = `  --deprecation-days-beta N    days a beta operation, parameter or property must stay deprecated before its
                               x-sunset (default 0: no policy; oasdiff's flag)
  --deprecation-days-stable N  the same for stable ones (and those with no x-stability-level)
  --stability-level LEVEL      leave out operations below draft|alpha|beta|stable (default draft: none left out)
  --severity-levels FILE       rule levels to use instead of Ripple's, one '<rule-id> <err|warn|info|none>' a line
                               (oasdiff's file format; none leaves the rule out)
  --include-path-params        match operations by their path as written: renaming {id} to {customerId} is an
                               operation removed and one added (default: parameter names ignored)`;

export type ApiPolicy = Pick<DiffOptions, 'deprecationDaysBeta' | 'deprecationDaysStable' | 'stabilityLevel' | 'severityLevels' | 'includePathParams'>;

type ApiPolicyValues = {
  readonly [K in keyof typeof API_POLICY_OPTIONS]?: ((typeof API_POLICY_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string) | undefined;
};

/**
 * The policy the flags set, with the `--severity-levels` file read; a file that cannot be read or has a bad line is
 * an input error naming the file and line (exit 2).
 */
export async function readApiPolicyOptions(values: ApiPolicyValues): Promise<ApiPolicy> {
  const policy = parseApiPolicyOptions(values);
  const file = values['severity-levels'];
  return file === undefined ? policy : { ...policy, severityLevels: await readSeverityLevels(file) };
}

/** The policy the flags set; a value that is no whole number of days or no stability level is a usage error (exit 2). */
export function parseApiPolicyOptions(values: ApiPolicyValues): Omit<ApiPolicy, 'severityLevels'> {
  const days = (flag: 'deprecation-days-beta' | 'deprecation-days-stable'): number | undefined => {
    const value = values[flag];
    if (value === undefined) return undefined;
    if (!/^\d{1,6}$/.test(value)) throw new RippleError('usage/bad-option', `--${flag} must be a whole number of days, 0 or more (got ${value})`);
    return Number(value);
  };
  const level = values['stability-level'];
  if (level !== undefined && !(STABILITY_LEVELS as readonly string[]).includes(level)) {
    throw new RippleError('usage/bad-option', `--stability-level must be one of ${STABILITY_LEVELS.join(', ')} (got ${level})`);
  }
  const beta = days('deprecation-days-beta');
  const stable = days('deprecation-days-stable');
  return {
    ...(beta === undefined ? {} : { deprecationDaysBeta: beta }),
    ...(stable === undefined ? {} : { deprecationDaysStable: stable }),
    ...(level === undefined ? {} : { stabilityLevel: level as StabilityLevel }),
    ...(values['include-path-params'] === true ? { includePathParams: true } : {}),
  };
}
