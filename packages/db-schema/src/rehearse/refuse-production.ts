import { RippleError } from '@ripple/model';

/** What the server says about itself, read before the rehearsal starts. */
export interface ServerFacts {
  readonly inRecovery: boolean;
  readonly database: string;
  /** The host the URL names (empty for a Unix socket given by `host=` or the default). */
  readonly host: string;
}

/** The default `rehearse.productionPattern`: a database or host whose name contains `prod` is production. */
export const DEFAULT_PRODUCTION_PATTERN = 'prod';

/**
 * Throws `rehearse/refused` unless the server may be rehearsed on: its database name and host must not match the
 * production pattern (case-insensitive; no flag overrides it, the config's pattern does), and a primary
 * (`pg_is_in_recovery()` false) needs `allowPrimary` (`--i-know-this-is-not-production`).
 */
export function refuseProduction(facts: ServerFacts, options: { readonly allowPrimary: boolean; readonly productionPattern: string }): void {
  const pattern = new RegExp(options.productionPattern, 'i');
  for (const [what, name] of [['database', facts.database], ['host', facts.host]] as const) {
    if (name !== '' && pattern.test(name)) {
      throw new RippleError(
        'rehearse/refused',
        `refusing to rehearse: the ${what} name '${name}' matches the production pattern /${options.productionPattern}/i (rehearse.productionPattern in ripple.config.json); point --db-url at a staging copy, or set the pattern to what only production names match`,
      );
    }
  }
  if (!facts.inRecovery && !options.allowPrimary) {
    throw new RippleError(
      'rehearse/refused',
      `refusing to rehearse: database '${facts.database}' is on a primary server (pg_is_in_recovery() is false), which may be production; the rehearsal always rolls back, but it takes real locks there. If this is a staging copy, add --i-know-this-is-not-production`,
    );
  }
}
