import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { NEXT_AUTH_SESSION, QUERY_RESULT, type TypeExpr } from '../facts/file-facts.js';
import type { ExtractContext } from './extract-context.js';

/** next-auth and its entry points (`next-auth/react`, `next-auth/next`). */
const NEXT_AUTH = /^next-auth(\/|$)/;
/** next-auth's calls that give the signed-in session; `useSession()` gives it as its `data`. */
const SESSION_CALLS = new Set(['getServerSession', 'unstable_getServerSession', 'getSession']);

const SESSION: TypeExpr = { kind: 'name', name: NEXT_AUTH_SESSION };

/**
 * `await getServerSession(req, res, authOptions)`, `getSession()`, `useSession().data`, imported from next-auth: the
 * session, whose `user` is the user the adapter loaded (`session.user.email` reads the users' email, by name).
 */
export function sessionCallResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const callee = call.expression;
  if (!ts.isIdentifier(callee) || !NEXT_AUTH.test(context.importSource(callee.text) ?? '')) return undefined;
  const imported = context.importedName(callee.text);
  if (imported === 'useSession') return { kind: 'name', name: QUERY_RESULT, args: [SESSION] };
  return imported !== undefined && SESSION_CALLS.has(imported) ? SESSION : undefined;
}
