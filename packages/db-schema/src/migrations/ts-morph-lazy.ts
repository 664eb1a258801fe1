import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph's runtime values, loaded on first use: the code-migration loaders need it, a history of SQL files never
 * does, and loading it (with TypeScript) costs about 0.5 s of every run that imports this package. Imported from
 * here, not from 'ts-morph'; the types are ts-morph's own (`Node`, `Project` are both a type and a value).
 */
let loaded: typeof TsMorph | undefined;

function tsMorph(): typeof TsMorph {
  return (loaded ??= createRequire(import.meta.url)('ts-morph') as typeof TsMorph);
}

/** A stand-in that forwards every property read (and `new`) to the named export of ts-morph, loaded on first use. */
function lazyExport<K extends keyof typeof TsMorph>(name: K): (typeof TsMorph)[K] {
  const real = (): object => tsMorph()[name] as object;
  return new Proxy(function stand() {} as object, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    construct: (_target, args) => Reflect.construct(real() as new (...values: unknown[]) => object, args),
    apply: (_target, self, args) => Reflect.apply(real() as (...values: unknown[]) => unknown, self, args),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  }) as (typeof TsMorph)[K];
}

export type Node<T extends TsMorph.ts.Node = TsMorph.ts.Node> = TsMorph.Node<T>;
export const Node = lazyExport('Node');
export type Project = TsMorph.Project;
export const Project = lazyExport('Project');
export const SyntaxKind = lazyExport('SyntaxKind');
export type SyntaxKind = TsMorph.SyntaxKind;
export const VariableDeclarationKind = lazyExport('VariableDeclarationKind');
export type VariableDeclarationKind = TsMorph.VariableDeclarationKind;
