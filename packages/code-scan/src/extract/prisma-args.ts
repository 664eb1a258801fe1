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
      if (model) return { kind: 'model', key: `prisma:${lowerFirst(model)}` };
    }
    ts.forEachChild(node, (child) => void pending.push(child));
  }
  return undefined;
}

/** How many nodes of a parameter's type are searched for a Prisma args type. */
const MAX_ARGS_TYPE_NODES = 64;
const ARGS_TYPE = /^(\w+?)(FindUniqueOrThrow|FindUnique|FindFirstOrThrow|FindFirst|FindMany|CreateManyAndReturn|CreateMany|Create|UpdateManyAndReturn|UpdateMany|Update|Upsert|DeleteMany|Delete|Aggregate|GroupBy|Count)Args$/;

/** The key of a method's parameter in a class fact: `findMany(0)`, as `findMany()` is its result's. */
export function parameterKey(method: string, index: number): string {
  return `${method}(${index})`;
}
