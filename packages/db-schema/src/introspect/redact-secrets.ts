/** What stands for a secret in anything Ripple prints. */
const MASK = '***';

/** Connection parameters whose values are secrets, in URLs' query strings and libpq key/value strings. */
const SECRET_KEYS = ['password', 'sslpassword', 'passfile', 'sslkey'] as const;
const SECRET_KEY = new RegExp(`^(?:${SECRET_KEYS.join('|')})$`, 'i');

/**
 * A connection string with every secret replaced by `***`, whatever its form: a URL's userinfo password
 * (`postgres://u:secret@h/db`), a secret query parameter (`?user=u&password=secret`), and libpq's key/value form
 * (`host=h password=secret`, `password='a b'`). Anything else is kept, so the user still sees which server is meant.
 */
export function redactDatabaseUrl(url: string): string {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return redactUrl(trimmed);
  return redactKeyValue(trimmed);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = MASK;
    for (const key of [...parsed.searchParams.keys()]) {
      if (SECRET_KEY.test(key)) parsed.searchParams.set(key, MASK);
    }
    // URLSearchParams percent-encodes the mask: show it as written.
    return parsed.toString().replaceAll(encodeURIComponent(MASK), MASK);
  } catch {
    // Not a URL Node can parse: mask the userinfo password and secret parameters by their shape.
    return url
      .replace(/(\/\/[^:/@?#]*):[^@/?#]*@/, `$1:${MASK}@`)
      .replace(new RegExp(`([?&](?:${SECRET_KEYS.join('|')})=)[^&#]*`, 'gi'), `$1${MASK}`);
  }
}

/** libpq's `key=value` pairs, values bare or single-quoted with backslash escapes. */
function redactKeyValue(text: string): string {
  return text.replace(/([A-Za-z_]+)(\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s']*)/g, (whole, key: string, equals: string) =>
    SECRET_KEY.test(key) ? `${key}${equals}${MASK}` : whole,
  );
}

/**
 * The secrets a connection string and the environment hold (the URL's password and secret parameters, libpq's
 * key/value ones, `PGPASSWORD`), for scrubbing text Ripple did not write itself: a driver's error message may echo
 * them. Empty and one-character values are not secrets worth hunting (they would mask ordinary text).
 */
export function connectionSecrets(url: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined | null) => {
    if (value !== undefined && value !== null && value.length > 1) found.add(value);
  };
  add(env['PGPASSWORD']);
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    add(decodeURIComponent(parsed.password));
    for (const [key, value] of parsed.searchParams) if (SECRET_KEY.test(key)) add(value);
  } catch {
    for (const match of trimmed.matchAll(/([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)/g)) {
      if (SECRET_KEY.test(match[1]!)) add(match[2]!.startsWith("'") ? match[2]!.slice(1, -1).replace(/\\(.)/g, '$1') : match[2]);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each secret replaced by `***`, longest first. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) scrubbed = scrubbed.split(secret).join(MASK);
  return scrubbed;
}
