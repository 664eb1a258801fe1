/**
 * PostgREST's own small syntax in supabase-js strings (not SQL): the column list of `.select(...)` with embedded
 * resources, and the conditions of `.or(...)`. Pure; offsets are into the string's text.
 */

/** A column a select list names, in the queried table or (`table`) in an embedded resource. */
export interface SelectedColumn {
  readonly column: string;
  /** The embedded resource's table: `profiles` of `owner:profiles!owner_id(username)`. */
  readonly table?: string;
  readonly offset: number;
}

const IDENTIFIER = /^[A-Za-z_]\w*/;

/**
 * `'id, name:display_name, created_at::text, data->settings, owner:profiles!owner_id(username, ...teams(name)), count()'`:
 * `id`, `display_name`, `created_at`, `data`, then `username` of `profiles` and `name` of `teams`. `*`, aggregates with
 * no column (`count()`) and quoted names are not columns read here.
 */
export function readSelectColumns(text: string, table?: string, base = 0): SelectedColumn[] {
  const found: SelectedColumn[] = [];
  for (const { token, offset } of splitTopLevel(text)) {
    let at = offset;
    let rest = token;
    const skip = (count: number): void => {
      rest = rest.slice(count);
      at += count;
    };
    skip(rest.length - rest.trimStart().length);
    if (rest.startsWith('...')) skip(3);
    const open = rest.indexOf('(');
    const head = open < 0 ? rest : rest.slice(0, open);
    // `owner:profiles!owner_id(...)`, `teams(...)`: an embedded resource; `amount.sum()`: an aggregate of a column.
    if (open >= 0 && !head.includes('.')) {
      const close = rest.lastIndexOf(')');
      const resource = head.slice(head.indexOf(':') + 1).split('!')[0]!.trim();
      if (IDENTIFIER.test(resource) && close > open) found.push(...readSelectColumns(rest.slice(open + 1, close), resource, base + at + open + 1));
      continue;
    }
    const alias = /^[A-Za-z_]\w*\s*:(?!:)\s*/.exec(rest);
    if (alias) skip(alias[0].length);
    const column = IDENTIFIER.exec(rest)?.[0];
    if (column !== undefined) found.push({ column, ...(table === undefined ? {} : { table }), offset: base + at });
  }
  return found;
}

/** `'status.eq.open,archived_at.is.null,not.and(a.eq.1)'`: each condition's column; grouped `and(...)`/`or(...)` are not read. */
export function readOrColumns(text: string): { column: string; offset: number }[] {
  const found: { column: string; offset: number }[] = [];
  for (const { token, offset } of splitTopLevel(text)) {
    const lead = token.length - token.trimStart().length;
    const column = IDENTIFIER.exec(token.trimStart())?.[0];
    if (column === undefined || column === 'and' || column === 'or' || column === 'not' || token.trimStart()[column.length] !== '.') continue;
    found.push({ column, offset: offset + lead });
  }
  return found;
}

/** The comma-separated parts of a list outside parentheses, with their offsets. */
function splitTopLevel(text: string): { token: string; offset: number }[] {
  const parts: { token: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if ((char === ',' && depth === 0) || index === text.length) {
      parts.push({ token: text.slice(start, index), offset: start });
      start = index + 1;
    }
  }
  return parts;
}
