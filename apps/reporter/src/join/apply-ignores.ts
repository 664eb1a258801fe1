import { formerIdsOf } from '@ripple/db-schema';
import type { ImpactReport } from '@ripple/model';

/**
 * A config `ignore` entry: a rule id (change kind, API rule id, finding id; a lint rule's former id too, such as
 * `require-timeout-settings`) and/or a path glob, with a reason.
 */
export interface IgnoreRule {
  readonly rule?: string | undefined;
  readonly path?: string | undefined;
  readonly reason: string;
}

/**
 * Removes what the config ignores: consumers, API changes and findings whose rule id and path match an entry (an
 * entry with only `rule` ignores that rule everywhere; with only `path`, everything under the glob). A change whose
 * kind is ignored goes with all its consumers. Pure.
 */
export function applyIgnores(report: ImpactReport, rules: readonly IgnoreRule[]): ImpactReport {
  if (rules.length === 0) return report;
  const matchers = rules.map((rule) => ({ rule: rule.rule, path: rule.path === undefined ? undefined : globToRegExp(rule.path) }));
  const ignored = (rule: string, path: string | undefined): boolean =>
    matchers.some(
      (matcher) =>
        (matcher.rule === undefined || matcher.rule === rule || formerIdsOf(rule).includes(matcher.rule)) &&
        (matcher.path === undefined || (path !== undefined && matcher.path.test(path))) &&
        (matcher.rule !== undefined || matcher.path !== undefined),
    );
  return {
    ...report,
    changes: report.changes
      .filter((change) => !matchers.some((matcher) => matcher.rule === change.kind && matcher.path === undefined))
      .map((change) => ({ ...change, consumers: change.consumers.filter((consumer) => !ignored(change.kind, consumer.file)) })),
    apiChanges: report.apiChanges.filter((change) => !ignored(change.id, change.file)),
    findings: report.findings.filter((finding) => !ignored(finding.id, finding.location.file)),
    diagnostics: report.diagnostics.filter((diagnostic) => !ignored(diagnostic.code, diagnostic.location.file)),
  };
}

/** `**` any depth, `*` within one path segment, `?` one character; everything else literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      source += glob[index + 2] === '/' ? '(?:.*/)?' : '.*';
      index += glob[index + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
