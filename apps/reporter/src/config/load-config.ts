import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RippleError } from '@ripple/model';
import { detectConfig } from './detect-config.js';
import { rippleConfigSchema, type RippleConfig } from './ripple-config.js';

export const CONFIG_FILE = 'ripple.config.json';

/**
 * Reads and validates `ripple.config.json` in `repoRoot` (or `file`); errors name the key that is wrong. Without a
 * config file (and no `file` asked for), the config is detected from the tree (`detectConfig`).
 */
export async function loadConfig(repoRoot: string, file?: string): Promise<RippleConfig> {
  const path = join(repoRoot, file ?? CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (file === undefined) return detectConfig(repoRoot);
    throw new RippleError('config/not-found', `no ${file} in ${repoRoot} (it names the migrations folder; see docs/config.md)`, {
      file,
      line: 1,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RippleError('config/invalid-json', `not valid JSON: ${(error as Error).message}`, { file: file ?? CONFIG_FILE, line: 1 });
  }
  const parsed = rippleConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.map(String).join('.') || '(root)';
    const pointer = '/' + issue.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
    throw new RippleError('config/invalid', `${key}: ${issue.message}`, { file: file ?? CONFIG_FILE, pointer: pointer === '/' ? '' : pointer });
  }
  return parsed.data;
}
