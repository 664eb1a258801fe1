import { describe, expect, it } from 'vitest';
import { connectionSecrets, redactDatabaseUrl, scrubSecrets } from './redact-secrets.js';

describe('redactDatabaseUrl', () => {
  it.each([
    ['a userinfo password', 'postgres://ripple:s3cret@db.internal:5432/shop', 'postgres://ripple:***@db.internal:5432/shop'],
    ['a password query parameter', 'postgresql://h:5432/db?user=u&password=s3cret', 'postgresql://h:5432/db?user=u&password=***'],
    ['both, and sslpassword', 'postgres://u:a@h/db?sslpassword=b&sslmode=require', 'postgres://u:***@h/db?sslpassword=***&sslmode=require'],
    ['a URL with no secret', 'postgres://u@h/db?sslmode=require', 'postgres://u@h/db?sslmode=require'],
    ['libpq key/value pairs', 'host=h port=5432 password=s3cret dbname=app', 'host=h port=5432 password=*** dbname=app'],
    ['a quoted key/value password', "host=h password='s3 cr\\'et' user=u", 'host=h password=*** user=u'],
    ['spaces around =', 'host = h password = s3cret', 'host = h password = ***'],
    ['an URL Node cannot parse', 'postgres://u:s3cret@[bad/db?password=x', 'postgres://u:***@[bad/db?password=***'],
  ])('masks %s', (_name, url, expected) => {
    expect(redactDatabaseUrl(url)).toBe(expected);
  });
});

describe('connectionSecrets and scrubSecrets', () => {
  it('finds the URL password, secret parameters, key/value ones and PGPASSWORD, and scrubs them anywhere', () => {
    expect(connectionSecrets('postgres://u:p%40ss@h/db?password=q1', { PGPASSWORD: 'env-pw' })).toEqual(['env-pw', 'p@ss', 'q1']);
    expect(connectionSecrets("host=h password='a b'", {})).toEqual(['a b']);
    expect(scrubSecrets('auth failed for p@ss and env-pw', ['env-pw', 'p@ss'])).toBe('auth failed for *** and ***');
  });

  it('ignores empty and one-character values, which would mask ordinary text', () => {
    expect(connectionSecrets('postgres://u:x@h/db', { PGPASSWORD: '' })).toEqual([]);
  });
});
