import { createHash } from 'node:crypto';

/** A short stable hash of the parts, used as the key of ignore files and baselines. */
export function fingerprint(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
