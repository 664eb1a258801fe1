import { Node, SyntaxKind, VariableDeclarationKind } from './ts-morph-lazy.js';

/** A value a migration spells out in its own text: literals, arrays, objects, and what the hooks make of calls. */
export type StaticValue = string | number | boolean | null | undefined | readonly StaticValue[] | { readonly [key: string]: StaticValue } | object;

/** A value read, or the node that stops it being read and why. */
export type StaticResult = { readonly ok: true; readonly value: StaticValue } | { readonly ok: false; readonly node: Node; readonly why: string };

/** What a format makes of calls and `new` expressions in argument position (`pgm.func('now()')`, `new TableColumn({...})`). */
export interface StaticHooks {
  /** The value of a call or `new` given its callee text and its arguments' values; undefined when it is not one of the format's. */
  readonly call?: (callee: string, args: readonly StaticValue[], isNew: boolean) => StaticValue | undefined;
  /** The value of an identifier that names no `const` of the file (an enum, an import); undefined when it knows none. */
  readonly identifier?: (node: Node) => StaticResult | undefined;
}

/** How many `const` hops one value may take: a guard against `const a = b; const b = a;`. */
const MAX_DEPTH = 32;
/** The longest string read (1 MB): `const b = a + a; const c = b + b; ...` doubles at each step. */
const MAX_LENGTH = 1 << 20;

/**
 * Reads the value of an expression without running anything: literals, array and object literals, templates and `+`
 * whose parts are constant, and identifiers naming a `const` of the enclosing blocks or the file. Anything else
 * (a parameter, `this.tablePrefix`, a function call the hooks do not know) is a failure naming the node.
 */
export function readStaticValue(node: Node, hooks: StaticHooks = {}): StaticResult {
  const memo = new Map<Node, StaticResult>();
  const read = (at: Node, depth: number): StaticResult => {
    let result = memo.get(at);
    if (!result) {
      result = readUncached(at, hooks, depth, read);
      if (result.ok && typeof result.value === 'string' && result.value.length > MAX_LENGTH) {
        result = { ok: false, node: at, why: `\`${short(at)}\` is longer than ${MAX_LENGTH} characters` };
      }
      memo.set(at, result);
    }
    return result;
  };
  return read(node, 0);
}

type Read = (node: Node, depth: number) => StaticResult;

function readUncached(node: Node, hooks: StaticHooks, depth: number, read: Read): StaticResult {
  const fail = (at: Node, why: string): StaticResult => ({ ok: false, node: at, why });
  const ok = (value: StaticValue): StaticResult => ({ ok: true, value });
  if (depth > MAX_DEPTH) return fail(node, `the constant refers to itself or through more than ${MAX_DEPTH} others`);
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return ok(node.getLiteralText());
  if (Node.isNumericLiteral(node)) return ok(node.getLiteralValue());
  if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) return ok(node.getLiteralValue());
  if (Node.isNullLiteral(node)) return ok(null);
  if (Node.isIdentifier(node) && node.getText() === 'undefined') return ok(undefined);
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node)) {
    return read(node.getExpression(), depth);
  }
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = read(node.getOperand(), depth);
    return operand.ok && typeof operand.value === 'number' ? ok(-operand.value) : fail(node, `\`${short(node)}\` is not a constant`);
  }
  if (Node.isTemplateExpression(node)) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const part = read(span.getExpression(), depth);
      if (!part.ok) return part;
      if (typeof part.value !== 'string' && typeof part.value !== 'number') return fail(span.getExpression(), `\`${short(span.getExpression())}\` is not a string`);
      text += String(part.value) + span.getLiteral().getLiteralText();
    }
    return ok(text);
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getText() === '+') {
    const left = read(node.getLeft(), depth);
    if (!left.ok) return left;
    const right = read(node.getRight(), depth);
    if (!right.ok) return right;
    if ((typeof left.value === 'string' || typeof left.value === 'number') && (typeof right.value === 'string' || typeof right.value === 'number')) {
      return ok((left.value as string) + (right.value as string));
    }
    return fail(node, `\`${short(node)}\` is not a string`);
  }
  if (Node.isArrayLiteralExpression(node)) {
    const values: StaticValue[] = [];
    for (const element of node.getElements()) {
      const value = read(element, depth);
      if (!value.ok) return value;
      values.push(value.value);
    }
    return ok(values);
  }
  if (Node.isObjectLiteralExpression(node)) {
    const object: Record<string, StaticValue> = {};
    for (const property of node.getProperties()) {
      if (Node.isPropertyAssignment(property)) {
        const nameNode = property.getNameNode();
        const key = Node.isComputedPropertyName(nameNode) ? read(nameNode.getExpression(), depth) : ok(property.getName().replace(/^(['"])(.*)\1$/, '$2'));
        if (!key.ok) return key;
        const value = read(property.getInitializerOrThrow(), depth);
        if (!value.ok) return value;
        object[String(key.value)] = value.value;
      } else if (Node.isShorthandPropertyAssignment(property)) {
        const value = read(property.getNameNode(), depth);
        if (!value.ok) return value;
        object[property.getName()] = value.value;
      } else if (Node.isSpreadAssignment(property)) {
        const value = read(property.getExpression(), depth);
        if (!value.ok) return value;
        if (typeof value.value !== 'object' || value.value === null) return fail(property, `\`${short(property)}\` does not spread an object`);
        Object.assign(object, value.value);
      } else {
        return fail(property, `\`${short(property)}\` is not a constant property`);
      }
    }
    return ok(object);
  }
  if (Node.isIdentifier(node)) {
    const initializer = constInitializer(node);
    if (initializer) return read(initializer, depth + 1);
    return hooks.identifier?.(node) ?? fail(node, `\`${node.getText()}\` is not a constant of this file`);
  }
  if (Node.isPropertyAccessExpression(node)) {
    const target = node.getExpression();
    if (Node.isThisExpression(target) || !isConstantPath(target)) return fail(node, `\`${short(node)}\` is not a constant of this file`);
    const object = read(target, depth);
    if (!object.ok) return object;
    const value = typeof object.value === 'object' && object.value !== null ? (object.value as Record<string, StaticValue>)[node.getName()] : undefined;
    return value === undefined ? fail(node, `\`${short(node)}\` is not a constant of this file`) : ok(value);
  }
  if ((Node.isCallExpression(node) || Node.isNewExpression(node)) && hooks.call) {
    const args: StaticValue[] = [];
    for (const argument of node.getArguments()) {
      const value = read(argument, depth);
      if (!value.ok) return value;
      args.push(value.value);
    }
    const value = hooks.call(node.getExpression().getText(), args, Node.isNewExpression(node));
    if (value !== undefined) return ok(value);
  }
  return fail(node, `\`${short(node)}\` is not a constant of this file`);
}

/** `TABLES.users`, `names`: identifiers and property chains, the only targets a constant lookup follows. */
function isConstantPath(node: Node): boolean {
  return Node.isIdentifier(node) || (Node.isPropertyAccessExpression(node) && isConstantPath(node.getExpression()));
}

/** The initializer of the `const` an identifier names, in its enclosing blocks or at the top of its file. */
export function constInitializer(identifier: Node): Node | undefined {
  const name = identifier.getText();
  for (const scope of identifier.getAncestors()) {
    if (!Node.isBlock(scope) && !Node.isSourceFile(scope)) continue;
    for (const statement of scope.getStatements()) {
      if (!Node.isVariableStatement(statement) || statement.getDeclarationKind() !== VariableDeclarationKind.Const) continue;
      const declaration = statement.getDeclarations().find((candidate) => candidate.getName() === name);
      if (declaration) return declaration.getInitializer();
    }
  }
  return undefined;
}

/** The node's text on one line, at most 60 characters. */
export function short(node: Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
