import type { Access, Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { byKind } from './by-kind.js';
import { ts } from './typescript.js';
import { localTypeKey, MAX_TYPE_DEPTH, type TypeExpr } from '../facts/file-facts.js';
import { sqlTextOf, type SqlText } from './sql-text-of.js';
import { componentSchemaName, literalKey } from './api-client-facts.js';
import { routerOutputType } from './trpc-client-calls.js';
import { LOCAL_MODULE } from './flow-facts-of.js';


/** What the core knows about the file being walked, offered to adapters. All answers are syntactic. */
export interface ExtractContext {
  /** The file, relative to the scan root. */
  readonly file: string;
  readonly sourceFile: TS.SourceFile;
  locationOf(node: TS.Node): Location;
  /** The location of a character position in the file. */
  locationAt(position: number): Location;
  /** The enclosing function or `Class.member`. */
  symbolOf(node: TS.Node): string | undefined;
  /** What an expression's value is, as far as declarations in this file say. */
  typeOf(expression: TS.Expression): TypeExpr | undefined;
  /**
   * The name the facts give a type named so in this file: as its module declares it when imported (`Account` for
   * `AccountModel` of `import { Account as AccountModel }`), `Props@src/card.tsx` for an interface or type alias the
   * file declares and does not export (every component may declare its own `Props`), the name itself otherwise.
   */
  typeKey(name: string): string;
  typeOfNode(type: TS.TypeNode): TypeExpr | undefined;
  /** The ORM's own type an imported name is (`Order` of `@prisma/client`: the model), as an adapter's `typeOfImport` answers. */
  typeOfImported(name: TS.EntityName): TypeExpr | undefined;
  /** `write` on the left of `=`, `filter` inside `.where(...)`, `order` inside `.orderBy(...)`, else `read`. */
  accessOf(node: TS.Node): Access;
  /** The module an imported name comes from. */
  importSource(name: string): string | undefined;
  /** The name a local import binding has in its module: `Column` for `import { Column as TypeOrmColumn }`. */
  importedName(name: string): string | undefined;
  /** The name its module gives a local: `Column` of `import { Column as TypeOrmColumn }`, else (a default or namespace import, no import) the local name. */
  nameInModule(name: string): string;
  /** The calls of a fluent chain ending at `call`, from its root: `db.selectFrom('a').select('b')`. */
  chainOf(call: TS.CallExpression): Chain;
  /** The text of a string literal, template or tagged template (substitutions as `$1`...), or a const holding one. */
  sqlTextOf(expression: TS.Expression): SqlText | undefined;
  /** The declaration (parameter, variable, function, class) an identifier refers to in this file. */
  declarationOf(identifier: TS.Identifier): TS.Node | undefined;
  /** The value of a string literal (or a const initialised with one). */
  stringOf(expression: TS.Expression): string | undefined;
}

export interface Chain {
  /** The expression the first call is made on (`db`), or the first call's callee when it is a plain call (`knex`). */
  readonly root: TS.Expression;
  readonly links: readonly ChainLink[];
}

export interface ChainLink {
  readonly name: string;
  readonly call: TS.CallExpression;
  readonly args: readonly TS.Expression[];
}

/**
 * Type arguments the core unwraps: `Promise<T>` is T, `T[]` an array of T; Kysely's `Selectable<T>`; Medusa's
 * `InferEntityType<typeof Notification>` and `InferTypeOf<...>`, the row of a DML model.
 */
const UNWRAPPED = new Set(['Promise', 'Awaited', 'Readonly', 'Partial', 'Required', 'NonNullable', 'Pick', 'Omit', 'Selectable', 'Insertable', 'Updateable', 'InferEntityType', 'InferTypeOf', 'InferSelectModel', 'InferInsertModel']);
/** drizzle's row types of a table object: `typeof customers.$inferSelect`. */
const INFERRED_ROWS = new Set(['$inferSelect', '$inferInsert']);

/** The row types `supabase gen types` writes helpers for: `Tables<'tools'>`, `TablesInsert<'tools'>`, `TablesUpdate<'tools'>`. */
const SUPABASE_ROW_HELPERS = new Set(['Tables', 'TablesInsert', 'TablesUpdate', 'TablesRow']);

/**
 * A row of a table of Supabase's generated `Database` type: `Tables<'tools'>` (and its Insert and Update helpers), or
 * `Database['public']['Tables']['tools']['Row']`; the table as `schema.table` when the schema is not `public`.
 */
function supabaseRowOf(type: TS.TypeNode): TypeExpr | undefined {
  if (ts.isTypeReferenceNode(type)) {
    const helper = ts.isIdentifier(type.typeName) ? type.typeName.text : undefined;
    const argument = type.typeArguments?.[0];
    const table = helper !== undefined && SUPABASE_ROW_HELPERS.has(helper) && argument ? literalKey(argument) : undefined;
    return table === undefined ? undefined : { kind: 'table-row', adapter: 'supabase', tables: [table] };
  }
  // Database['public']['Tables']['tools']['Row']: four string indexes on a type named `Database`.
  const keys: string[] = [];
  let current: TS.TypeNode = type;
  while (ts.isIndexedAccessTypeNode(current) && keys.length < 5) {
    const key = literalKey(current.indexType);
    if (key === undefined) return undefined;
    keys.unshift(key);
    current = current.objectType;
  }
  if (!ts.isTypeReferenceNode(current) || !ts.isIdentifier(current.typeName) || current.typeName.text !== 'Database') return undefined;
  const [schema, tables, table, row] = keys;
  if (keys.length !== 4 || tables !== 'Tables' || table === undefined || (row !== 'Row' && row !== 'Insert' && row !== 'Update')) return undefined;
  return { kind: 'table-row', adapter: 'supabase', tables: [schema === 'public' ? table : `${schema}.${table}`] };
}

/** zod's types of a schema's values: `z.infer<typeof X>`, `z.output<...>`, `z.input<...>`, `z.TypeOf<...>`. */
const ZOD_INFERENCE = /^(infer|output|input|TypeOf)$/;

/** `typeof getOrganization`: the identifier a type query names; undefined for anything else. */
function queriedName(type: TS.TypeNode | undefined): TS.Identifier | undefined {
  return type && ts.isTypeQueryNode(type) && ts.isIdentifier(type.exprName) ? type.exprName : undefined;
}

/** Types of a React function component (or a Next.js page) whose one type argument is its props. */
const COMPONENT_TYPES = new Set(['FC', 'FunctionComponent', 'VFC', 'VoidFunctionComponent', 'NextPage']);


/**
 * `{12}@src/poll.tsx`: the key of a type literal written where a type stands (`createContext<{ participants:
 * Participant[] } | null>`, `(props: { order: Order })`), by its position; its class fact holds its property types.
 */
export function typeLiteralKey(literal: TS.TypeLiteralNode, file: string): string {
  return localTypeKey(`{${literal.pos}}`, file);
}

/** The interfaces and type aliases a file declares at its top level and does not export (by `export` or `export { }`). */
function localTypeNames(sourceFile: TS.SourceFile): ReadonlySet<string> {
  const declared = new Set<string>();
  const exported = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      const isExported = ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      (isExported ? exported : declared).add(statement.name.text);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && !statement.moduleSpecifier) {
      for (const element of statement.exportClause.elements) exported.add((element.propertyName ?? element.name).text);
    } else if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) exported.add(statement.expression.text);
  }
  for (const name of exported) declared.delete(name);
  return declared;
}

/**
 * Generic type aliases a file declares at its top level whose body is one of their type parameters, bare or in the
 * wrappers the core unwraps, alone or intersected with such: `type OptionalExcluding<T, K extends keyof T> =
 * Partial<T> & Pick<T, K>` is T (index 0). A use of the alias with type arguments is the argument at that index.
 */
function wrappingAliasesOf(sourceFile: TS.SourceFile): ReadonlyMap<string, number> {
  const aliases = new Map<string, number>();
  for (const statement of sourceFile.statements) {
    if (!ts.isTypeAliasDeclaration(statement) || !statement.typeParameters) continue;
    const parameters = statement.typeParameters.map((parameter) => parameter.name.text);
    const passed = new Set<number>();
    const members = ts.isIntersectionTypeNode(statement.type) ? statement.type.types : [statement.type];
    for (let member of members) {
      while (ts.isTypeReferenceNode(member) && ts.isIdentifier(member.typeName) && UNWRAPPED.has(member.typeName.text) && member.typeArguments?.[0]) member = member.typeArguments[0];
      const index = ts.isTypeReferenceNode(member) && ts.isIdentifier(member.typeName) && !member.typeArguments ? parameters.indexOf(member.typeName.text) : -1;
      passed.add(index);
    }
    const [only] = passed;
    if (passed.size === 1 && only !== undefined && only >= 0) aliases.set(statement.name.text, only);
  }
  return aliases;
}

/** `outputs` with its procedure replaced (an element of it stays an element). */
function retargeted(outputs: TypeExpr, procedure: TypeExpr): TypeExpr {
  return outputs.kind === 'element' ? { kind: 'element', of: procedure } : procedure;
}

export function createExtractContext(
  file: string,
  sourceFile: TS.SourceFile,
  /** Every node of the file in walk order, as `setParents` lists them. */
  nodes: readonly TS.Node[],
  typeOfCall: (call: TS.CallExpression, context: ExtractContext) => TypeExpr | undefined,
  /** What a call of the function an identifier names gives (`ReturnType<typeof getOrganization>`). */
  resultOfFunction: (name: TS.Identifier, context: ExtractContext) => TypeExpr | undefined = () => undefined,
  /** What a name imported from a module an ORM generates stands for (`import type { User } from '@prisma/client'`). */
  typeOfImport: (imported: string, module: string) => TypeExpr | undefined = () => undefined,
): ExtractContext {
  const declarations = new Map<TS.Node, ReadonlyMap<string, TS.Node>>();
  const types = new Map<TS.Node, TypeExpr | undefined>();
  const symbols = new Map<TS.Node, string | undefined>();
  const rowParameters = new Map<TS.ParameterDeclaration, TypeExpr | undefined>();
  // Answers asked again and again of the same node (adapters, flows and sites each ask them): most `declarationOf`
  // and `chainOf` questions of a file repeat one already answered.
  const declared = new Map<TS.Identifier, TS.Node | undefined>();
  const chains = new Map<TS.CallExpression, Chain>();
  // Type nodes are asked again too (a parameter's type, by every flow through it), all but those that name what a
  // function gives (`ReturnType<typeof f>`), whose answer may depend on what is being typed when it is asked.
  const nodeTypes = new Map<TS.TypeNode, TypeExpr | undefined>();
  let askedFunction = false;
  let calls: Map<string, TS.CallExpression[]> | undefined;
  // How many `typeOfMemo` calls are open: past `MAX_PENDING` (a path through thousands of variables) the answer is unknown.
  let pending = 0;
  // Rows come from query builders: a file that names none never asks its parameters' callers.
  const rowsPossible = /\b(knex|Knex|kysely|Kysely)\b|\b(db|trx|tx)\(/.test(sourceFile.text);
  const imports = new Map<string, { module: string; imported: string }>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (!clause) continue;
    if (clause.name) imports.set(clause.name.text, { module, imported: 'default' });
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
      }
    } else if (bindings) imports.set(bindings.name.text, { module, imported: '*' });
  }

  const localTypes = localTypeNames(sourceFile);
  const wrappingAliases = wrappingAliasesOf(sourceFile);
  const nameInModule = (name: string): string => {
    const imported = imports.get(name)?.imported;
    return imported === undefined || imported === 'default' || imported === '*' ? name : imported;
  };
  const typeKey = (name: string): string => (imports.has(name) || !localTypes.has(name) ? nameInModule(name) : localTypeKey(name, file));
  const context: ExtractContext = {
    file,
    sourceFile,
    typeKey,
    locationOf(node) {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      return { file, line: line + 1, column: character + 1 };
    },
    locationAt: positionToLocation,
    symbolOf,
    typeOf: typeOfMemo,
    typeOfNode,
    typeOfImported,
    accessOf,
    importSource: (name) => imports.get(name)?.module,
    importedName: (name) => imports.get(name)?.imported,
    nameInModule,
    chainOf,
    sqlTextOf: (expression) => sqlTextOf(expression, { sourceFile, declarationOf, locationAt: positionToLocation }),
    stringOf,
    declarationOf,
  };
  return context;

  /**
   * Adapters' `typeOfCall` ask for the receiver's type, which asks `typeOfCall` of the call before it: without
   * the memo each link of a chain asks every typer again (`knex('t').where().where()...` doubled per link). The
   * calls and receivers an expression stands on are typed first, innermost first (`typeFirst`), so each of them
   * finds the one below it in the memo: a chain of thousands of links costs no deeper call stack than one link.
   */
  function typeOfMemo(expression: TS.Expression): TypeExpr | undefined {
    if (types.has(expression)) return types.get(expression);
    if (pending > MAX_PENDING) return undefined;
    pending += 1;
    const below = typeFirst(expression);
    for (let index = below.length - 1; index >= 0; index -= 1) memoize(below[index]!);
    const type = memoize(expression);
    pending -= 1;
    return type;
  }

  function memoize(expression: TS.Expression): TypeExpr | undefined {
    if (types.has(expression)) return types.get(expression);
    // Marked before it is typed: a cycle (`const a = b.find(); const b = a.find();`) ends here, unknown.
    types.set(expression, undefined);
    const type = typeOf(expression, 0);
    const kept = type && ofDepth(type) > MAX_TYPE_DEPTH ? undefined : type;
    types.set(expression, kept);
    return kept;
  }

  /**
   * The receivers of the calls below `expression` on its spine (`.expression` through calls, member and element
   * accesses, parentheses, `await`, `!`, `as`), outermost first, down to the first one already typed: what the
   * adapters' call typers ask `typeOf` for.
   */
  function typeFirst(expression: TS.Expression): TS.Expression[] {
    const found: TS.Expression[] = [];
    let current: TS.Expression = expression;
    for (;;) {
      if (ts.isCallExpression(current)) {
        const callee: TS.Expression = current.expression;
        if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) {
          current = callee;
          continue;
        }
        if (types.has(callee.expression)) break;
        found.push(callee.expression);
        current = callee.expression;
      } else if (onSpine(current)) current = (current as TS.Expression & { readonly expression: TS.Expression }).expression;
      else break;
    }
    return found;
  }

  function positionToLocation(pos: number): Location {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(pos);
    return { file, line: line + 1, column: character + 1 };
  }

  function scopeDeclarations(scope: TS.Node): ReadonlyMap<string, TS.Node> {
    if (!declaresNames(scope)) return NO_DECLARATIONS;
    const known = declarations.get(scope);
    if (known) return known;
    const map = new Map<string, TS.Node>();
    const add = (name: TS.BindingName | TS.Identifier | undefined, node: TS.Node): void => {
      if (!name) return;
      if (ts.isIdentifier(name)) {
        if (!map.has(name.text)) map.set(name.text, node);
        return;
      }
      // `const [row] = await query`, `({ survey }: Props)`, `const { survey } = props`: the element declares the name.
      for (const element of (name as TS.BindingPattern).elements) if (ts.isBindingElement(element)) add(element.name, element);
    };
    if (ts.isFunctionLike(scope)) for (const parameter of scope.parameters) add(parameter.name, parameter);
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope) ? scope.statements : undefined;
    for (const statement of statements ?? []) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) add(declaration.name, declaration);
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) add(statement.name, statement);
    }
    if ((ts.isForOfStatement(scope) || ts.isForInStatement(scope) || ts.isForStatement(scope)) && scope.initializer && ts.isVariableDeclarationList(scope.initializer)) {
      for (const declaration of scope.initializer.declarations) add(declaration.name, declaration);
    }
    if (ts.isCatchClause(scope) && scope.variableDeclaration) add(scope.variableDeclaration.name, scope.variableDeclaration);
    declarations.set(scope, map);
    return map;
  }

  function declarationOf(identifier: TS.Identifier): TS.Node | undefined {
    if (declared.has(identifier)) return declared.get(identifier);
    let found: TS.Node | undefined;
    for (let scope: TS.Node | undefined = identifier.parent; scope && !found; scope = scope.parent) found = scopeDeclarations(scope).get(identifier.text);
    declared.set(identifier, found);
    return found;
  }

  function typeOf(expression: TS.Expression, depth: number): TypeExpr | undefined {
    if (depth > 12) return undefined;
    const next = depth + 1;
    if (ts.isParenthesizedExpression(expression) || ts.isAwaitExpression(expression) || ts.isNonNullExpression(expression)) {
      return typeOf(expression.expression, next);
    }
    if (ts.isAsExpression(expression) || ts.isTypeAssertionExpression(expression) || ts.isSatisfiesExpression(expression)) {
      return typeOfNode(expression.type) ?? typeOf(expression.expression, next);
    }
    if (expression.kind === ts.SyntaxKind.ThisKeyword) {
      const owner = enclosingClass(expression);
      return owner?.name ? { kind: 'name', name: owner.name.text } : undefined;
    }
    if (ts.isIdentifier(expression)) return typeOfIdentifier(expression, next);
    if (ts.isPropertyAccessExpression(expression)) {
      // `schema.customers` of `import * as schema from '../db/schema.js'`: the value the module exports by that name.
      if (isLocalNamespace(expression.expression)) return { kind: 'value', name: expression.name.text };
      const of = typeOf(expression.expression, next);
      return of ? { kind: 'member', of, property: expression.name.text } : undefined;
    }
    if (ts.isElementAccessExpression(expression) && ts.isNumericLiteral(expression.argumentExpression)) {
      const of = typeOf(expression.expression, next);
      return of ? { kind: 'element', of } : undefined;
    }
    if (ts.isBinaryExpression(expression) && isFallback(expression.operatorToken.kind)) {
      // `(attributes || []).filter(...)`, `row ?? defaults`: the value is one of the two, the left one's type first.
      return typeOf(expression.left, next) ?? typeOf(expression.right, next);
    }
    if (ts.isNewExpression(expression) && ts.isIdentifier(expression.expression)) return { kind: 'name', name: expression.expression.text };
    if (ts.isCallExpression(expression)) return typeOfCall(expression, context);
    return undefined;
  }

  /** A name the file imports whole from a module of the service (`import * as schema from '../db/schema.js'`), not shadowed. */
  function isLocalNamespace(holder: TS.Node): holder is TS.Identifier {
    if (!ts.isIdentifier(holder) || imports.get(holder.text)?.imported !== '*' || declarationOf(holder)) return false;
    return LOCAL_MODULE.test(imports.get(holder.text)!.module);
  }

  function typeOfIdentifier(identifier: TS.Identifier, depth: number): TypeExpr | undefined {
    const declaration = declarationOf(identifier);
    if (!declaration) {
      return imports.has(identifier.text) ? { kind: 'value', name: nameInModule(identifier.text) } : undefined;
    }
    if (ts.isClassDeclaration(declaration)) return { kind: 'value', name: identifier.text };
    if (ts.isParameter(declaration)) {
      const row = rowsPossible ? rowParameter(declaration, depth) : undefined;
      if (row) return row;
      if (declaration.type) return typeOfNode(declaration.type);
      return typeOfCallbackParameter(declaration, depth) ?? componentProps(declaration);
    }
    if (ts.isBindingElement(declaration) && !declaration.dotDotDotToken && ts.isArrayBindingPattern(declaration.parent)) {
      const variable = declaration.parent.parent;
      // `const [next, curr] = await Promise.all([seq.next(c), seq.curr()])`: each name takes its own call's result.
      const listed = ts.isVariableDeclaration(variable) && variable.initializer ? promiseAllElement(variable.initializer, declaration.parent.elements.indexOf(declaration)) : undefined;
      if (listed) return typeOf(listed, depth);
      // `const [connection, setConnection] = useState<GetConnection['Success'] | null>(null)`: the state is the type
      // argument, else the initial value's type; the setter is no value.
      const state = ts.isVariableDeclaration(variable) && variable.initializer ? stateHookOf(variable.initializer) : undefined;
      if (state) {
        if (declaration.parent.elements.indexOf(declaration) !== 0) return undefined;
        const argument = state.typeArguments?.[0];
        const initial = state.arguments[0];
        return argument ? typeOfNode(argument) : initial ? typeOf(initial, depth) : undefined;
      }
      const of = ts.isVariableDeclaration(variable) && variable.initializer ? typeOf(variable.initializer, depth) : undefined;
      return of ? elementOf(of) : undefined;
    }
    if (ts.isBindingElement(declaration) && !declaration.dotDotDotToken && ts.isObjectBindingPattern(declaration.parent)) {
      const holder = declaration.parent.parent;
      const key = declaration.propertyName ?? declaration.name;
      if (!ts.isIdentifier(key)) return undefined;
      // `({ customer }: { customer: TCustomer })`: the literal's member says it.
      if (ts.isParameter(holder) && holder.type && ts.isTypeLiteralNode(holder.type)) {
        const member = holder.type.members.find((m) => ts.isPropertySignature(m) && ts.isIdentifier(m.name) && m.name.text === key.text);
        return member && ts.isPropertySignature(member) && member.type ? typeOfNode(member.type) : undefined;
      }
      const of = typeOfBindingHolder(holder, depth);
      return of ? { kind: 'member', of, property: key.text } : undefined;
    }
    if (ts.isVariableDeclaration(declaration)) {
      if (declaration.type) return typeOfNode(declaration.type);
      const loop = declaration.parent.parent;
      if (ts.isForOfStatement(loop)) {
        const of = typeOf(loop.expression, depth);
        return of ? elementOf(of) : undefined;
      }
      const initial = declaration.initializer ? typeOf(declaration.initializer, depth) : undefined;
      if (initial) return initial;
      if (ts.isSourceFile(declaration.parent.parent.parent)) return { kind: 'value', name: identifier.text };
    }
    return undefined;
  }

  /** The type a destructuring pattern takes apart: a parameter's declared type, a variable's type or initialiser. */
  function typeOfBindingHolder(holder: TS.Node, depth: number): TypeExpr | undefined {
    // `rows.map(({ email }) => ...)`: an untyped callback's pattern takes apart the element, as `(row) => row.email` does.
    if (ts.isParameter(holder)) return holder.type ? typeOfNode(holder.type) : ((rowsPossible ? rowParameter(holder, depth) : undefined) ?? typeOfCallbackParameter(holder, depth) ?? componentProps(holder));
    if (ts.isVariableDeclaration(holder)) return holder.type ? typeOfNode(holder.type) : holder.initializer ? typeOf(holder.initializer, depth) : undefined;
    return undefined;
  }

  /**
   * A query builder's row handed to a parameter, whatever the parameter's declared type (`row: any`,
   * `row: CustomerRow`, none): `rows.map((row) => ...)`, `this.mapRow(row)`, `rows.map(toOrder)` where `rows` and
   * `row` are a knex query's result. Only rows: other types keep the declared type.
   */
  function rowParameter(parameter: TS.ParameterDeclaration, depth: number): TypeExpr | undefined {
    if (rowParameters.has(parameter)) return rowParameters.get(parameter);
    rowParameters.set(parameter, undefined);
    const found = [typeOfCallbackParameter(parameter, depth), ...argumentTypes(parameter, depth)].find((type) => type?.kind === 'table-row');
    rowParameters.set(parameter, found);
    return found;
  }

  /** The types of what the calls of this file pass to a parameter of a named function or method, lazily. */
  function* argumentTypes(parameter: TS.ParameterDeclaration, depth: number): Generator<TypeExpr | undefined> {
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    const named = ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined;
    if (!named || !ts.isIdentifier(named)) return;
    for (const call of callsNamed().get(named.text) ?? []) {
      const callee = call.expression;
      const name = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) ? callee.name : undefined;
      if (name?.text === named.text) {
        const arg = call.arguments[index];
        if (arg) yield typeOf(arg, depth);
      } else if (index === 0 && ts.isPropertyAccessExpression(callee)) {
        // `rows.map(toOrder)`, `rows.map(this.mapRow)`: each element.
        const of = typeOf(callee.expression, depth);
        if (of) yield elementOf(of);
      }
    }
  }

  /** Calls by the name they call (`mapRow(...)`, `this.mapRow(...)`) or hand to `map`/`forEach` (`rows.map(mapRow)`). */
  function callsNamed(): ReadonlyMap<string, readonly TS.CallExpression[]> {
    if (calls) return calls;
    const found = new Map<string, TS.CallExpression[]>();
    const add = (name: string, call: TS.CallExpression): void => {
      const list = found.get(name);
      if (list) list.push(call);
      else found.set(name, [call]);
    };
    for (const node of nodes) {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isIdentifier(callee)) add(callee.text, node);
        else if (ts.isPropertyAccessExpression(callee)) {
          add(callee.name.text, node);
          const handed = node.arguments[0];
          if (/^(map|forEach|flatMap|filter)$/.test(callee.name.text) && handed) {
            const name = ts.isIdentifier(handed) ? handed : ts.isPropertyAccessExpression(handed) ? handed.name : undefined;
            if (name) add(name.text, node);
          }
        }
      }
    }
    calls = found;
    return found;
  }

  /**
   * `const Row: React.FC<RowProps> = ({ participant }) => ...`: the props of a component typed by its variable
   * (`FC`, `FunctionComponent`, `VFC`, `VoidFunctionComponent`, Next's `NextPage`), its first parameter.
   */
  function componentProps(parameter: TS.ParameterDeclaration): TypeExpr | undefined {
    const fn = parameter.parent;
    if (fn.parameters[0] !== parameter || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
    const holder = fn.parent;
    const type = ts.isVariableDeclaration(holder) && holder.initializer === fn ? holder.type : undefined;
    if (!type || !ts.isTypeReferenceNode(type) || type.typeArguments?.length !== 1) return undefined;
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    return COMPONENT_TYPES.has(name) ? typeOfNode(type.typeArguments[0]!) : undefined;
  }

  /**
   * `customers.map((c) => c.email)`: the first parameter of an array method's callback is an element; of `reduce`'s,
   * the second (`orders.reduce((sum, order) => sum + order.totalCents, 0)`: the first is the accumulator).
   */
  function typeOfCallbackParameter(parameter: TS.ParameterDeclaration, depth: number): TypeExpr | undefined {
    const fn = parameter.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== fn || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    const method = call.expression.name.text;
    const element = method === 'reduce' || method === 'reduceRight' ? 1 : 0;
    if (fn.parameters[element] !== parameter) return undefined;
    if (!/^(map|forEach|filter|find|findLast|findIndex|some|every|flatMap|reduce|reduceRight)$/.test(method)) return undefined;
    const of = typeOf(call.expression.expression, depth);
    return of ? elementOf(of) : undefined;
  }

  /**
   * `T[][]` and `readonly (T)[]` are unwrapped in a loop, not by recursion: TypeScript parses `T[][]...` of any
   * length without recursing, so the scan must not either (past `MAX_ARRAY_NESTING` the type is unknown).
   */
  function typeOfNode(outer: TS.TypeNode): TypeExpr | undefined {
    if (nodeTypes.has(outer)) return nodeTypes.get(outer);
    const askedBefore = askedFunction;
    askedFunction = false;
    const found = typeOfTypeNode(outer);
    if (!askedFunction) nodeTypes.set(outer, found);
    askedFunction ||= askedBefore;
    return found;
  }

  function typeOfTypeNode(outer: TS.TypeNode): TypeExpr | undefined {
    let type = outer;
    let arrays = 0;
    for (;;) {
      if (ts.isParenthesizedTypeNode(type) || ts.isTypeOperatorNode(type)) type = type.type;
      else if (ts.isArrayTypeNode(type)) {
        arrays += 1;
        type = type.elementType;
      } else break;
    }
    if (arrays > MAX_ARRAY_NESTING) return undefined;
    let found = typeOfPlainNode(type);
    for (let index = 0; found && index < arrays; index += 1) found = { kind: 'name', name: 'Array', args: [found] };
    return found;
  }

  /** What a type name imported from an ORM's module stands for (`User`, or `Prisma.UserGetPayload` of a namespace). */
  function typeOfImported(name: TS.EntityName): TypeExpr | undefined {
    if (ts.isIdentifier(name)) {
      const imported = imports.get(name.text);
      return imported && typeOfImport(imported.imported, imported.module);
    }
    const namespace = ts.isIdentifier(name.left) ? imports.get(name.left.text) : undefined;
    return namespace && typeOfImport(`${namespace.imported}.${name.right.text}`, namespace.module);
  }

  function typeOfPlainNode(type: TS.TypeNode): TypeExpr | undefined {
    // `Account | null`, `Account & { balances?: AccountBalance[] }`: the first member that names a type, else a
    // type literal of it (`{ orders: Order[] } | null`).
    if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) {
      for (const member of type.types) {
        const found = ts.isTypeLiteralNode(member) ? undefined : typeOfNode(member);
        if (found) return found;
      }
      const literal = type.types.find(ts.isTypeLiteralNode);
      return literal && typeOfPlainNode(literal);
    }
    if (ts.isTypeLiteralNode(type)) return { kind: 'name', name: typeLiteralKey(type, file) };
    if (ts.isTypeReferenceNode(type)) {
      // `import { InfraConfig as DbInfraConfig }`: the type is named as its module declares it.
      const local = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
      const name = ts.isIdentifier(type.typeName) ? typeKey(local) : local;
      const queried = queriedName(type.typeArguments?.[0]);
      // `ReturnType<typeof getOrganization>`: what a call of that function gives.
      if (local === 'ReturnType' && ts.isIdentifier(type.typeName) && queried) {
        askedFunction = true;
        return resultOfFunction(queried, context);
      }
      // `z.infer<typeof ZOrganizationAISettingsInput>`: the schema's type, named as the schema is.
      if (ZOD_INFERENCE.test(local) && ts.isQualifiedName(type.typeName) && queried) return { kind: 'name', name: typeKey(queried.text) };
      const args = (type.typeArguments ?? []).map((arg) => typeOfNode(arg) ?? { kind: 'name' as const, name: '?' });
      if (UNWRAPPED.has(name)) return args[0];
      const supabaseRow = supabaseRowOf(type);
      if (supabaseRow) return supabaseRow;
      // `type OptionalExcluding<T, K extends keyof T> = Partial<T> & Pick<T, K>` declared in the file: T itself.
      const passed = ts.isIdentifier(type.typeName) ? wrappingAliases.get(local) : undefined;
      if (passed !== undefined) return args[passed];
      const named: TypeExpr = args.length > 0 ? { kind: 'name', name, args } : { kind: 'name', name };
      // `user: User` of `@prisma/client`, `Prisma.UserGetPayload<{ include: ... }>`: the model itself, else (no such
      // model in the service) the name as before.
      const own = typeOfImported(type.typeName);
      return own ? { kind: 'either', of: [own, named] } : named;
    }
    if (ts.isTypeQueryNode(type) && ts.isIdentifier(type.exprName)) return { kind: 'value', name: type.exprName.text };
    // `typeof customers.$inferSelect`: a row of the table object, as `InferSelectModel<typeof customers>` is.
    if (ts.isTypeQueryNode(type) && ts.isQualifiedName(type.exprName) && ts.isIdentifier(type.exprName.left) && INFERRED_ROWS.has(type.exprName.right.text)) {
      return { kind: 'value', name: nameInModule(type.exprName.left.text) };
    }
    // `typeof schema.customers` and `typeof schema.customers.$inferSelect` of a local module imported whole.
    if (ts.isTypeQueryNode(type) && ts.isQualifiedName(type.exprName)) {
      const inferred = INFERRED_ROWS.has(type.exprName.right.text) && ts.isQualifiedName(type.exprName.left) ? type.exprName.left : type.exprName;
      if (ts.isIdentifier(inferred.left) && isLocalNamespace(inferred.left)) return { kind: 'value', name: inferred.right.text };
    }
    // openapi-typescript's `components['schemas']['MemberDto']`.
    if (ts.isIndexedAccessTypeNode(type)) {
      const supabaseRow = supabaseRowOf(type);
      if (supabaseRow) return supabaseRow;
      const name = componentSchemaName(type);
      if (name !== undefined) return { kind: 'name', name };
      const outputs = routerOutputType(type);
      const procedure = outputs?.kind === 'element' ? outputs.of : outputs;
      // `RouterOutputs` declared in this file: the class fact of its alias is under its key.
      return procedure?.kind === 'procedure' && procedure.outputs !== undefined && localTypes.has(procedure.outputs)
        ? retargeted(outputs!, { ...procedure, outputs: typeKey(procedure.outputs) })
        : outputs;
    }
    return undefined;
  }

  /**
   * The first symbol an ancestor names, memoised per node: filled top-down along the path walked, so asking it of
   * every segment of a 5,000-segment chain costs one walk, not one per segment.
   */
  function symbolOf(node: TS.Node): string | undefined {
    const path: TS.Node[] = [];
    let above: string | undefined;
    for (let current: TS.Node | undefined = node; current; current = current.parent) {
      if (symbols.has(current)) {
        above = symbols.get(current);
        break;
      }
      path.push(current);
    }
    for (let index = path.length - 1; index >= 0; index -= 1) {
      const current = path[index]!;
      above = ownSymbolOf(current) ?? above;
      symbols.set(current, above);
    }
    return above;
  }

  /** The symbol a node itself names: a class member, a named function, a function held by a const, a module-level const. */
  function ownSymbolOf(current: TS.Node): string | undefined {
    if (!maySymbolise(current)) return undefined;
    if (ts.isMethodDeclaration(current) || ts.isGetAccessor(current) || ts.isSetAccessor(current) || ts.isPropertyDeclaration(current) || ts.isConstructorDeclaration(current)) {
      const owner = current.parent;
      const member = ts.isConstructorDeclaration(current) ? 'constructor' : current.name.getText(sourceFile);
      const ownerName = (ts.isClassLike(owner) || ts.isObjectLiteralExpression(owner)) && 'name' in owner && owner.name ? owner.name.getText(sourceFile) : undefined;
      return ownerName ? `${ownerName}.${member}` : member;
    }
    if (ts.isFunctionDeclaration(current) && current.name) return current.name.text;
    if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && ts.isVariableDeclaration(current.parent) && ts.isIdentifier(current.parent.name)) {
      return current.parent.name.text;
    }
    // `export const byEmail = sql\`...\``: a module-level constant names what its initialiser holds.
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name) && ts.isVariableStatement(current.parent.parent) && ts.isSourceFile(current.parent.parent.parent)) {
      return current.name.text;
    }
    return undefined;
  }

  function accessOf(node: TS.Node): Access {
    const parent = node.parent;
    if (ts.isBinaryExpression(parent) && parent.left === node && isAssignment(parent.operatorToken.kind)) return 'write';
    if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && /^(\+\+|--)$/.test(ts.tokenToString(parent.operator) ?? '')) return 'write';
    let operand = false;
    for (let current: TS.Node = node; current.parent; current = current.parent) {
      const up = current.parent;
      if (ts.isFunctionLike(up) || ts.isStatement(up)) break;
      // `where: eq(customers.email, x)`, `orderBy: [desc(customers.createdAt)]`: an operator call's operand in a query option.
      if (ts.isCallExpression(up) && up.expression !== current) operand = true;
      if (operand && ts.isPropertyAssignment(up) && up.initializer === current) {
        const key = ts.isIdentifier(up.name) ? up.name.text : '';
        if (key === 'where' || key === 'having') return 'filter';
        if (key === 'orderBy') return 'order';
      }
      if (ts.isCallExpression(up) && up.expression !== current && ts.isPropertyAccessExpression(up.expression)) {
        const method = up.expression.name.text;
        if (/^(where|andWhere|orWhere|having|andHaving|orHaving|on|andOn|orOn|whereIn|whereNot)$/.test(method)) return 'filter';
        if (/^(innerJoin|leftJoin|rightJoin|fullJoin|join)$/.test(method) && up.arguments[0] !== current) return 'filter';
        if (/^(orderBy|addOrderBy)$/.test(method)) return 'order';
        if (/^(set|values)$/.test(method)) return 'write';
      }
    }
    return 'read';
  }

  function chainOf(call: TS.CallExpression): Chain {
    let chain = chains.get(call);
    if (!chain) chains.set(call, (chain = chainFrom(call)));
    return chain;
  }

  function chainFrom(call: TS.CallExpression): Chain {
    const links: ChainLink[] = [];
    let expression: TS.Expression = call;
    while (ts.isCallExpression(expression)) {
      const callee: TS.Expression = expression.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        links.push({ name: callee.name.text, call: expression, args: expression.arguments });
        expression = callee.expression;
      } else {
        links.push({ name: ts.isIdentifier(callee) ? callee.text : '', call: expression, args: expression.arguments });
        return { root: callee, links: links.reverse() };
      }
    }
    return { root: expression, links: links.reverse() };
  }

  function stringOf(expression: TS.Expression): string | undefined {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
    if (ts.isIdentifier(expression)) {
      const declaration = declarationOf(expression);
      if (declaration && ts.isVariableDeclaration(declaration) && isConst(declaration) && declaration.initializer) {
        const init = declaration.initializer;
        if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) return init.text;
      }
    }
    return undefined;
  }
}

const NO_DECLARATIONS: ReadonlyMap<string, TS.Node> = new Map();

/**
 * Open `typeOf` questions past which the answer is unknown: chains are typed innermost first and never nest, but
 * a path through thousands of variables or parameters (`const q2 = q1.where(); const q3 = q2.where(); ...`) still
 * would. No code the scan reads nests a tenth as deep.
 */
const MAX_PENDING = 64;

/** Array types nested deeper than this (`T[][]...`, 64 deep) are no type the scan follows. */
const MAX_ARRAY_NESTING = 64;

/** The kinds `typeFirst` walks through to reach the calls an expression stands on. */
const onSpine = byKind(
  (node) =>
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node),
);

/** How many `of` links a type has below it (an `either` counts its deepest alternative): past `MAX_TYPE_DEPTH` the fold can never resolve it. */
function ofDepth(type: TypeExpr): number {
  let deepest = 0;
  const pending: { readonly type: TypeExpr; readonly depth: number }[] = [{ type, depth: 0 }];
  while (pending.length > 0) {
    const { type: current, depth } = pending.pop()!;
    if (!('of' in current)) deepest = Math.max(deepest, depth);
    else if (current.kind === 'either') for (const alternative of current.of) pending.push({ type: alternative, depth });
    else pending.push({ type: current.of, depth: depth + 1 });
  }
  return deepest;
}

/** Whether a node can name a symbol (`ownSymbolOf`): most nodes on a path up do not. */
const maySymbolise = byKind(
  (node) =>
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isVariableDeclaration(node),
);

/** Whether names can be declared directly in `node` (what `scopeDeclarations` reads): most nodes on a path up are not. */
const declaresNames = byKind(
  (node) =>
    ts.isFunctionLike(node) ||
    ts.isSourceFile(node) ||
    ts.isBlock(node) ||
    ts.isModuleBlock(node) ||
    ts.isCaseClause(node) ||
    ts.isDefaultClause(node) ||
    ts.isForOfStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForStatement(node) ||
    ts.isCatchClause(node),
);

/** `await Promise.all([a(), b()])`: the element written at `index` of the list, none after a spread. */
function promiseAllElement(initializer: TS.Expression, index: number): TS.Expression | undefined {
  let value = initializer;
  while (ts.isAwaitExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
  if (!ts.isCallExpression(value) || !ts.isPropertyAccessExpression(value.expression) || value.expression.name.text !== 'all') return undefined;
  if (!ts.isIdentifier(value.expression.expression) || value.expression.expression.text !== 'Promise') return undefined;
  const list = value.arguments[0];
  if (!list || !ts.isArrayLiteralExpression(list) || list.elements.slice(0, index + 1).some(ts.isSpreadElement)) return undefined;
  return list.elements[index];
}

/** React's state hooks, whose first element is the state: `useState<T>(initial)`, `React.useState(initial)`. */
const STATE_HOOKS: ReadonlySet<string> = new Set(['useState']);

/** `useState<Poll | null>(null)` or `React.useState(poll)`: the call, when the initializer is one. */
function stateHookOf(initializer: TS.Expression): TS.CallExpression | undefined {
  if (!ts.isCallExpression(initializer)) return undefined;
  const callee = initializer.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'React' ? callee.name.text : undefined;
  return name !== undefined && STATE_HOOKS.has(name) ? initializer : undefined;
}

/** The element type of a list: `Array<T>` is T. */
function elementOf(type: TypeExpr): TypeExpr {
  return type.kind === 'name' && type.name === 'Array' && type.args?.[0] ? type.args[0] : { kind: 'element', of: type };
}

function isConst(declaration: TS.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

function isAssignment(kind: TS.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** `a || b`, `a ?? b`: a value that is one of its two operands. */
function isFallback(kind: TS.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

export function enclosingClass(node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current;
  }
  return undefined;
}
