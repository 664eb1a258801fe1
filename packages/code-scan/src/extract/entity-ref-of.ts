import type { ts as TS } from 'ts-morph';
import type { EntityRefFact } from '../facts/file-facts.js';
import type { ExtractContext } from './extract-context.js';
import { ts } from './typescript.js';

/**
 * `Customer`, `() => Customer` or the type `Customer` where an adapter expects a model: a reference the core keeps
 * when the file neither declares nor imports the name, and the fold reports when no file of the service declares it.
 * Names that do not start with a capital are variables or type parameters, never reported.
 */
export function entityRefOf(adapter: string, node: TS.Node | undefined, context: ExtractContext): readonly EntityRefFact[] {
  const target = node && ts.isArrowFunction(node) ? node.body : node;
  const name = target && ts.isTypeReferenceNode(target) ? target.typeName : target;
  if (!name || !ts.isIdentifier(name) || !/^[A-Z]/.test(name.text)) return [];
  return [{ kind: 'entity-ref', adapter, name: name.text, location: context.locationOf(name) }];
}
