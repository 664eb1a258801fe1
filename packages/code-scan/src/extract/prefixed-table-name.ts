import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { PREFIXED_TABLE } from '../facts/file-facts.js';


/** What a string expression is known to be: all of it, or its end after a start the file does not know. */
interface KnownText {
  readonly text: string;
  readonly unknownStart: boolean;
}

/** A table's name as a file writes it from an unknown start and a literal end; undefined when it is fully known or not a table name. */
export function prefixedTableName(expression: TS.Expression, declarationOf: (identifier: TS.Identifier) => TS.Node | undefined): string | undefined {
  const known = knownText(expression, declarationOf, 0);
  if (!known?.unknownStart || !/^[a-z][a-z0-9_]*$/.test(known.text)) return undefined;
  return PREFIXED_TABLE + known.text;
}

function knownText(expression: TS.Expression, declarationOf: (identifier: TS.Identifier) => TS.Node | undefined, depth: number): KnownText | undefined {
  if (depth > 8) return undefined;
  const next = depth + 1;
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) return knownText(expression.expression, declarationOf, next);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return { text: expression.text, unknownStart: false };
  if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(expression);
    // Imported, or a global: a string the file does not see.
    if (!declaration || ts.isImportSpecifier(declaration) || ts.isImportClause(declaration)) return { text: '', unknownStart: true };
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isVariableDeclarationList(declaration.parent)) return undefined;
    return (declaration.parent.flags & ts.NodeFlags.Const) === 0 ? undefined : knownText(declaration.initializer, declarationOf, next);
  }
  const parts: TS.Expression[] = [];
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) parts.push(expression.left, expression.right);
  else if (ts.isTemplateExpression(expression)) {
    parts.push(ts.factory.createStringLiteral(expression.head.text));
    for (const span of expression.templateSpans) parts.push(span.expression, ts.factory.createStringLiteral(span.literal.text));
  } else return undefined;
  let joined: KnownText = { text: '', unknownStart: false };
  for (const [index, part] of parts.entries()) {
    const known = knownText(part, declarationOf, next);
    // Only the start may be unknown: `prefix + 'a' + x` is not a name the file knows the end of.
    if (!known || (known.unknownStart && (index > 0 && (joined.unknownStart || joined.text !== '')))) return undefined;
    joined = { text: joined.text + known.text, unknownStart: joined.unknownStart || known.unknownStart };
  }
  return joined;
}
