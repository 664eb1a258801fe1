import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { TypeExpr } from '../facts/file-facts.js';
import type { ExtractContext } from './extract-context.js';
import { unwrapped } from './shape-facts.js';
import { calleeNameOf } from './graphql-types-of.js';

/** React's `useContext` and a project's wrappers of it named alike: `useRequiredContext`, `useSafeContext`. */
const CONTEXT_HOOK = /^use[A-Za-z]*Context$/;

/**
 * `useContext(PollContext)`, `React.useContext(PollContext)`, a project's `useRequiredContext(PollContext)`: the value
 * of a context the file creates with its type written out, `const PollContext = createContext<PollContextValue |
 * null>(null)` (the type argument, `null` and `undefined` left out). A context created elsewhere, or without a type
 * argument, gives nothing.
 */
export function contextHookResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const argument = call.arguments[0];
  if (!CONTEXT_HOOK.test(calleeNameOf(call)) || !argument || !ts.isIdentifier(argument)) return undefined;
  const declaration = context.declarationOf(argument);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const created = unwrapped(declaration.initializer);
  if (!ts.isCallExpression(created)) return undefined;
  const value = calleeNameOf(created) === 'createContext' ? created.typeArguments?.[0] : undefined;
  return value && context.typeOfNode(value);
}
