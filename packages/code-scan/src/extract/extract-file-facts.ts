import type { Diagnostic } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { OrmAdapter } from '../adapters/orm-adapter.js';
import type { ClassFact, Fact, FileFacts, TypeExpr } from '../facts/file-facts.js';
import { createExtractContext, type ExtractContext } from './extract-context.js';

const TS_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/**
 * Reads one file into facts: TypeScript/JavaScript files are parsed (syntax only, no Program, no checker) and
 * walked once, every node offered to every adapter; other files go whole to the adapter that claims their
 * extension. Depends on nothing but the file's path and text, so its result is cached by content hash.
 */
export function extractFileFacts(file: string, text: string, adapters: readonly OrmAdapter[]): FileFacts {
  const facts: Fact[] = [];
  if (TS_FILE.test(file)) walkTypeScript(file, text, adapters, facts);
  else {
    for (const adapter of adapters) {
      if (adapter.readFile && adapter.extensions?.some((extension) => file.endsWith(extension))) facts.push(...adapter.readFile(file, text));
    }
  }
  return foldFacts(file, facts);
}

function walkTypeScript(file: string, text: string, adapters: readonly OrmAdapter[], facts: Fact[]): void {
  const kind = /\.(tsx|jsx)$/.test(file) ? ts.ScriptKind.TSX : /\.(js|mjs|cjs)$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  // No adapter reads JSDoc: skipping it saves about a twentieth of the parse.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sourceFile = ts.createSourceFile(file, text, options, true, kind);
  const parseDiagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = parseDiagnostics[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    facts.push({
      kind: 'diagnostic-fact',
      diagnostic: {
        kind: 'diagnostic',
        code: 'code/syntax-error',
        message: `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')} (the rest of the file is scanned as recovered)`,
        location: { file, line: line + 1, column: character + 1 },
      },
    });
  }
  const visitorsOf = visitorsByKind(adapters);
  const callTypers = adapters.filter((adapter) => adapter.typeOfCall);
  const context = createExtractContext(file, sourceFile, (call, ctx) => {
    for (const adapter of callTypers) {
      const type = adapter.typeOfCall!(call, ctx);
      if (type) return type;
    }
    return undefined;
  });
  const visit = (node: TS.Node): void => {
    for (const adapter of visitorsOf[node.kind]!) {
      const found = adapter.visit!(node, context);
      if (found) for (const fact of found) facts.push(fact);
    }
    if (ts.isClassDeclaration(node) && node.name) facts.push(classFactOf(node, node.name.text, context));
    else if (ts.isPropertyAccessExpression(node)) {
      const site = propertySiteOf(node, context);
      if (site) facts.push(site);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}

const visitorTables = new WeakMap<readonly OrmAdapter[], readonly (readonly OrmAdapter[])[]>();

/** For each syntax kind, the adapters whose `visit` answers for it, in registry order. */
function visitorsByKind(adapters: readonly OrmAdapter[]): readonly (readonly OrmAdapter[])[] {
  let table = visitorTables.get(adapters);
  if (!table) {
    table = Array.from({ length: ts.SyntaxKind.Count }, (_, kind) => adapters.filter((adapter) => adapter.visit && (!adapter.kinds || adapter.kinds.includes(kind))));
    visitorTables.set(adapters, table);
  }
  return table;
}

/** `customer.email`, `this.order.customer.email = x`: a property read or write on a typed receiver. */
function propertySiteOf(node: TS.PropertyAccessExpression, context: ExtractContext): Fact | undefined {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return undefined;
  const owner = context.typeOf(node.expression);
  if (!owner) return undefined;
  const symbol = context.symbolOf(node);
  return {
    kind: 'property-site',
    owner,
    path: [node.name.text],
    access: context.accessOf(node),
    location: context.locationOf(node.name),
    ...(symbol === undefined ? {} : { symbol }),
  };
}

function classFactOf(node: TS.ClassDeclaration, name: string, context: ExtractContext): ClassFact {
  const properties: Record<string, TypeExpr> = {};
  for (const member of node.members) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
      const type = member.type ? context.typeOfNode(member.type) : member.initializer ? context.typeOf(member.initializer) : undefined;
      if (type) properties[member.name.text] = type;
    }
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (ts.isIdentifier(parameter.name) && parameter.type && ts.getModifiers(parameter)?.length) {
          const type = context.typeOfNode(parameter.type);
          if (type) properties[parameter.name.text] = type;
        }
      }
    }
  }
  const base = node.heritageClauses
    ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
    ?.types[0]?.expression;
  return { kind: 'class', name, properties, ...(base && ts.isIdentifier(base) ? { base: base.text } : {}) };
}

function foldFacts(file: string, facts: readonly Fact[]): FileFacts {
  const diagnostics: Diagnostic[] = [];
  const result = { file, models: [], classes: [], sites: [], settings: [], diagnostics } as {
    file: string;
    models: FileFacts['models'][number][];
    classes: ClassFact[];
    sites: FileFacts['sites'][number][];
    settings: FileFacts['settings'][number][];
    diagnostics: Diagnostic[];
  };
  for (const fact of facts) {
    if (fact.kind === 'model') result.models.push(fact);
    else if (fact.kind === 'class') result.classes.push(fact);
    else if (fact.kind === 'setting') result.settings.push(fact);
    else if (fact.kind === 'diagnostic-fact') diagnostics.push(fact.diagnostic);
    else result.sites.push(fact);
  }
  return result;
}
