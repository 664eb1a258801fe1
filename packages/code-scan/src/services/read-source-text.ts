import { readFileSync } from 'node:fs';

/**
 * A source file's text as TypeScript reads it: UTF-8, or UTF-16 when the file starts with its byte order mark
 * (`supabase gen types typescript > types_db.ts` in Windows PowerShell writes UTF-16LE); a UTF-8 byte order mark is
 * dropped. Read as UTF-8 only, a UTF-16 file is "binary" to the parser and none of it is scanned.
 */
export function decodeSourceText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return new TextDecoder('utf-8').decode(bytes);
}

/** `decodeSourceText` of the file at `path`. */
export function readSourceText(path: string): string {
  return decodeSourceText(readFileSync(path));
}
