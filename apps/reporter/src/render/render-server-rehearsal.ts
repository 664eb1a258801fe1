import { type HeldLock, type RehearsedStatement, type ServerRehearsal } from '@ripple/db-schema';

/** `ripple rehearse` output formats. */
export const REHEARSAL_FORMATS = ['text', 'json'] as const;
export type RehearsalFormat = (typeof REHEARSAL_FORMATS)[number];

export function renderServerRehearsal(rehearsal: ServerRehearsal, format: RehearsalFormat): string {
  return format === 'json' ? `${JSON.stringify(rehearsal, null, 2)}\n` : renderServerRehearsalText(rehearsal);
}

/** One block per statement: where, outcome and measures, then a closing line that says it was rolled back. */
export function renderServerRehearsalText(rehearsal: ServerRehearsal): string {
  const lines = [
    `Rehearsal on ${rehearsal.server} (database ${rehearsal.database}, PostgreSQL ${rehearsal.serverVersion}, ${rehearsal.inRecovery ? 'standby' : 'primary'})`,
    `statement_timeout ${rehearsal.statementTimeout}, lock_timeout ${rehearsal.lockTimeout}; one transaction, rolled back`,
    '',
  ];
  if (rehearsal.statements.length === 0) lines.push('No new migration: nothing to rehearse.', '');
  for (const statement of rehearsal.statements) lines.push(...statementLines(statement), '');
  const failed = rehearsal.statements.find((statement) => statement.outcome === 'failed');
  const counts = (['ok', 'failed', 'not-rehearsed', 'not-reached'] as const)
    .map((outcome) => [outcome, rehearsal.statements.filter((statement) => statement.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  lines.push(`${rehearsal.statements.length} statements: ${counts.join(', ') || 'none'}; ${rehearsal.durationMs} ms; ROLLBACK done, nothing committed`);
  if (failed) lines.push(`The migration fails at ${failed.file}:${failed.line}: ${failed.error?.message ?? ''}`);
  for (const change of rehearsal.sequencesLeftAdvanced) {
    lines.push(`warning: sequence ${change.sequence} moved from ${change.before ?? 'unused'} to ${change.after ?? 'unused'} and stays there (nextval is not rolled back)`);
  }
  return `${lines.join('\n')}\n`;
}

function statementLines(statement: RehearsedStatement): string[] {
  const head = `${statement.file}:${statement.line}:${statement.column}  ${firstLine(statement.sql)}`;
  switch (statement.outcome) {
    case 'not-reached':
      return [head, '  not reached (an earlier statement failed)'];
    case 'not-rehearsed': {
      const estimate = statement.estimate;
      const about = estimate?.seconds !== undefined ? `, would take about ${formatSeconds(estimate.seconds)} (${estimate.basis})` : estimate ? ` (${estimate.basis})` : '';
      return [head, `  not rehearsed: ${statement.reason ?? ''}${about}`];
    }
    case 'failed':
      return [
        head,
        `  FAILED after ${statement.durationMs ?? 0} ms: ${statement.error?.message ?? ''}${statement.error?.code ? ` (SQLSTATE ${statement.error.code})` : ''}`,
        ...(statement.error?.detail ? [`  detail: ${statement.error.detail}`] : []),
        ...(statement.error?.hint ? [`  hint: ${statement.error.hint}`] : []),
        '  the run stopped here and rolled back',
      ];
    case 'ok':
      return [
        head,
        `  ok in ${statement.durationMs ?? 0} ms, ${statement.rowsTouched ?? 0} rows touched, ${statement.rewritten?.length ? `rewrites ${statement.rewritten.join(', ')}` : 'no rewrite'}`,
        ...(statement.locks ?? []).map(lockLine),
        ...(statement.sessionsBlocked ? [`  ${statement.sessionsBlocked} other sessions were waiting for this transaction's locks`] : []),
        ...(statement.sequencesAdvanced ?? []).map((change) => `  advances sequence ${change.sequence} from ${change.before ?? 'unused'} to ${change.after ?? 'unused'} (not rolled back)`),
      ];
  }
}

function lockLine(lock: HeldLock): string {
  return `  lock ${lock.mode} on ${lock.relation}, held about ${lock.heldMs} ms: blocks ${lock.blocks.join(', ').replaceAll('-', ' ')}`;
}

function firstLine(sql: string): string {
  const line = sql.split('\n')[0]!.trim();
  return line.length > 100 || sql.includes('\n') ? `${line.slice(0, 100)} …` : line;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 6) / 10} min`;
  return `${Math.round(seconds / 360) / 10} h`;
}

