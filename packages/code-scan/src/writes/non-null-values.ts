import type { ts as TS } from 'ts-morph';
import { parseSource } from '../extract/extract-file-facts.js';
import { ts } from '../extract/typescript.js';

/** A place in a file, as a usage's location gives it: 1-based line and column. */
export interface WritePlace {
  readonly line: number;
  readonly column: number;
}

/**
 * The write places of a file whose written value can never be null or undefined, read from the syntax alone: the key
 * of an object literal (`{ email: 'a@b.co' }`) or the property assigned (`user.email = \`${name}@b.co\``) whose value is
 * a literal, a template, an object, an array, `new X()`, a function, or an operator that yields one of those
 * (`count + 1`, `-1`, `!done`, `name || 'anonymous'`, `a ? 'x' : 'y'`). Anything else (a variable, a call, `await`,
 * `x!`) may be null as far as the syntax says, and is not returned. Keys are `line:column`.
 */
export function nonNullWritesOf(file: string, text: string, places: readonly WritePlace[]): ReadonlySet<string> {
  const found = new Set<string>();
  if (places.length === 0) return found;
  const source = parseSource(file, text);
  if (!source) return found;
  for (const place of places) {
    if (place.line < 1 || place.line > source.getLineStarts().length) continue;
    const position = source.getPositionOfLineAndCharacter(place.line - 1, place.column - 1);
    const token = tokenAt(source, position);
    const value = token && writtenValue(token);
    if (value && isNonNull(value)) found.add(`${place.line}:${place.column}`);
  }
  return found;
}

/** The innermost node that starts at the position (a property's name), found by descending from the file. */
function tokenAt(source: TS.SourceFile, position: number): TS.Node | undefined {
  let node: TS.Node = source;
  let parent: TS.Node | undefined;
  for (;;) {
    let next: TS.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (next === undefined && child.pos <= position && position < child.end) next = child;
    });
    if (next === undefined) break;
    (next as { parent: TS.Node }).parent = node;
    parent = node;
    node = next;
  }
  return node !== source && node.getStart(source) === position && parent !== undefined ? node : undefined;
}

/** The value a write place writes: the initializer of `{ key: value }`, the right side of `x.key = value` or `x['key'] = value`. */
function writtenValue(name: TS.Node): TS.Expression | undefined {
  const parent = name.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === name) return parent.initializer;
  const assigned = (target: TS.Node): TS.Expression | undefined => {
    const assignment = target.parent;
    return assignment !== undefined && ts.isBinaryExpression(assignment) && assignment.left === target && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken ? assignment.right : undefined;
  };
  if (ts.isPropertyAccessExpression(parent) && parent.name === name) return assigned(parent);
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === name) return assigned(parent);
  return undefined;
}

const NON_NULL_OPERATORS = new Set([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken, ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.InKeyword, ts.SyntaxKind.InstanceOfKeyword,
]);

/** Whether the expression's value can never be null or undefined, by its syntax (an explicit stack: `a + b + ...` of any length). */
function isNonNull(expression: TS.Expression): boolean {
  const pending: TS.Expression[] = [expression];
  while (pending.length > 0) {
    let node = pending.pop()!;
    while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) node = node.expression;
    if (
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isNumericLiteral(node) || ts.isBigIntLiteral(node) ||
      ts.isRegularExpressionLiteral(node) || ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) || ts.isNewExpression(node) ||
      ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node) || ts.isTypeOfExpression(node) || ts.isPrefixUnaryExpression(node) ||
      ts.isPostfixUnaryExpression(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword
    ) {
      continue;
    }
    if (ts.isConditionalExpression(node)) {
      pending.push(node.whenTrue, node.whenFalse);
      continue;
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (NON_NULL_OPERATORS.has(operator)) continue;
      // `a || b`, `a ?? b`: b when a is nullish; `a, b`: b.
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.CommaToken) {
        pending.push(node.right);
        continue;
      }
    }
    return false;
  }
  return true;
}
