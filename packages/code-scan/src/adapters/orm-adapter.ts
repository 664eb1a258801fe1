import type { ts } from 'ts-morph';
import type { Fact, FieldFact, ModelFact, TypeExpr } from '../facts/file-facts.js';
import type { ExtractContext } from '../extract/extract-context.js';

/** Service-wide switches found in code (`typeorm.naming` = `snake`), by name. */
export type Settings = ReadonlyMap<string, string>;

/**
 * One ORM (or raw SQL) as a plugin of the scan. The core owns the one traversal of each file and hands every
 * node to `visit`; adapters answer with facts (data), never with usages: the service-wide fold in `resolve/`
 * turns facts into usages once every file has been read. Adding an ORM is adding a folder and a registry line.
 */
export interface OrmAdapter {
  /** Kebab-case id, the `adapter` of the usages it finds: `typeorm`, `raw-sql`. */
  readonly name: string;
  /** Whole non-TypeScript files the adapter reads, by extension: `.prisma`, `.sql`. */
  readonly extensions?: readonly string[];
  /** Reads one such file. */
  readFile?(file: string, text: string): readonly Fact[];
  /** Called for every node of every TypeScript file, in source order (of the `kinds` only, when given). */
  visit?(node: ts.Node, context: ExtractContext): readonly Fact[] | undefined;
  /** The node kinds `visit` answers for: the walk skips the call for the others (most nodes are identifiers). */
  readonly kinds?: readonly ts.SyntaxKind[];
  /**
   * Words every fact of `visit` on the `kinds` given here (all of `kinds` when none) and every answer of `typeOfCall`
   * needs in the file's text (`selectFrom`, `supabase`, `@medusajs/`): in a file with no match, neither is called for
   * those nodes. A property of the text alone, as the cached facts are; it must never drop a fact, so a file whose text
   * has an escape (`\u0073electFrom` is the name `selectFrom`) is always visited (`gatedAdapters`).
   */
  readonly needs?: { readonly words: RegExp; readonly kinds?: readonly ts.SyntaxKind[] };
  /** The type of a call the adapter knows: `repo.findOne(...)` is an entity, `getRepository(X)` a repository. */
  typeOfCall?(call: ts.CallExpression, context: ExtractContext): TypeExpr | undefined;
  /**
   * The type a name imported from the ORM's own module stands for, when the ORM generates it per model: `import type
   * { User } from '@prisma/client'` is model `User`, exactly (not a type that only shares its name). A member of an
   * imported namespace comes as `Namespace.Member` (`Prisma.UserGetPayload`).
   */
  typeOfImport?(imported: string, module: string): TypeExpr | undefined;
  /** The table a model maps when it does not name one, by the ORM's naming rules. */
  tableName?(model: ModelFact, settings: Settings): string;
  /** The column a field maps when it does not name one, by the ORM's naming rules. */
  columnName?(field: FieldFact, model: ModelFact, settings: Settings): string;
  /** The database name of a table or column a query builder names in code (Kysely's `CamelCasePlugin`). */
  siteName?(name: string, settings: Settings): string;
}
