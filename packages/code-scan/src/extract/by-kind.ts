import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';

/**
 * A test on a node that depends on its syntax kind alone (`ts.isClassLike`, `ts.isFunctionLike`, ...), answered once
 * per kind and then read from a table: the walk puts every node of every file through such tests.
 */
export function byKind(test: (node: TS.Node) => boolean): (node: TS.Node) => boolean {
  const answers = new Uint8Array(ts.SyntaxKind.Count); // 0 not yet asked, 1 yes, 2 no
  return (node) => {
    const known = answers[node.kind];
    if (known) return known === 1;
    const answer = test(node);
    answers[node.kind] = answer ? 1 : 2;
    return answer;
  };
}
