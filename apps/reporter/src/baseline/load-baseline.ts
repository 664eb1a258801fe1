import { readFile } from 'node:fs/promises';
import { RippleError } from '@ripple/model';
import { baselineFileSchema, type BaselineFile } from './baseline-file.js';

/** Reads and validates a baseline file; errors name the file and the JSON pointer of the bad key. */
export async function loadBaseline(file: string): Promise<{ readonly baseline: BaselineFile; readonly text: string }> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new RippleError('input/not-found', `${file}: cannot read the baseline`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RippleError('baseline/invalid-json', `not valid JSON: ${(error as Error).message}`, { file, line: 1 });
  }
  const parsed = baselineFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const pointer = issue.path.length ? '/' + issue.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/') : '';
    throw new RippleError('baseline/invalid', `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`, { file, pointer });
  }
  return { baseline: parsed.data, text };
}
