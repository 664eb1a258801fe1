import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';

/** A top-level `<script>` or `<script setup lang="ts">` block of a Vue single-file component, and its content. */
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LANG = /\blang\s*=\s*["']?(ts|tsx|js|jsx)\b/i;

/**
 * A Vue single-file component as the TypeScript parser reads it: the contents of its `<script>` blocks (a component
 * has a `<script>` and a `<script setup>` at most, both module code) kept where they are, everything else (the
 * template, styles, the block tags) replaced by spaces with its line breaks kept, so every offset, line and column
 * still points into the `.vue` file. The script kind follows the blocks' `lang` (`ts`, `tsx`; JavaScript without
 * one). The template's expressions (`{{ item.builds_day_ios }}`) are not read. Linear in the file.
 */
export function vueScriptText(text: string): { readonly text: string; readonly kind: TS.ScriptKind } {
  const blank = (part: string): string => part.replace(/[^\n\r]/g, ' ');
  let out = '';
  let at = 0;
  let lang = 'js';
  for (const match of text.matchAll(SCRIPT_BLOCK)) {
    const attributes = match[1] ?? '';
    const content = match[2] ?? '';
    const contentStart = match.index + match[0].indexOf('>') + 1;
    out += blank(text.slice(at, contentStart)) + content;
    at = contentStart + content.length;
    const declared = LANG.exec(attributes)?.[1]?.toLowerCase();
    if (declared && (lang === 'js' || declared === 'tsx')) lang = declared;
  }
  out += blank(text.slice(at));
  const kind = lang === 'tsx' ? ts.ScriptKind.TSX : lang === 'ts' ? ts.ScriptKind.TS : lang === 'jsx' ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  return { text: out, kind };
}
