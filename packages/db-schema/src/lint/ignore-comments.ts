import { scanSqlTokens } from '../migrations/scan-sql-tokens.js';

/**
 * The ignore comments of one SQL file, as squawk reads them: `-- squawk-ignore rule-a, rule-b` silences those rules
 * for findings on its own line and the line after it; `-- squawk-ignore-file rule` for the whole file; with no rule
 * named, every rule. `ripple-ignore` and `ripple-ignore-file` are the same comments under Ripple's name. Text after a
 * second `--` inside the comment is a reason and is not read.
 */
export interface IgnoreComments {
  /** 1-based line of the comment -> the rule ids it names (empty: every rule). */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
  /** Rule ids ignored in the whole file; `*` for every rule. */
  readonly file: ReadonlySet<string>;
}

const PREFIXES = [
  ['squawk-ignore-file', 'file'],
  ['ripple-ignore-file', 'file'],
  ['squawk-ignore', 'line'],
  ['ripple-ignore', 'line'],
] as const;

/** Reads the ignore comments of SQL text with PostgreSQL's scanner (comments only, never string contents). */
export function findIgnoreComments(sql: string): IgnoreComments {
  const lines = new Map<number, Set<string>>();
  const file = new Set<string>();
  let tokens;
  try {
    tokens = scanSqlTokens(sql);
  } catch {
    // An unterminated string or comment: the parse error is reported, and no ignore comment can be read reliably.
    return { lines, file };
  }
  const bytes = Buffer.from(sql, 'utf8');
  let lineStartOffset = 0;
  let line = 1;
  for (const token of tokens) {
    if (token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT') continue;
    const body = commentBody(token.text);
    const match = PREFIXES.find(([prefix]) => body.startsWith(prefix) && (body.length === prefix.length || /\s|,/.test(body[prefix.length]!)));
    if (!match) continue;
    const names = body.slice(match[0].length).split('--')[0]!.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
    if (match[1] === 'file') {
      for (const name of names.length > 0 ? names : ['*']) file.add(name);
      continue;
    }
    for (; lineStartOffset < token.start; lineStartOffset += 1) if (bytes[lineStartOffset] === 0x0a) line += 1;
    const set = lines.get(line) ?? new Set<string>();
    for (const name of names.length > 0 ? names : ['*']) set.add(name);
    lines.set(line, set);
  }
  return { lines, file };
}

/** Whether the comments silence `ids` (a rule's id and its former ids) for a finding on `line`. */
export function isIgnored(comments: IgnoreComments | undefined, ids: readonly string[], line: number): boolean {
  if (!comments) return false;
  const names = (set: ReadonlySet<string> | undefined): boolean => set !== undefined && (set.has('*') || ids.some((id) => set.has(id)));
  return names(comments.file) || names(comments.lines.get(line)) || names(comments.lines.get(line - 1));
}

function commentBody(text: string): string {
  const inner = text.startsWith('--') ? text.slice(2) : text.startsWith('/*') ? text.slice(2, text.endsWith('*/') ? -2 : undefined) : text;
  return inner.trim();
}
