import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import type { ExtractContext } from '../../extract/extract-context.js';
import { propertyValue } from '../../extract/decorators-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import { parameterKey, prismaModelKey } from '../../extract/prisma-args.js';
import type { Fact, FieldFact, ModelFact, TypeExpr } from '../../facts/file-facts.js';
import type { OrmAdapter } from '../orm-adapter.js';

const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);
const CLIENT_METHODS = /^(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)$/;
const ENTITY_METHODS = /^(findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|update|upsert|delete)$/;
/** Keys that nest a query inside a relation rather than name a field. */
const NESTED = /^(select|include|where|orderBy|data|create|createMany|update|upsert|connect|connectOrCreate|set|some|every|none|is|isNot|_count)$/;
const OPTION_ACCESS = { where: 'filter', cursor: 'filter', having: 'filter', select: 'read', include: 'read', omit: 'read', distinct: 'read', by: 'read', orderBy: 'order', data: 'write', create: 'write', update: 'write' } as const;
/** `OPTION_ACCESS` as pairs, listed once: every call of every file reads them. */
const OPTIONS = Object.entries(OPTION_ACCESS);

/**
 * Prisma: `schema.prisma` models (table `@@map` or the model name; column `@map` or the field name; relation
 * fields are not columns) and client calls `prisma.customer.findMany({ select, where, orderBy, data })`.
 */
export const prismaAdapter: OrmAdapter = {
  name: 'prisma',
  extensions: ['.prisma'],
  readFile: (file, text) => readPrismaSchema(file, text),
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, context) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    if (MOCKS.test(node.expression.name.text)) return mockSites(node, context);
    const model = clientModel(node.expression);
    const wrapped = wrapperSites(node, model, context);
    if (!model || !CLIENT_METHODS.test(node.expression.name.text)) return wrapped;
    return [...clientSites(node, orWrapper(model, node.expression, 0, context), context), ...wrapped];
  },
  typeOfCall(call, context) {
    if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
    const model = clientModel(call.expression);
    const method = call.expression.name.text;
    if (!model) return undefined;
    const rows: TypeExpr | undefined = ENTITY_METHODS.test(method) ? model : method === 'findMany' ? { kind: 'name', name: 'Array', args: [model] } : undefined;
    if (!rows) return undefined;
    // `this.customerRepository.findMany(...)`: no client's model, a repository's method; what the method gives.
    const receiver = wrapperReceiver(call.expression, context);
    return receiver ? { kind: 'either', of: [rows, { kind: 'member', of: receiver, property: `${method}()` }] } : rows;
  },
  typeOfImport(imported, module) {
    if (!PRISMA_CLIENT_MODULES.test(module)) return undefined;
    // `Prisma.UserGetPayload<{ include: { posts: true } }>`: a row of `User` as a query with those options returns it.
    const model = /^[A-Z]\w*$/.test(imported) ? imported : /^Prisma\.([A-Z]\w*)GetPayload$/.exec(imported)?.[1];
    return model === undefined ? undefined : { kind: 'model', key: prismaModelKey(model) };
  },
};

/** The receiver of `recv.method(...)` when a declaration types it (a class member, a parameter): a repository, say. */
function wrapperReceiver(callee: TS.PropertyAccessExpression, context: ExtractContext): TypeExpr | undefined {
  const receiver = context.typeOf(callee.expression);
  return receiver?.kind === 'name' || receiver?.kind === 'member' ? receiver : undefined;
}

/** A client call's model, or (when no model has that name) the query-args parameter of the receiver's method. */
function orWrapper(model: TypeExpr, callee: TS.PropertyAccessExpression, index: number, context: ExtractContext): TypeExpr {
  const receiver = wrapperReceiver(callee, context);
  return receiver ? { kind: 'either', of: [model, { kind: 'member', of: receiver, property: parameterKey(callee.name.text, index) }] } : model;
}

/**
 * `this.alertDefinitionRepository.findMany({ select: { label: true } }, projectIds)`, `this.repo.updateById(id, { data })`:
 * a query's arguments handed to a method of a typed receiver, read as a client call's are, on the parameter's type
 * (`prismaArgsModel`, recorded in the class fact under `parameterKey`); it resolves only where that class declares the
 * parameter so. The first argument of a client-named call (`findMany`) is read with the client's model
 * (`clientSites`, `orWrapper`); every other object literal argument here.
 */
function wrapperSites(call: TS.CallExpression, model: TypeExpr | undefined, context: ExtractContext): Fact[] {
  const callee = call.expression as TS.PropertyAccessExpression;
  const sites: Fact[] = [];
  let receiver: TypeExpr | undefined;
  call.arguments.forEach((argument, index) => {
    if ((index === 0 && model && CLIENT_METHODS.test(callee.name.text)) || !ts.isObjectLiteralExpression(argument)) return;
    receiver ??= wrapperReceiver(callee, context);
    if (!receiver) return;
    const owner: TypeExpr = { kind: 'member', of: receiver, property: parameterKey(callee.name.text, index) };
    for (const [key, access] of OPTIONS) {
      sites.push(...readQueryObject(propertyValue(argument, key), { owner, access, adapter: 'prisma', context, transparent: NESTED }));
    }
  });
  return sites;
}

/**
 * The modules Prisma's generators write model types to: `@prisma/client` (and its `.prisma/client` output), and the
 * `generated/prisma` folder of the `prisma-client` generator's documented output (`./generated/prisma/client`,
 * `@/generated/prisma`). Another output folder is read by the model's name, as any type named like a model.
 */
const PRISMA_CLIENT_MODULES = /^(@prisma\/client|\.prisma\/client)(\/.*)?$|(^|\/)generated\/prisma(\/(client|models|browser|index))?$/;

/** A test's stand-in result for a client call: `prismaMock.customer.findUnique.mockResolvedValue({ ... })`. */
const MOCKS = /^(mockResolvedValue|mockResolvedValueOnce|mockReturnValue|mockReturnValueOnce)$/;

/**
 * The rows a test makes a mocked client call return are rows of its model: `prisma.customer.findMany.mockResolvedValue([{ ... }])`,
 * `vi.mocked(prisma.customer.findUnique).mockResolvedValueOnce({ ... })`, `jest.mocked(...)`. Each key is written.
 */
function mockSites(call: TS.CallExpression, context: ExtractContext): Fact[] {
  let mocked: TS.Expression = (call.expression as TS.PropertyAccessExpression).expression;
  if (ts.isCallExpression(mocked) && mocked.arguments[0] && ts.isPropertyAccessExpression(mocked.expression) && mocked.expression.name.text === 'mocked') {
    mocked = mocked.arguments[0];
  }
  if (!ts.isPropertyAccessExpression(mocked) || !CLIENT_METHODS.test(mocked.name.text)) return [];
  const owner = clientModel(mocked);
  const rows = call.arguments[0];
  if (!owner || !rows) return [];
  return readQueryObject(rows, { owner, access: 'write', adapter: 'prisma', context, value: true });
}

/** `prisma.customer.findMany` -> model `prisma:customer`; `this.prisma.customer...`, `tx.customer...` alike. */
function clientModel(callee: TS.PropertyAccessExpression): TypeExpr | undefined {
  const holder = callee.expression;
  if (!ts.isPropertyAccessExpression(holder) || holder.name.text === 'query') return undefined;
  return { kind: 'model', key: `prisma:${holder.name.text}` };
}

function clientSites(call: TS.CallExpression, owner: TypeExpr, context: ExtractContext): Fact[] {
  const options = call.arguments[0];
  const sites: Fact[] = [];
  for (const [key, access] of OPTIONS) {
    sites.push(...readQueryObject(propertyValue(options, key), { owner, access, adapter: 'prisma', context, transparent: NESTED }));
  }
  return sites;
}

/** Reads the models of a Prisma schema file; pure and line-based, as the schema language is. */
export function readPrismaSchema(file: string, text: string): Fact[] {
  const lines = text.split(/\r?\n/);
  const enums = new Set([...text.matchAll(/^\s*(?:enum|type)\s+(\w+)\s*\{/gm)].map((match) => match[1]!));
  const models: ModelFact[] = [];
  let current: { name: string; line: number; fields: FieldFact[]; table?: string; schema?: string } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const open = /^model\s+(\w+)\s*\{/.exec(line);
    if (open) {
      current = { name: open[1]!, line: index + 1, fields: [] };
      return;
    }
    if (!current) return;
    if (line.startsWith('}')) {
      models.push({
        kind: 'model',
        adapter: 'prisma',
        key: prismaModelKey(current.name),
        name: current.name,
        location: { file, line: current.line, column: 1 },
        fields: current.fields,
        ...(current.table === undefined ? {} : { table: current.table }),
        ...(current.schema === undefined ? {} : { schema: current.schema }),
      });
      current = undefined;
      return;
    }
    const tableMap = /^@@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(line);
    if (tableMap) current.table = tableMap[1]!;
    const schemaMap = /^@@schema\(\s*"([^"]+)"/.exec(line);
    if (schemaMap) current.schema = schemaMap[1]!;
    const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
    if (!field || line.startsWith('@')) return;
    const [, property, type, , , attributes] = field as unknown as [string, string, string, string, string, string];
    const location = { file, line: index + 1, column: raw.indexOf(property) + 1 };
    const symbol = `${current.name}.${property}`;
    if (!SCALARS.has(type) && !enums.has(type)) {
      const target = prismaModelKey(type);
      current.fields.push({ property, location, symbol, relation: { target: { kind: 'model', key: target }, join: false } });
      return;
    }
    const mapped = /@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(attributes);
    current.fields.push({ property, location, symbol, ...(mapped ? { column: mapped[1]! } : {}) });
  });
  return models;
}
