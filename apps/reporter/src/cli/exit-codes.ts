/** Documented in docs/cli.md; users' CI scripts depend on them. */
export const EXIT_OK = 0;
/** Findings at or above `--fail-on`. */
export const EXIT_FINDINGS = 1;
/** Usage error or bad input (a missing file, a migration that does not apply, a spec that does not load). */
export const EXIT_INPUT = 2;
/** A bug in Ripple: the message says so; RIPPLE_DEBUG=1 prints the stack. */
export const EXIT_INTERNAL = 3;
