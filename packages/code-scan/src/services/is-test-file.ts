/** Test folders, fixture and seed folders, by name. */
const TEST_DIR = /(^|\/)(__tests__|__mocks__|tests?|e2e|spec|fixtures|__fixtures__|seeds?|factories|playwright|cypress)\//;
/** `*.test.ts`, `*.spec.js`, `*.e2e-spec.ts`, `*.factory.ts`, `*.seed.ts`, `*.fixture.ts`. */
const TEST_NAME = /\.(test|spec|e2e-spec|e2e|factory|fixtures?|seed)\.[mc]?[jt]sx?$/;
/** A seed script by Prisma's convention (`prisma/seed.ts`, formbricks' `packages/database/src/seed.ts`). */
const SEED_FILE = /(^|\/)seed\.[mc]?[jt]sx?$/;

/**
 * Whether a file (relative, `/`-separated) is a test, a test fixture or a seed/factory: it builds rows or entities
 * with the column and breaks with it, but is reported apart (`test` consumers), not as the product's code.
 */
export function isTestFile(file: string): boolean {
  return TEST_DIR.test(file) || TEST_NAME.test(file) || SEED_FILE.test(file);
}
