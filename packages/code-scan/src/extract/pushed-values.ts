import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { unwrapped } from './shape-facts.js';
import { visitDescendants } from './visit-descendants.js';

/** Calls that add their arguments to an array: `rows.push(row)`. */
const ARRAY_FILLERS = /^(push|unshift)$/;
/** How many nodes of its block are walked for the values pushed into one local array. */
const MAX_PUSH_WALK = 4096;
/** How many values one array is built of, at most. */
const MAX_PUSHED = 64;

const known = new WeakMap<TS.VariableDeclaration, readonly TS.Expression[]>();

/**
 * The values pushed into a local array in the block that declares it (`const participants: Array<{...}> = []`, then
 * `participants.push({ ... })` in a loop): `push` and `unshift` arguments, a spread's array. One bounded walk of the
 * declaring block per array, memoised; nothing for a name another declaration shadows.
 */
export function pushedValuesOf(declaration: TS.VariableDeclaration, context: ExtractContext): readonly TS.Expression[] {
  const seen = known.get(declaration);
  if (seen) return seen;
  const found: TS.Expression[] = [];
  known.set(declaration, found);
  const name = declaration.name;
  const block = declaration.parent.parent?.parent;
  if (!ts.isIdentifier(name) || !declaration.initializer || !ts.isArrayLiteralExpression(unwrapped(declaration.initializer)) || !block) return found;
  let visited = 0;
  visitDescendants(block, (node) => {
    if (++visited > MAX_PUSH_WALK || found.length >= MAX_PUSHED) return false;
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || !ARRAY_FILLERS.test(node.expression.name.text)) return;
    const receiver = node.expression.expression;
    if (!ts.isIdentifier(receiver) || receiver.text !== name.text || context.declarationOf(receiver) !== declaration) return;
    for (const argument of node.arguments) found.push(ts.isSpreadElement(argument) ? argument.expression : argument);
  });
  return found;
}

/** The local an array literal initialises (`const rows: Row[] = []`, through `as` and parentheses). */
export function arrayDeclarationOf(array: TS.ArrayLiteralExpression): TS.VariableDeclaration | undefined {
  let node: TS.Node = array;
  while (ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  return ts.isVariableDeclaration(node.parent) && node.parent.initializer === node ? node.parent : undefined;
}
