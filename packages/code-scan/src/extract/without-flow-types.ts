import { createRequire } from 'node:module';

/** `// @flow`, `/* @flow *\/`, `// @flow strict` before the first statement of a JavaScript file. */
const FLOW_PRAGMA = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*?(?:\/\/|\/\*+)\s*@flow\b/;
const JS_FILE = /\.(js|jsx|mjs|cjs)$/;

type FlowRemoveTypes = (source: string, options?: { readonly all?: boolean; readonly pretty?: boolean }) => { toString(): string };
let flowRemoveTypes: FlowRemoveTypes | undefined;

/**
 * A Flow-typed JavaScript file with its type annotations replaced by spaces (flow-remove-types, loaded on the first
 * Flow file), so TypeScript's parser reads it and every offset still points into the file; other files as they are.
 * `undefined` when the file says `@flow` but Flow's parser cannot read it either.
 */
export function withoutFlowTypes(file: string, text: string): string | undefined {
  if (!JS_FILE.test(file) || !FLOW_PRAGMA.test(text.slice(0, 4096))) return text;
  flowRemoveTypes ??= createRequire(import.meta.url)('flow-remove-types') as FlowRemoveTypes;
  try {
    return flowRemoveTypes(text).toString();
  } catch {
    return undefined;
  }
}
