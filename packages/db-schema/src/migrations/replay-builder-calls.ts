import { AsyncLocalStorage } from 'node:async_hooks';
import type { Diagnostic } from '@ripple/model';
import { isRippleError } from '@ripple/model';
import type { ArrowFunction, BindingName, FunctionDeclaration, FunctionExpression, ImportDeclaration, MethodDeclaration, SourceFile, Statement, SwitchStatement, TaggedTemplateExpression } from 'ts-morph';
import { Node, SyntaxKind } from './ts-morph-lazy.js';
import type { EntryFunction } from './code-migration.js';
import { callText, stringLiteralOf } from './code-migration.js';
import type { MigrationStatement } from './migration.js';
import type { ExportedFunction, ProjectModules } from './project-modules.js';
import { splitStatements } from './split-statements.js';

/** How one builder library (Knex, Sequelize, db-migrate) is replayed. */
export interface BuilderReplay {
  /** Names the library in diagnostics. */
  readonly library: string;
  /** The values of the function's parameters, in order: the real library objects that record or compile SQL. */
  readonly params: readonly unknown[];
  /** Modules the file may import or require, by specifier: the real library, never the user's own files. */
  readonly modules?: Readonly<Record<string, unknown>>;
  /** The repository's own modules: constants the file imports from them are read statically (never run). */
  readonly project?: ProjectModules;
  /** The value of `this` in the function: the instance of a migration class the runner makes (Lucid's `BaseSchema`). */
  readonly self?: unknown;
  /** Values of identifiers the runner sets up outside the function (db-migrate's `dbm`, `type`; `migrations.globals`). */
  readonly globals?: Readonly<Record<string, unknown>>;
  /**
   * Takes the value of an expression statement, a returned or awaited value: compiles a lazy builder (Knex) or
   * waits for a promise (Sequelize, db-migrate). Returns the settled value, or a promise of it.
   */
  readonly settle: (value: unknown, at: Node) => unknown;
}

interface NotStatic {
  readonly notStatic: true;
  readonly node: Node;
  readonly why: string;
}

interface Scope {
  readonly values: Map<string, unknown>;
  readonly parent?: Scope;
}

interface Replay {
  readonly builder: BuilderReplay;
  readonly source: SourceFile;
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  readonly modules: Map<string, unknown>;
  readonly settled: WeakSet<object>;
  readonly evaluating: Set<string>;
  /** File-level consts already evaluated, and the file's functions by name. */
  readonly constants: Map<string, unknown>;
  /** Calls of the file's functions: how deep they nest now (a recursion), how many were made (a bound on the work). */
  readonly calls: { depth: number; total: number };
  /**
   * Set when `source` is another file of the repository whose function the migration calls (`models.createUserTable(
   * knex)`): its SQL and diagnostics are placed at that call of the migration (`FOREIGN_ENTRY`), the diagnostics
   * naming this file and line. The file's path from the repository's root.
   */
  readonly foreign?: string;
}

type Completion = { readonly value: unknown } | undefined;

/** Property names that would reach the Function constructor or prototypes: never read from a library object. */
const BLOCKED_PROPERTIES = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
/** Pure globals a migration may use on static values (`JSON.stringify({ ... })` as a default). */
const SAFE_GLOBALS: Readonly<Record<string, unknown>> = {
  JSON: { stringify: JSON.stringify, parse: JSON.parse },
  Object: { keys: Object.keys, values: Object.values, entries: Object.entries, fromEntries: Object.fromEntries, assign: Object.assign },
};
const GUARD_CALL = /\.\s*(?:hasTable|hasColumn|tableExists|describeTable)\s*\(/;
const CALL_SITE = new AsyncLocalStorage<Node>();
/** Set while a guard's branch runs: the statements made there are `guarded`. */
const GUARDED = new AsyncLocalStorage<true>();
/** The call of the migration file that entered a function of another file (kept across that function's awaits). */
const FOREIGN_ENTRY = new AsyncLocalStorage<Node>();

/** The call of the migration file being replayed when a library records SQL (kept across its own awaits). */
export function currentCallSite(): Node | undefined {
  return CALL_SITE.getStore();
}

/**
 * SQL a library made for a call, at the call: when the call's first argument is a string literal holding exactly
 * this SQL (`knex.raw('...')`, `db.runSql('...')`), each statement sits at its place inside the literal.
 */
export function statementsOfCall(sql: string, file: string, at: Node): MigrationStatement[] {
  const statements = statementsAt(sql, file, at);
  return GUARDED.getStore() ? statements.map((statement) => ({ ...statement, guarded: true as const })) : statements;
}

function statementsAt(sql: string, file: string, at: Node): MigrationStatement[] {
  const first = Node.isCallExpression(at) ? at.getArguments()[0] : undefined;
  const literal = first ? stringLiteralOf(first) : undefined;
  const source = at.getSourceFile();
  if (literal && literal.getLiteralText() === sql) {
    return splitStatements(sql, file, source.getLineAndColumnAtPos(literal.getStart() + 1));
  }
  // SQL the call assembled (a template with `${TABLE}`, a variable): its statements are placed at the call. A
  // syntax error is placed in the template's text when there is one (lines hold unless a substitution spans lines;
  // columns after a substitution are approximate), else at the call too.
  const origin = source.getLineAndColumnAtPos(at.getStart());
  const template = first && Node.isTemplateExpression(first) ? source.getLineAndColumnAtPos(first.getStart() + 1) : undefined;
  return splitStatements(sql, file, template ?? origin).map((statement) => ({
    ...statement,
    line: origin.line,
    column: origin.column,
    ...(statement.syntaxError && !template ? { syntaxError: { ...statement.syntaxError, line: origin.line, column: origin.column } } : {}),
  }));
}

/**
 * Replays an up/down function on a real builder library without running the file: a small interpreter walks its
 * statements and calls the library only with values read statically (literals, arrays and objects of them, consts
 * of the file, the library's own objects, callbacks that are themselves replayed). A statement that needs anything
 * else (a loop over data, a helper from another file, a value only known at run time) is skipped and becomes a
 * `migration/not-static` diagnostic naming the file, the line and the call. `hasTable`/`hasColumn` guards are taken
 * as passing: the history replays onto the schema it builds itself. A parameter the library does not fill (atproto's
 * `up(db, dialect)`: its runner passes the database's dialect) is the runner's word for PostgreSQL: equal to `'pg'`,
 * `'postgres'`, `'postgresql'`, unequal to another dialect's name, not static in any other use.
 */
export async function replayBuilderCalls(fn: EntryFunction, builder: BuilderReplay, file: string, diagnostics: Diagnostic[]): Promise<void> {
  const source = fn.getSourceFile();
  const replay: Replay = {
    builder,
    source,
    file,
    diagnostics,
    modules: moduleBindings(source, builder.modules ?? {}),
    settled: new WeakSet(),
    evaluating: new Set(),
    constants: new Map(),
    calls: { depth: 0, total: 0 },
  };
  const scope: Scope = { values: new Map() };
  fn.getParameters().forEach((parameter, index) =>
    bind(parameter.getNameNode(), index < builder.params.length ? builder.params[index] : RUNNER_ARGUMENT, scope, replay),
  );
  const body = fn.getBody();
  if (!body) return;
  if (Node.isBlock(body)) await runStatements(body.getStatements(), scope, replay);
  else await runGuarded(body, replay, () => chain(settleOnce(evaluate(body, scope, replay), body, replay), () => undefined));
}

/** `import { DataTypes } from 'sequelize'`, `const Sequelize = require('sequelize')`: names bound to given modules. */
function moduleBindings(source: SourceFile, modules: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const bindings = new Map<string, unknown>();
  const has = (specifier: string) => Object.hasOwn(modules, specifier);
  for (const declaration of source.getImportDeclarations()) {
    const specifier = declaration.getModuleSpecifierValue();
    if (!has(specifier)) {
      for (const [local, imported] of importedNames(declaration)) bindings.set(local, notRead(specifier, imported));
      continue;
    }
    const module = modules[specifier] as Record<string, unknown>;
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport) bindings.set(defaultImport.getText(), module['default'] ?? module);
    const namespace = declaration.getNamespaceImport();
    if (namespace) bindings.set(namespace.getText(), module);
    for (const named of declaration.getNamedImports()) {
      bindings.set(named.getAliasNode()?.getText() ?? named.getName(), module[named.getName()]);
    }
  }
  for (const declaration of source.getVariableDeclarations()) {
    let initializer = declaration.getInitializer();
    // `const DataTypes = require('sequelize').DataTypes`: the property path from the module.
    const path: string[] = [];
    while (initializer && Node.isPropertyAccessExpression(initializer)) {
      path.unshift(initializer.getName());
      initializer = initializer.getExpression();
    }
    if (!initializer || !Node.isCallExpression(initializer) || initializer.getExpression().getText() !== 'require') continue;
    const [argument] = initializer.getArguments();
    const specifier = argument && Node.isStringLiteral(argument) ? argument.getLiteralValue() : undefined;
    if (specifier === undefined) continue;
    const name = declaration.getNameNode();
    if (!has(specifier)) {
      // `require('x').A.B` bound to a name: export `A`, then its property `B`
      const [first, ...rest] = path;
      if (Node.isObjectBindingPattern(name)) {
        for (const element of name.getElements()) {
          const key = element.getPropertyNameNode()?.getText() ?? element.getName();
          bindings.set(element.getName(), first === undefined ? notRead(specifier, key) : notRead(specifier, first, [...rest, key]));
        }
      } else bindings.set(name.getText(), notRead(specifier, first ?? '*', rest));
      continue;
    }
    const module = path.reduce<Record<string, unknown>>((value, key) => value[key] as Record<string, unknown>, modules[specifier] as Record<string, unknown>);
    if (Node.isIdentifier(name)) bindings.set(name.getText(), module);
    else if (Node.isObjectBindingPattern(name)) {
      for (const element of name.getElements()) {
        bindings.set(element.getName(), module[element.getPropertyNameNode()?.getText() ?? element.getName()]);
      }
    }
  }
  return bindings;
}

/**
 * A name imported from a module that is not the library (the project's own files): its constants are read statically
 * through `BuilderReplay.project`; anything else there (a helper function) is not static.
 */
interface NotRead {
  readonly notRead: string;
  /** The export: a name, `default`, or `*` for the whole module. */
  readonly imported: string;
  /** Properties read from the export where it is bound (`require('x').A.B`). */
  readonly path: readonly string[];
}

function notRead(specifier: string, imported: string, path: readonly string[] = []): NotRead {
  return { notRead: specifier, imported, path };
}

/** Each local name an import declaration binds, with the export it names. */
function importedNames(declaration: ImportDeclaration): [string, string][] {
  const names: [string, string][] = [];
  const defaultImport = declaration.getDefaultImport();
  if (defaultImport) names.push([defaultImport.getText(), 'default']);
  const namespace = declaration.getNamespaceImport();
  if (namespace) names.push([namespace.getText(), '*']);
  for (const named of declaration.getNamedImports()) names.push([named.getAliasNode()?.getText() ?? named.getName(), named.getName()]);
  return names;
}

/**
 * The value of an imported name: a constant the project's module exports, read statically; a function it exports
 * (`const { createUserTable } = require('../models')`), replayed in its own file when called; a whole module
 * (`const models = require('../models')`), its constants and, on first use, its functions. Else not static, saying why.
 */
function importedValue(name: string, binding: NotRead, node: Node, replay: Replay): unknown {
  const project = replay.builder.project;
  const exported = project?.exported(replay.file, binding.notRead, binding.imported);
  if (!project || !exported) throw notStatic(node, `\`${name}\` comes from '${binding.notRead}', which the replay does not run`);
  let value: unknown;
  if (binding.imported === '*' && binding.path.length === 0) value = moduleNamespace(exported.ok ? exported.value : {}, binding.notRead, replay);
  else if (exported.ok) {
    value = exported.value;
    for (const key of binding.path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
  } else {
    const fnName = binding.imported === '*' && binding.path.length === 1 ? binding.path[0]! : binding.path.length === 0 ? binding.imported : undefined;
    const fn = fnName === undefined ? undefined : project.exportedFunction(replay.file, binding.notRead, fnName);
    if (!fn?.ok) throw notStatic(node, `\`${name}\` from '${binding.notRead}' is not read: ${exported.why}`);
    value = foreignFunction(fn.fn, fn.file, replay);
  }
  replay.modules.set(name, value);
  return value;
}

/** A module of the project bound whole: its constants as read, and a function the replay asks for (`models.createUserTable`). */
function moduleNamespace(constants: unknown, specifier: string, replay: Replay): unknown {
  const values = typeof constants === 'object' && constants !== null ? (constants as Record<string, unknown>) : {};
  const functions = new Map<string, unknown>();
  const namespace = new Proxy(values, {
    get(target, key) {
      if (typeof key !== 'string' || Object.hasOwn(target, key)) return Reflect.get(target, key) as unknown;
      if (!functions.has(key)) {
        const fn = replay.builder.project?.exportedFunction(replay.file, specifier, key);
        functions.set(key, fn?.ok ? foreignFunction(fn.fn, fn.file, replay) : undefined);
      }
      return functions.get(key);
    },
  });
  NAMESPACES.set(namespace, specifier);
  return namespace;
}

/** Modules of the project bound whole, by the specifier they were required with: named in diagnostics. */
const NAMESPACES = new WeakMap<object, string>();

/**
 * A function of another file of the repository, replayed in that file (its own imports and consts) with the
 * arguments the migration gives it (`createUserTable(knex)` gets the real Knex): what it builds is the migration's
 * SQL, placed at the migration's call. It shares the migration's bounds on nested and total calls.
 */
function foreignFunction(fn: ExportedFunction, file: string, replay: Replay): (...args: unknown[]) => unknown {
  const source = fn.getSourceFile();
  const foreign: Replay = { ...replay, source, modules: moduleBindings(source, replay.builder.modules ?? {}), constants: new Map(), evaluating: new Set(), foreign: file };
  const replayed = replayedFunction(fn, { values: new Map() }, foreign);
  // What it cannot replay and throws out (an arrow's expression body, the bounds on calls) skips the migration's
  // statement, saying where in this file; a statement of its body that fails is reported there and the body goes on.
  const located = (error: unknown): never => {
    if (!isNotStatic(error) || error.node.getSourceFile() !== source) throw error;
    throw notStatic(error.node, `in ${file}:${error.node.getStartLineNumber()}: ${error.why}`);
  };
  const run = (args: readonly unknown[]): unknown => {
    try {
      const result = replayed(...args);
      return isPromise(result) ? result.catch(located) : result;
    } catch (error) {
      return located(error);
    }
  };
  return (...args: unknown[]) => {
    const entry = FOREIGN_ENTRY.getStore() ?? CALL_SITE.getStore();
    return entry && !FOREIGN_ENTRY.getStore() ? FOREIGN_ENTRY.run(entry, () => run(args)) : run(args);
  };
}

/** Where a replay places what happens at `node`: the node itself, or in another file, the migration's call that entered it. */
function placed(node: Node, replay: Replay): Node {
  return (replay.foreign !== undefined && FOREIGN_ENTRY.getStore()) || node;
}

/** Thrown (or rejected) by a library adapter for a call whose SQL needs what the replay does not have: a diagnostic. */
export function notStatic(node: Node, why: string): NotStatic {
  return { notStatic: true, node, why };
}

function isNotStatic(error: unknown): error is NotStatic {
  return typeof error === 'object' && error !== null && (error as Partial<NotStatic>).notStatic === true;
}

/**
 * Only native promises are awaited: a library's own thenable (a Knex builder) runs its query when awaited, so the
 * adapter's `settle` turns what it trusts into a native promise.
 */
function isPromise(value: unknown): value is Promise<unknown> {
  return value instanceof Promise;
}

/** Runs `next` on the value, after it settles when it is a promise. */
function chain<T>(value: unknown, next: (settled: unknown) => T | Promise<T>): T | Promise<T> {
  return isPromise(value) ? value.then(next) : next(value);
}

function settleOnce(value: unknown, node: Node, replay: Replay): unknown {
  let at = node;
  while (Node.isAwaitExpression(at) || Node.isParenthesizedExpression(at) || Node.isAsExpression(at) || Node.isNonNullExpression(at)) at = at.getExpression();
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  if (replay.settled.has(value)) return value;
  replay.settled.add(value);
  return replay.builder.settle(value, placed(at, replay));
}

/** `for (const { id } of rows)`: a statement up to its body, on one line. */
function headText(node: Node): string {
  const body = Node.isIterationStatement(node) ? node.getStatement() : Node.isIfStatement(node) ? node.getThenStatement() : undefined;
  const head = body ? node.getText().slice(0, body.getStart() - node.getStart()) : node.getText().split('{')[0]!;
  const text = head.replace(/\s+/g, ' ').trim();
  if (!text) return Node.isIfStatement(node.getParent()) ? 'else' : node.getKindName();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function short(node: Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A `migration/not-static` diagnostic at a node's start; in another file, at the migration's call, naming that file's line. */
function reportNotStatic(replay: Replay, at: Node, message: string): void {
  const place = placed(at, replay);
  const position = place.getSourceFile().getLineAndColumnAtPos(place.getStart());
  const text = place === at ? message : `in ${replay.foreign}:${at.getStartLineNumber()}: ${message}`;
  replay.diagnostics.push({ kind: 'diagnostic', code: 'migration/not-static', message: text, location: { file: replay.file, line: position.line, column: position.column } });
}

/** Runs one statement; what it cannot replay (thrown now or rejected later) becomes a diagnostic. */
function runGuarded(at: Node, replay: Replay, run: () => unknown): unknown {
  const report = (error: unknown) => {
    const shown = Node.isExpressionStatement(at) || Node.isReturnStatement(at) ? (at.getExpression() ?? at) : at;
    const inner = Node.isAwaitExpression(shown) ? shown.getExpression() : shown;
    const message = error instanceof Error ? error.message : String(error);
    const why = isNotStatic(error)
      ? error.why
      : isRippleError(error)
        ? `${replay.builder.library} made SQL that does not parse: ${message}`
        : `${replay.builder.library} rejected it: ${message}`;
    reportNotStatic(replay, inner, `${Node.isCallExpression(inner) ? callText(inner) : headText(inner)}: ${why}; its SQL is not applied`);
    return undefined;
  };
  try {
    const result = run();
    return isPromise(result) ? result.catch(report) : result;
  } catch (error) {
    return report(error);
  }
}

function runStatements(statements: readonly Statement[], scope: Scope, replay: Replay, from = 0): Completion | Promise<Completion> {
  // `function dropLegacy(t) {...}` in a block is hoisted, as JavaScript does: callable before its declaration.
  if (from === 0) {
    for (const statement of statements) {
      const name = Node.isFunctionDeclaration(statement) ? statement.getName() : undefined;
      if (name && Node.isFunctionDeclaration(statement)) scope.values.set(name, replayedFunction(statement, scope, replay));
    }
  }
  for (let index = from; index < statements.length; index++) {
    const statement = statements[index]!;
    const outcome = runGuarded(statement, replay, () => runStatement(statement, scope, replay)) as Completion | Promise<Completion>;
    // `if (hasColumn) return;`: what follows is the guarded work.
    if (!GUARDED.getStore() && Node.isIfStatement(statement) && isGuard(statement.getExpression(), scope) && onlyReturns(statement.getThenStatement())) {
      return chain<Completion>(outcome, (completion) => (completion as Completion) ?? GUARDED.run(true, () => runStatements(statements, scope, replay, index + 1)));
    }
    if (isPromise(outcome)) {
      return outcome.then((completion) => completion ?? runStatements(statements, scope, replay, index + 1));
    }
    if (outcome) return outcome;
  }
  return undefined;
}

function runStatement(statement: Statement, scope: Scope, replay: Replay): Completion | Promise<Completion> {
  if (Node.isExpressionStatement(statement)) {
    const expression = statement.getExpression();
    // `console.info('updated', result.rowCount)` writes no SQL: not replayed (its arguments may be run-time values).
    if (isConsoleCall(expression)) return undefined;
    // `builder = dialect === 'pg' ? builder.addColumn(...) : ...`: a local of the function takes the new value.
    const left = Node.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind.EqualsToken ? expression.getLeft() : undefined;
    const holder = left && Node.isIdentifier(left) ? scopeHolding(left.getText(), scope) : undefined;
    if (holder && Node.isBinaryExpression(expression)) {
      const right = expression.getRight();
      const value = evaluate(right, scope, replay);
      const awaited = Node.isAwaitExpression(right) ? settleOnce(value, right.getExpression(), replay) : value;
      return chain(awaited, (settled) => {
        holder.values.set(left!.getText(), settled);
        return undefined;
      });
    }
    return chain(settleOnce(evaluate(expression, scope, replay), expression, replay), () => undefined);
  }
  if (Node.isReturnStatement(statement)) {
    const expression = statement.getExpression();
    if (!expression) return { value: undefined };
    const value = evaluate(expression, scope, replay);
    return chain(settleOnce(value, expression, replay), () => ({ value }));
  }
  if (Node.isVariableStatement(statement)) {
    const declarations = statement.getDeclarations();
    const declare = (index: number): Completion | Promise<Completion> => {
      const declaration = declarations[index];
      if (!declaration) return undefined;
      const initializer = declaration.getInitializer();
      // `const hasTable = await knex.schema.hasTable('users')`: a question to the database, asked by the `if` that reads it.
      if (initializer && GUARD_CALL.test(initializer.getText()) && Node.isIdentifier(declaration.getNameNode())) {
        bind(declaration.getNameNode(), GUARD_ANSWER, scope, replay);
        return declare(index + 1);
      }
      const value = initializer ? evaluate(initializer, scope, replay) : undefined;
      const awaited = initializer && Node.isAwaitExpression(initializer) ? settleOnce(value, initializer.getExpression(), replay) : value;
      return chain(awaited, (settled) => {
        bind(declaration.getNameNode(), settled, scope, replay);
        return declare(index + 1);
      });
    };
    return declare(0);
  }
  if (Node.isIfStatement(statement)) return runIf(statement, scope, replay);
  if (Node.isBlock(statement)) return runStatements(statement.getStatements(), { values: new Map(), parent: scope }, replay);
  if (Node.isTryStatement(statement)) {
    // The catch clause runs only when the database fails: the replay takes the try block, then the finally block.
    const tried = runStatements(statement.getTryBlock().getStatements(), { values: new Map(), parent: scope }, replay);
    const finallyBlock = statement.getFinallyBlock();
    return chain<Completion>(tried, (completion) =>
      finallyBlock
        ? chain<Completion>(runStatements(finallyBlock.getStatements(), { values: new Map(), parent: scope }, replay), (after) => (after as Completion) ?? (completion as Completion))
        : (completion as Completion),
    );
  }
  if (Node.isForOfStatement(statement)) return runForOf(statement, scope, replay);
  if (Node.isSwitchStatement(statement)) return runSwitch(statement, scope, replay);
  if (Node.isEmptyStatement(statement) || Node.isTypeAliasDeclaration(statement) || Node.isInterfaceDeclaration(statement)) return undefined;
  if (Node.isFunctionDeclaration(statement) && statement.getName()) return undefined; // hoisted by runStatements
  throw notStatic(statement, `a ${statement.getKindName().replace(/Statement$/, '').toLowerCase()} statement is not replayed`);
}

function runIf(
  statement: Node & { getExpression(): Node; getThenStatement(): Statement; getElseStatement(): Statement | undefined },
  scope: Scope,
  replay: Replay,
): Completion | Promise<Completion> {
  const condition = statement.getExpression();
  const elseStatement = statement.getElseStatement();
  const branch = (taken: Statement | undefined) => (taken ? runStatements([taken], scope, replay) : undefined);
  if (isGuard(condition, scope)) {
    // `if (exists) return;`: the guard that stops a migration whose work is done; the history builds it, so it goes on.
    if (onlyReturns(statement.getThenStatement())) return branch(elseStatement);
    if (elseStatement) {
      runGuarded(elseStatement, replay, () => {
        throw notStatic(elseStatement, 'the else branch of a hasTable/hasColumn guard is not replayed (guards are taken as passing)');
      });
    }
    return GUARDED.run(true, () => branch(statement.getThenStatement()));
  }
  return branch(evaluate(condition, scope, replay) ? statement.getThenStatement() : elseStatement);
}

/** What a local holding a hasTable/hasColumn answer is bound to: only an `if` reads it, as a guard. */
const GUARD_ANSWER = Object.freeze({ guardAnswer: true });

/** A condition that asks the database whether a table or column exists, itself or through a local holding the answer. */
function isGuard(condition: Node, scope: Scope): boolean {
  return GUARD_CALL.test(condition.getText()) || readsGuardAnswer(condition, scope);
}

/** `!hasTable`, `hasRole && hasEmail`: a condition that reads a local holding a guard's answer. */
function readsGuardAnswer(condition: Node, scope: Scope): boolean {
  const identifiers = Node.isIdentifier(condition) ? [condition] : condition.getDescendantsOfKind(SyntaxKind.Identifier);
  return identifiers.some((identifier) => scopeHolding(identifier.getText(), scope)?.values.get(identifier.getText()) === GUARD_ANSWER);
}

/** `return;`, `{ return; }`: a branch that only ends the function. */
function onlyReturns(statement: Statement): boolean {
  const statements = Node.isBlock(statement) ? statement.getStatements() : [statement];
  return statements.length === 1 && Node.isReturnStatement(statements[0]!) && statements[0]!.getExpression() === undefined;
}

/**
 * `switch (WIKI.config.db.type) { case 'postgres': case 'sqlite': ...; break; ... }` on a static value: the clauses
 * from the first that matches (or `default`) on, falling through as JavaScript does, up to a `break` of the switch.
 */
function runSwitch(statement: SwitchStatement, scope: Scope, replay: Replay): Completion | Promise<Completion> {
  const value = evaluate(statement.getExpression(), scope, replay);
  const clauses = statement.getClauses();
  let start = clauses.findIndex((clause) => Node.isCaseClause(clause) && evaluate(clause.getExpression(), scope, replay) === value);
  if (start < 0) start = clauses.findIndex((clause) => Node.isDefaultClause(clause));
  if (start < 0) return undefined;
  const run: Statement[] = [];
  for (const clause of clauses.slice(start)) {
    const statements = clause.getStatements();
    const stop = statements.findIndex((inner) => Node.isBreakStatement(inner) && !inner.getLabel());
    run.push(...(stop < 0 ? statements : statements.slice(0, stop)));
    if (stop >= 0) break;
  }
  return runStatements(run, { values: new Map(), parent: scope }, replay);
}

function runForOf(
  statement: Node & { getInitializer(): Node; getExpression(): Node; getStatement(): Statement },
  scope: Scope,
  replay: Replay,
): Completion | Promise<Completion> {
  const items = evaluate(statement.getExpression(), scope, replay);
  if (!Array.isArray(items)) throw notStatic(statement.getExpression(), `\`${short(statement.getExpression())}\` is not a static array`);
  const initializer = statement.getInitializer();
  const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
  if (!declaration) throw notStatic(initializer, 'the loop variable is not declared in the loop');
  const step = (index: number): Completion | Promise<Completion> => {
    if (index >= items.length) return undefined;
    const inner: Scope = { values: new Map(), parent: scope };
    bind(declaration.getNameNode(), items[index], inner, replay);
    return chain(runStatements([statement.getStatement()], inner, replay), (completion) => (completion as Completion) ?? step(index + 1));
  };
  return step(0);
}

/** Binds a parameter or variable name (an identifier or a destructuring pattern) to a value. */
function bind(name: BindingName, value: unknown, scope: Scope, replay: Replay): void {
  if (Node.isIdentifier(name)) {
    scope.values.set(name.getText(), value);
    return;
  }
  const source = value as Record<string | number, unknown> | undefined;
  if (Node.isObjectBindingPattern(name)) {
    for (const element of name.getElements()) {
      const key = element.getPropertyNameNode()?.getText() ?? element.getName();
      const initializer = element.getInitializer();
      const item = source?.[key];
      bind(element.getNameNode(), item === undefined && initializer ? evaluate(initializer, scope, replay) : item, scope, replay);
    }
    return;
  }
  name.getElements().forEach((element, index) => {
    if (Node.isBindingElement(element)) bind(element.getNameNode(), source?.[index], scope, replay);
  });
}

/** An argument the migration runner passes beyond the library's own: PostgreSQL's dialect, as far as comparisons go. */
const RUNNER_ARGUMENT = Object.freeze({ runnerArgument: true });
/** Names of PostgreSQL's dialect in runners and configs, and of the others. */
const POSTGRES_DIALECT = /^(pg|postgres|postgresql|pglite|pg-native)$/i;
const OTHER_DIALECT = /^(sqlite3?|better-sqlite3|mysql2?|mariadb|mssql|oracledb|oracle|cockroachdb)$/i;
/** `===`, `==` are equality (true), `!==`, `!=` its negation (false). */
const EQUALITY: ReadonlyMap<SyntaxKind, boolean> = new Map([
  [SyntaxKind.EqualsEqualsEqualsToken, true],
  [SyntaxKind.EqualsEqualsToken, true],
  [SyntaxKind.ExclamationEqualsEqualsToken, false],
  [SyntaxKind.ExclamationEqualsToken, false],
]);

/** The scope a local of the replayed function lives in, if it is one. */
function scopeHolding(name: string, scope: Scope): Scope | undefined {
  for (let current: Scope | undefined = scope; current; current = current.parent) if (current.values.has(name)) return current;
  return undefined;
}

function lookup(name: string, node: Node, scope: Scope, replay: Replay): unknown {
  const holder = scopeHolding(name, scope);
  if (holder) return holder.values.get(name);
  if (name === 'undefined') return undefined;
  if (replay.modules.has(name)) {
    const value = replay.modules.get(name);
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'notRead')) return importedValue(name, value as NotRead, node, replay);
    return value;
  }
  const declaration = replay.source.getVariableDeclaration(name);
  const initializer = declaration?.getInitializer();
  if (replay.constants.has(name)) return replay.constants.get(name);
  if (declaration && initializer && declaration.getVariableStatement()?.getDeclarationKind() === 'const' && !replay.evaluating.has(name)) {
    // Evaluated once, as JavaScript does: `const b = a + a; const c = b + b` stays linear.
    replay.evaluating.add(name);
    try {
      const value = evaluate(initializer, { values: new Map() }, replay);
      replay.constants.set(name, value);
      return value;
    } finally {
      replay.evaluating.delete(name);
    }
  }
  const fileFunction = replay.source.getFunction(name);
  if (fileFunction?.hasBody()) {
    // `async function addDeletedColumn(knex, tableName) {...}` of the file: replayed at each call with its arguments.
    const fn = replayedFunction(fileFunction, { values: new Map() }, replay);
    replay.constants.set(name, fn);
    return fn;
  }
  const globals = replay.builder.globals ?? {};
  if (Object.hasOwn(globals, name)) return globals[name];
  if (Object.hasOwn(SAFE_GLOBALS, name)) return SAFE_GLOBALS[name];
  // A name the code around never declares may be a global of the runner (wiki.js's WIKI): the config can give it.
  const hint = declaration || declaredAround(node, name) ? '' : ` (if the migration runner sets it as a global, give its value in \`migrations.globals\` of ripple.config.json)`;
  throw notStatic(node, `\`${name}\` is not a literal, a const of this file or ${replay.builder.library}'s own object${hint}`);
}

function member(target: unknown, key: string | number, node: Node): unknown {
  if (typeof key === 'string' && BLOCKED_PROPERTIES.has(key)) throw notStatic(node, `\`${key}\` is not read`);
  if (target === RUNNER_ARGUMENT) throw notStatic(node, `\`${short(node)}\` reads an argument only the migration runner knows`);
  if (target === null || target === undefined) throw notStatic(node, `\`${short(node)}\` reads a property of ${String(target)}`);
  return (target as Record<string | number, unknown>)[key];
}

function propertyKey(name: Node, scope: Scope, replay: Replay): string | number {
  if (Node.isComputedPropertyName(name)) {
    const key = evaluate(name.getExpression(), scope, replay);
    if (typeof key === 'string' || typeof key === 'number') return key;
    throw notStatic(name, `\`${short(name)}\` is not a static key`);
  }
  if (Node.isStringLiteral(name) || Node.isNumericLiteral(name)) return name.getLiteralValue();
  return name.getText();
}

function evaluate(node: Node, scope: Scope, replay: Replay): unknown {
  if (
    Node.isParenthesizedExpression(node) ||
    Node.isAsExpression(node) ||
    Node.isNonNullExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isTypeAssertion(node) ||
    Node.isAwaitExpression(node)
  ) {
    return evaluate(node.getExpression(), scope, replay);
  }
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) || Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (Node.isTrueLiteral(node)) return true;
  if (Node.isFalseLiteral(node)) return false;
  if (Node.isNullLiteral(node)) return null;
  if (Node.isTemplateExpression(node)) {
    return node.getTemplateSpans().reduce((text, span) => {
      const value = evaluate(span.getExpression(), scope, replay);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw notStatic(span.getExpression(), `\`${short(span.getExpression())}\` is not a static string`);
      }
      return text + String(value) + span.getLiteral().getLiteralText();
    }, node.getHead().getLiteralText());
  }
  if (Node.isPrefixUnaryExpression(node)) {
    const operand = evaluate(node.getOperand(), scope, replay);
    const operator = node.getOperatorToken();
    if (operator === SyntaxKind.ExclamationToken) return !operand;
    if (operator === SyntaxKind.MinusToken && typeof operand === 'number') return -operand;
    if (operator === SyntaxKind.PlusToken && typeof operand === 'number') return operand;
  }
  if (Node.isArrayLiteralExpression(node)) {
    return node.getElements().flatMap((element) => {
      if (!Node.isSpreadElement(element)) return [evaluate(element, scope, replay)];
      const spread = evaluate(element.getExpression(), scope, replay);
      if (!Array.isArray(spread)) throw notStatic(element, `\`${short(element)}\` does not spread a static array`);
      return spread as unknown[];
    });
  }
  if (Node.isObjectLiteralExpression(node)) return evaluateObject(node, scope, replay);
  if (Node.isIdentifier(node)) return lookup(node.getText(), node, scope, replay);
  if (Node.isThisExpression(node)) {
    if (replay.builder.self === undefined || replay.foreign !== undefined) throw notStatic(node, '`this` is not known here');
    return replay.builder.self;
  }
  if (Node.isPropertyAccessExpression(node)) {
    const target = evaluate(node.getExpression(), scope, replay);
    // `this.theme` of a migration class that declares no such property (or not as a literal): not static.
    if (Node.isThisExpression(node.getExpression()) && !(typeof target === 'object' && target !== null && node.getName() in target)) {
      throw notStatic(node, `\`${short(node)}\` is no property the migration class sets to a literal`);
    }
    return member(target, node.getName(), node);
  }
  if (Node.isElementAccessExpression(node)) {
    const key = node.getArgumentExpression();
    const value = key ? evaluate(key, scope, replay) : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') throw notStatic(node, `\`${short(node)}\` has no static key`);
    return member(evaluate(node.getExpression(), scope, replay), value, node);
  }
  if (Node.isCallExpression(node)) return evaluateCall(node, scope, replay);
  if (Node.isTaggedTemplateExpression(node)) return evaluateTaggedTemplate(node, scope, replay);
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return replayedFunction(node, scope, replay);
  if (Node.isConditionalExpression(node)) {
    return evaluate(evaluate(node.getCondition(), scope, replay) ? node.getWhenTrue() : node.getWhenFalse(), scope, replay);
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    const left = evaluate(node.getLeft(), scope, replay);
    if (operator === SyntaxKind.AmpersandAmpersandToken) return left ? evaluate(node.getRight(), scope, replay) : left;
    if (operator === SyntaxKind.BarBarToken) return left || evaluate(node.getRight(), scope, replay);
    if (operator === SyntaxKind.QuestionQuestionToken) return left ?? evaluate(node.getRight(), scope, replay);
    const right = evaluate(node.getRight(), scope, replay);
    const primitive = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (operator === SyntaxKind.PlusToken && primitive(left) && primitive(right)) return (left as string) + (right as string);
    const equality = EQUALITY.get(operator);
    if (equality !== undefined && (left === RUNNER_ARGUMENT || right === RUNNER_ARGUMENT)) {
      const named = left === RUNNER_ARGUMENT ? right : left;
      const dialect = typeof named === 'string' ? (POSTGRES_DIALECT.test(named) ? true : OTHER_DIALECT.test(named) ? false : undefined) : undefined;
      if (dialect === undefined) throw notStatic(node, `\`${short(node)}\` compares an argument of the migration runner with what is not a dialect's name`);
      return dialect === equality;
    }
    if (operator === SyntaxKind.EqualsEqualsEqualsToken) return left === right;
    if (operator === SyntaxKind.ExclamationEqualsEqualsToken) return left !== right;
  }
  throw notStatic(node, `\`${short(node)}\` is not read statically`);
}

/**
 * Column options whose value may only exist at run time while the column does not depend on it: the `defaultValue` of
 * a Sequelize attribute or a db-migrate column spec (a salt from `bcrypt.genSaltSync()`, a value from the app's
 * config), Sequelize's `validate`, `get`, `set`. Left out with a diagnostic, so the table or column is still created.
 */
const RUN_TIME_ATTRIBUTE_OPTIONS: ReadonlySet<string> = new Set(['defaultValue', 'validate', 'get', 'set']);

function evaluateObject(node: Node & { getProperties(): Node[] }, scope: Scope, replay: Replay): Record<string, unknown> {
  const object: Record<string | number, unknown> = {};
  for (const property of node.getProperties()) {
    if (Node.isPropertyAssignment(property)) {
      const key = propertyKey(property.getNameNode(), scope, replay);
      try {
        object[key] = evaluate(property.getInitializerOrThrow(), scope, replay);
      } catch (error) {
        if (!isNotStatic(error) || typeof key !== 'string' || !RUN_TIME_ATTRIBUTE_OPTIONS.has(key)) throw error;
        // `defaultValue: bcrypt.genSaltSync(10)`: the column is still made, without what only the run would give.
        reportNotStatic(replay, property, `\`${short(property)}\`: ${error.why}; the column is created without its ${key}`);
      }
    } else if (Node.isShorthandPropertyAssignment(property)) {
      object[property.getName()] = lookup(property.getName(), property, scope, replay);
    } else if (Node.isSpreadAssignment(property)) {
      const spread = evaluate(property.getExpression(), scope, replay);
      if (typeof spread !== 'object' || spread === null) throw notStatic(property, `\`${short(property)}\` does not spread a static object`);
      Object.assign(object, spread);
    } else if (Node.isMethodDeclaration(property)) {
      object[propertyKey(property.getNameNode(), scope, replay)] = replayedFunction(property, scope, replay);
    } else {
      throw notStatic(property, `\`${short(property)}\` is not read statically`);
    }
  }
  return object;
}

function evaluateCall(node: Node & { getExpression(): Node; getArguments(): Node[] }, scope: Scope, replay: Replay): unknown {
  let callee = node.getExpression();
  while (Node.isParenthesizedExpression(callee) || Node.isNonNullExpression(callee)) callee = callee.getExpression();
  const property = Node.isPropertyAccessExpression(callee) ? callee : undefined;
  if (property) {
    const name = property.getName();
    const object = property.getExpression();
    if (Node.isIdentifier(object) && object.getText() === 'Promise' && !hasBinding('Promise', scope, replay)) return promiseCall(name, node, scope, replay);
    if (name === 'then' || name === 'catch' || name === 'finally' || name === 'tap') return thenCall(name, object, node, scope, replay);
  }
  // The arguments are read before anything in the callee's chain is called: a statement skipped for an argument
  // that is not static (`t.jsonb('units').defaultTo(load(x)).alter()`) leaves no half-made column behind.
  const values = node.getArguments().map((argument) => evaluate(argument, scope, replay));
  const target = property ? evaluate(property.getExpression(), scope, replay) : undefined;
  const fn = property ? member(target, property.getName(), property) : evaluate(callee, scope, replay);
  if (typeof fn !== 'function') {
    // `db.deleteFrom(...).orWhere(...)`: a method the library's object lacks, often one an older version had.
    const library = replay.builder.library;
    const module = typeof target === 'object' && target !== null ? NAMESPACES.get(target) : undefined;
    if (property && module !== undefined) throw notStatic(node, `'${module}' exports no function or constant \`${property.getName()}\` the replay reads`);
    const ofLibrary = property && typeof target === 'object' && target !== null && !Array.isArray(target) && Object.getPrototypeOf(target) !== Object.prototype;
    throw notStatic(
      node,
      ofLibrary
        ? `\`${property.getName()}\` is not a method of ${library}'s \`${short(property.getExpression())}\` (not in the version Ripple runs; an older one may have had it)`
        : `\`${short(callee)}\` is not a function of ${library}`,
    );
  }
  return callLibrary(node, fn as (...args: unknown[]) => unknown, target, values, replay);
}

/** Calls the library with the call of the file as the call site; what it throws is a diagnostic at that call. */
function callLibrary(node: Node, fn: (...args: unknown[]) => unknown, target: unknown, values: readonly unknown[], replay: Replay): unknown {
  try {
    return CALL_SITE.run(placed(node, replay), () => Reflect.apply(fn, target, values) as unknown);
  } catch (error) {
    if (isNotStatic(error)) throw error;
    throw notStatic(node, `${replay.builder.library} rejected it: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * `sql\`... ${value} ...\``: the library's tag called as JavaScript calls it, with the template's strings (and
 * their `raw` text) and the substituted values, each read statically.
 */
function evaluateTaggedTemplate(node: TaggedTemplateExpression, scope: Scope, replay: Replay): unknown {
  const template = node.getTemplate();
  const literals = Node.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.getHead(), ...template.getTemplateSpans().map((span) => span.getLiteral())];
  const values = Node.isNoSubstitutionTemplateLiteral(template) ? [] : template.getTemplateSpans().map((span) => evaluate(span.getExpression(), scope, replay));
  const raw = literals.map((literal) => {
    const text = literal.getText();
    return text.slice(1, text.endsWith('${') ? -2 : -1);
  });
  const strings = Object.freeze(Object.assign(literals.map((literal) => literal.getLiteralText()), { raw: Object.freeze(raw) }));
  const tag = evaluate(node.getTag(), scope, replay);
  if (typeof tag !== 'function') throw notStatic(node.getTag(), `\`${short(node.getTag())}\` is not a function of ${replay.builder.library}`);
  return callLibrary(node, tag as (...args: unknown[]) => unknown, undefined, [strings, ...values], replay);
}

function hasBinding(name: string, scope: Scope, replay: Replay): boolean {
  for (let current: Scope | undefined = scope; current; current = current.parent) if (current.values.has(name)) return true;
  return replay.modules.has(name) || replay.source.getVariableDeclaration(name) !== undefined || replay.source.getFunction(name) !== undefined;
}

/** `Promise.all([...])`, `Promise.all(builders)`, `Promise.resolve(x)`: each element settles, as awaiting it would. */
function promiseCall(name: string, node: Node & { getArguments(): Node[] }, scope: Scope, replay: Replay): unknown {
  const [argument] = node.getArguments();
  if (name === 'resolve') return argument ? settleOnce(evaluate(argument, scope, replay), argument, replay) : undefined;
  if ((name === 'all' || name === 'allSettled') && argument) {
    const literal = Node.isArrayLiteralExpression(argument) && !argument.getElements().some((element) => Node.isSpreadElement(element));
    const items = literal ? argument.getElements().map((element) => evaluate(element, scope, replay)) : evaluate(argument, scope, replay);
    if (Array.isArray(items)) {
      const elements = literal ? argument.getElements() : [];
      const pending = items.map((item, index) => settleOnce(item, elements[index] ?? argument, replay)).filter(isPromise);
      return pending.length > 0 ? Promise.all(pending) : undefined;
    }
  }
  throw notStatic(node, `\`Promise.${name}\` of a value that is not a static array is not replayed`);
}

/** `x.then(() => ...)` (and `catch`, `finally`, `tap`): the library never runs its own `then` (it would execute); x settles, then the callback is replayed. */
function thenCall(name: string, object: Node, node: Node & { getArguments(): Node[] }, scope: Scope, replay: Replay): unknown {
  const settled = settleOnce(evaluate(object, scope, replay), object, replay);
  const [argument] = node.getArguments();
  if (name === 'catch' || !argument) return settled;
  const handler = evaluate(argument, scope, replay);
  if (typeof handler !== 'function') throw notStatic(argument, `\`${short(argument)}\` is not a function`);
  const body = Node.isArrowFunction(argument) ? argument.getBody() : argument;
  return chain(settled, (value) => {
    const result = (handler as (value: unknown) => unknown)(name === 'finally' ? undefined : value);
    const handled = settleOnce(result, Node.isBlock(body) ? argument : body, replay);
    // Bluebird's `tap` (Sequelize 3 and 4 return Bluebird promises): the handler runs, the chain keeps the value before it
    return name === 'tap' ? chain(handled, () => value) : handled;
  });
}

/** How deep calls of the file's functions may nest (a recursion stops here), and how many one migration may make. */
const MAX_CALL_DEPTH = 64;
const MAX_CALLS = 100_000;

/**
 * A function of the file (a callback given to the library, a helper it declares): when called, its body is replayed
 * with its parameters bound. Calls nest at most MAX_CALL_DEPTH deep and number at most MAX_CALLS: a recursion of the
 * file is a diagnostic, never a stack overflow or a hang.
 */
function replayedFunction(node: ArrowFunction | FunctionExpression | FunctionDeclaration | MethodDeclaration, scope: Scope, replay: Replay): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const { calls } = replay;
    if (calls.depth >= MAX_CALL_DEPTH) {
      const name = Node.isArrowFunction(node) || Node.isFunctionExpression(node) ? 'a function' : `\`${node.getName() ?? 'function'}\``;
      throw notStatic(node, `calling ${name} nests calls of the file's functions deeper than ${MAX_CALL_DEPTH} (a recursion)`);
    }
    if (calls.total >= MAX_CALLS) throw notStatic(node, `more than ${MAX_CALLS} calls of the file's functions in one migration`);
    calls.depth++;
    calls.total++;
    try {
      return callReplayed(node, scope, replay, args);
    } finally {
      calls.depth--;
    }
  };
}

function callReplayed(node: ArrowFunction | FunctionExpression | FunctionDeclaration | MethodDeclaration, scope: Scope, replay: Replay, args: readonly unknown[]): unknown {
  const inner: Scope = { values: new Map(), parent: scope };
  node.getParameters().forEach((parameter, index) => {
    const initializer = parameter.getInitializer();
    bind(parameter.getNameNode(), args[index] === undefined && initializer ? evaluate(initializer, scope, replay) : args[index], inner, replay);
  });
  const body = node.getBody();
  if (!body) return undefined;
  const result = Node.isBlock(body) ? chain(runStatements(body.getStatements(), inner, replay), (completion) => (completion as Completion)?.value) : evaluate(body, inner, replay);
  if (!node.isAsync() || isPromise(result)) return result;
  // An async function's return value is awaited: a library thenable settles here, never through its own `then`.
  const thenable = (typeof result === 'object' || typeof result === 'function') && result !== null && 'then' in result;
  if (!thenable) return Promise.resolve(result);
  const settled = settleOnce(result, Node.isBlock(body) ? node : body, replay);
  return isPromise(settled) ? settled : Promise.resolve(undefined);
}

/**
 * Whether a block, the file or a function around `node` declares `name` (a variable of its own statements or a
 * parameter): then the name is a local whose value is only known at run time, not a global of the runner. A loop up
 * the parents, no recursion.
 */
function declaredAround(node: Node, name: string): boolean {
  for (let at: Node | undefined = node; at; at = at.getParent()) {
    if (Node.isBlock(at) || Node.isSourceFile(at)) {
      const declares = at.getStatements().some((statement) => Node.isVariableStatement(statement) && statement.getDeclarations().some((declaration) => declaration.getName() === name));
      if (declares) return true;
    }
    if (Node.isFunctionLikeDeclaration(at) && at.getParameters().some((parameter) => parameter.getName() === name)) return true;
  }
  return false;
}

/** A call of a method of the global `console` (not of a `console` the file declares). */
function isConsoleCall(expression: Node): boolean {
  if (!Node.isCallExpression(expression)) return false;
  const callee = expression.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const target = callee.getExpression();
  return Node.isIdentifier(target) && target.getText() === 'console' && !declaredAround(expression, 'console');
}
