import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { unwrapped } from './shape-facts.js';
import { procedurePath } from './trpc-client-calls.js';

/** TanStack Query's mutation calls: their argument is the procedure's input. */
const MUTATE = new Set(['mutate', 'mutateAsync']);

/**
 * `trpc.polls.update.useMutation(...)` or `useMutation(trpc.polls.update.mutationOptions())` (tRPC v11): the path of
 * the procedure the hook mutates with, `polls.update`.
 */
export function mutationHookPath(call: TS.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'useMutation') return procedurePath(callee.expression)?.join('.');
  if (!ts.isIdentifier(callee) || callee.text !== 'useMutation') return undefined;
  const options = call.arguments[0];
  if (!options || !ts.isCallExpression(options) || !ts.isPropertyAccessExpression(options.expression) || options.expression.name.text !== 'mutationOptions') return undefined;
  return procedurePath(options.expression.expression)?.join('.');
}

/**
 * The tRPC mutation a call sends its first argument to, as the fold looks it up: `proc:polls.update` for
 * `trpc.polls.update.useMutation().mutate(input)`, a local `m = trpc.polls.update.useMutation()` then `m.mutate(input)`
 * or `const { mutate } = ...; mutate(input)`, and the vanilla client's `client.polls.update.mutate(input)`;
 * `ret:useUpdatePoll` when the mutation comes from a hook of the service (`const { mutateAsync } = useUpdatePoll()`),
 * whose own `return trpc.polls.update.useMutation(...)` the fold reads (`mutationHookOf`). Undefined for any other call.
 */
export function mutationCallOf(call: TS.CallExpression, context: ExtractContext): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && MUTATE.has(callee.name.text)) {
    const receiver = unwrapped(callee.expression);
    // The vanilla client: `client.polls.update.mutate(input)`, two segments at least.
    if (ts.isPropertyAccessExpression(receiver)) {
      const segments = procedurePath(receiver);
      return segments && segments.length >= 2 ? `proc:${segments.join('.')}` : undefined;
    }
    return mutationOrigin(receiver, context);
  }
  if (!ts.isIdentifier(callee)) return undefined;
  // `const { mutate: updatePoll } = useUpdatePollMutation(); updatePoll(input)`.
  const declaration = context.declarationOf(callee);
  if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent)) return undefined;
  const name = declaration.propertyName ?? declaration.name;
  if (!ts.isIdentifier(name) || !MUTATE.has(name.text)) return undefined;
  const variable = declaration.parent.parent;
  return ts.isVariableDeclaration(variable) && variable.initializer ? mutationOrigin(variable.initializer, context) : undefined;
}

/** Where a mutation object comes from: the hook's call itself, a local holding it, or a call of a hook of the service. */
function mutationOrigin(expression: TS.Expression, context: ExtractContext): string | undefined {
  let value = unwrapped(expression);
  if (ts.isIdentifier(value)) {
    const declaration = context.declarationOf(value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
    value = unwrapped(declaration.initializer);
  }
  if (!ts.isCallExpression(value)) return undefined;
  const path = mutationHookPath(value);
  if (path !== undefined) return `proc:${path}`;
  const callee = value.expression;
  if (!ts.isIdentifier(callee) || !/^use[A-Z]/.test(callee.text)) return undefined;
  return `ret:${context.nameInModule(callee.text)}`;
}

/**
 * A hook of the service that hands out a mutation: `export const useUpdatePoll = () => trpc.polls.update.useMutation()`
 * or `function useUpdatePoll() { ...; return trpc.polls.update.useMutation({...}); }`: its name and the procedure's
 * path, for `ret:` lookups. Undefined for a hook call that is not the function's result.
 */
export function mutationHookOf(call: TS.CallExpression, path: string): { readonly name: string; readonly path: string } | undefined {
  let owner: TS.Node | undefined = call.parent;
  while (owner && (ts.isParenthesizedExpression(owner) || ts.isAsExpression(owner))) owner = owner.parent;
  if (owner && ts.isReturnStatement(owner)) {
    owner = owner.parent;
    while (owner && !ts.isFunctionLike(owner)) owner = ts.isBlock(owner) || ts.isIfStatement(owner) ? owner.parent : undefined;
  } else if (!(owner && ts.isArrowFunction(owner) && owner.body === call)) return undefined;
  if (!owner) return undefined;
  if (ts.isFunctionDeclaration(owner) && owner.name) return { name: owner.name.text, path };
  const holder = owner.parent;
  if ((ts.isArrowFunction(owner) || ts.isFunctionExpression(owner)) && holder && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return { name: holder.name.text, path };
  return undefined;
}
