import type { ImpactReport } from '@ripple/model';

/** A file name that is markup if a renderer forgets to escape it. */
export const HOSTILE_FILE = 'services/billing/src/<img src=x onerror=alert(1)>.ts';
/** SQL text in a diagnostic that closes the script element and opens one of its own. */
export const HOSTILE_SQL = `</script><script>alert("sql")</script> SELECT '<b>' || email FROM customers`;

/** The report with a hostile file name on a forgotten consumer, symbol and object names, and a hostile diagnostic. */
export function hostileReport(report: ImpactReport): ImpactReport {
  return {
    ...report,
    changes: report.changes.map((change) => ({
      ...change,
      consumers: change.consumers.map((consumer) =>
        consumer.file === 'services/billing/src/invoice.ts'
          ? { ...consumer, file: HOSTILE_FILE, symbol: '"><svg onload=alert(2)>' }
          : consumer.kind === 'db-object'
            ? { ...consumer, object: `view public."<img src=y onerror=alert(3)>"` }
            : consumer,
      ),
    })),
    diagnostics: [...report.diagnostics, { kind: 'diagnostic', code: 'sql/unparseable', message: HOSTILE_SQL, location: { file: HOSTILE_FILE, line: 3 } }],
  };
}
