import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { lowerFirst } from '../adapters/naming/camel-case.js';
import type { TypeExpr } from '../facts/file-facts.js';

/**
 * The parameter of a repository method that takes a Prisma query's arguments: `findMany<T extends
 * Prisma.AlertDefinitionFindManyArgs>(args: Prisma.SelectSubset<T, Prisma.AlertDefinitionFindManyArgs>)`,
 * `updateById(id, args: Omit<Prisma.AlertUpdateArgs, 'where'>)` (ballerine's repositories, amplication's generated
 * services): Prisma names these types `Prisma.<Model><Operation>Args`, so the type says the model. Undefined for
 * any other type.
 */
export function prismaArgsModel(type: TS.TypeNode): TypeExpr | undefined {
  const pending: TS.Node[] = [type];
  for (let seen = 0, node = pending.pop(); node && seen < MAX_ARGS_TYPE_NODES; seen++, node = pending.pop()) {
    if (ts.isTypeReferenceNode(node) && ts.isQualifiedName(node.typeName) && ts.isIdentifier(node.typeName.left) && node.typeName.left.text === 'Prisma') {
      const model = ARGS_TYPE.exec(node.typeName.right.text)?.[1];
      if (model) return { kind: 'model', key: prismaModelKey(model) };
    }
    ts.forEachChild(node, (child) => void pending.push(child));
  }
  return undefined;
}

/** The fold's key of Prisma model `name`: `prisma:customer` for `Customer`, as the client names its delegate. */
export function prismaModelKey(name: string): string {
  return `prisma:${lowerFirst(name)}`;
}

/** How many nodes of a parameter's type are searched for a Prisma args type. */
const MAX_ARGS_TYPE_NODES = 64;
const ARGS_TYPE = /^(\w+?)(FindUniqueOrThrow|FindUnique|FindFirstOrThrow|FindFirst|FindMany|CreateManyAndReturn|CreateMany|Create|UpdateManyAndReturn|UpdateMany|Update|Upsert|DeleteMany|Delete|Aggregate|GroupBy|Count)Args$/;

/** The key of a method's parameter in a class fact: `findMany(0)`, as `findMany()` is its result's. */
export function parameterKey(method: string, index: number): string {
  return `${method}(${index})`;
}

/**
 * A parameter typed as another method's: `args: Parameters<WorkflowDefinitionRepository['deleteById']>[1]`,
 * `args?: Omit<Parameters<typeof this.alertRepository.findMany>[0], 'where'>` (ballerine's services, which hand the
 * arguments on to their repository): that method's parameter, a member the fold looks up in the class fact
 * (`deleteById(1)`, `parameterKey`). `owner` is the class the parameter's method belongs to (for `this`), `typeKey`
 * the file's key of a type name.
 */
export function forwardedParameterType(type: TS.TypeNode, owner: string, typeKey: (name: string) => string): TypeExpr | undefined {
  const pending: TS.Node[] = [type];
  for (let seen = 0, node = pending.pop(); node && seen < MAX_ARGS_TYPE_NODES; seen++, node = pending.pop()) {
    const found = ts.isIndexedAccessTypeNode(node) ? parametersAt(node, owner, typeKey) : undefined;
    if (found) return found;
    ts.forEachChild(node, (child) => void pending.push(child));
  }
  return undefined;
}

/** `Parameters<X['m']>[i]`, `Parameters<typeof this.x.m>[i]`: member `m(i)` of `X`, of the type of `this.x`. */
function parametersAt(node: TS.IndexedAccessTypeNode, owner: string, typeKey: (name: string) => string): TypeExpr | undefined {
  const parameters = node.objectType;
  const index = node.indexType;
  if (!ts.isTypeReferenceNode(parameters) || !ts.isIdentifier(parameters.typeName) || parameters.typeName.text !== 'Parameters') return undefined;
  if (!ts.isLiteralTypeNode(index) || !ts.isNumericLiteral(index.literal)) return undefined;
  const position = Number(index.literal.text);
  const of = parameters.typeArguments?.[0];
  if (of && ts.isIndexedAccessTypeNode(of) && ts.isTypeReferenceNode(of.objectType) && ts.isIdentifier(of.objectType.typeName)) {
    const method = ts.isLiteralTypeNode(of.indexType) && ts.isStringLiteral(of.indexType.literal) ? of.indexType.literal.text : undefined;
    return method === undefined ? undefined : { kind: 'member', of: { kind: 'name', name: typeKey(of.objectType.typeName.text) }, property: parameterKey(method, position) };
  }
  if (!of || !ts.isTypeQueryNode(of)) return undefined;
  const names: string[] = [];
  let name: TS.EntityName = of.exprName;
  for (let hops = 0; ts.isQualifiedName(name) && hops < 8; hops++) {
    names.unshift(name.right.text);
    name = name.left;
  }
  if (!ts.isIdentifier(name) || name.text !== 'this' || names.length < 2) return undefined;
  const method = names.pop()!;
  let receiver: TypeExpr = { kind: 'name', name: owner };
  for (const property of names) receiver = { kind: 'member', of: receiver, property };
  return { kind: 'member', of: receiver, property: parameterKey(method, position) };
}
