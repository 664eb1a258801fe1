/** Case- and separator-insensitive key: `email_address`, `emailAddress` and `EmailAddress` share one. */
export function nameKey(name: string): string {
  return name.replaceAll(/[_\-\s]/g, '').toLowerCase();
}
