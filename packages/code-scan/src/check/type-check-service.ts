import { resolve, sep } from 'node:path';
import type { Diagnostic, Location } from '@ripple/model';
import { Project, ts } from 'ts-morph';
import { findTsconfig } from './find-tsconfig.js';

/** How many type errors one file reports; the rest are counted in one more diagnostic. */
export const TYPE_ERRORS_PER_FILE = 10;

/**
 * TypeScript 6 (the one ts-morph bundles) changed these defaults; a tsconfig that does not set them gets TypeScript
 * 5's, as the service's own `tsc` (5.x) reads it: not strict, every `@types` package, side-effect imports unchecked.
 */
const TYPESCRIPT_5_DEFAULTS: ts.CompilerOptions = { strict: false, types: ['*'], noUncheckedSideEffectImports: false };

/** Without a tsconfig.json: what real services need to compile (decorators, `.js` or bare relative imports). */
const DEFAULT_OPTIONS: ts.CompilerOptions = {
  strict: false,
  noUncheckedSideEffectImports: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
};

const CHECKED = /\.(ts|tsx|mts|cts)$/;

/** Projects by the tsconfig.json they were built from (`''` for none), shared by the services of one scan. */
export type ProjectCache = Map<string, Project>;

/**
 * `code/type-error`: TypeScript's semantic diagnostics for a service's files, from a ts-morph Project (its bundled
 * TypeScript, never the user's) built from the tsconfig.json that governs the service (its own, else the nearest
 * above it: services under one root tsconfig share one Project, as one `tsc -p`), else from its files and
 * declaration files with default options. Only files the scan lists are reported, at most `TYPE_ERRORS_PER_FILE`
 * each; in a file with a syntax error only the lines above it. A tsconfig that cannot be read is one diagnostic naming it.
 */
export function typeCheckService(
  root: string,
  serviceDir: string,
  files: readonly string[],
  declarations: readonly string[],
  projects: ProjectCache,
): readonly Diagnostic[] {
  const tsconfig = findTsconfig(root, serviceDir);
  const diagnostics: Diagnostic[] = [];
  let project = projects.get(tsconfig ?? '');
  if (!project) {
    const file = tsconfig ?? 'tsconfig.json';
    const configError = (message: string): Diagnostic => ({ kind: 'diagnostic', code: 'code/type-error', message: `${file}:1: ${message}`, location: { file, line: 1, column: 1 } });
    try {
      project = tsconfig === undefined ? new Project({ compilerOptions: DEFAULT_OPTIONS }) : projectOf(resolve(root, tsconfig));
    } catch (error) {
      return [configError(`the service is not type-checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)];
    }
    projects.set(tsconfig ?? '', project);
    // What `tsc -p` says of the tsconfig itself (a missing `extends`, an unknown option), once per tsconfig. Not its
    // "no inputs" (the files are then added) nor option deprecations, which differ between TypeScript 5 and 6.
    for (const diagnostic of project.getConfigFileParsingDiagnostics()) {
      const raw = diagnostic.compilerObject;
      if (raw.code !== 18003) diagnostics.push(configError(`TS${raw.code} ${messageOf(raw, root)}`));
    }
  }
  const wanted = new Map(files.filter((file) => CHECKED.test(file)).map((file) => [resolve(root, file).split(sep).join('/'), file] as const));
  // Without a tsconfig, or one that includes none of the files (solution-style, `"files": []` and references): the
  // service's files are added, checked with its options.
  const included = tsconfig !== undefined && [...wanted.keys()].some((path) => project.getSourceFile(path) !== undefined);
  if (!included) project.addSourceFilesAtPaths([...wanted.keys(), ...declarations.filter((file) => /\.d\.[mc]?ts$/.test(file)).map((file) => resolve(root, file))]);
  const program = project.getProgram().compilerObject;
  for (const sourceFile of program.getSourceFiles()) {
    const file = wanted.get(sourceFile.fileName);
    if (file === undefined) continue;
    // After a syntax error the tree is a recovery: errors from its line on are artefacts (`tsc` reports none then).
    const syntax = program.getSyntacticDiagnostics(sourceFile)[0];
    const end = syntax?.start === undefined ? Infinity : sourceFile.getLineAndCharacterOfPosition(syntax.start).line;
    const found = program
      .getSemanticDiagnostics(sourceFile)
      .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.start !== undefined)
      .filter((diagnostic) => sourceFile.getLineAndCharacterOfPosition(diagnostic.start!).line < end);
    for (const diagnostic of found.slice(0, TYPE_ERRORS_PER_FILE)) {
      const location = locationOf(sourceFile, file, diagnostic.start!);
      diagnostics.push({
        kind: 'diagnostic',
        code: 'code/type-error',
        message: `${file}:${location.line}:${location.column}: TS${diagnostic.code} ${messageOf(diagnostic, root)}`,
        location,
      });
    }
    const omitted = found[TYPE_ERRORS_PER_FILE];
    if (omitted) {
      const location = locationOf(sourceFile, file, omitted.start!);
      diagnostics.push({
        kind: 'diagnostic',
        code: 'code/type-error',
        message: `${file}:${location.line}:${location.column}: ${found.length - TYPE_ERRORS_PER_FILE} more TypeScript errors in this file, not listed`,
        location,
      });
    }
  }
  return diagnostics;
}

function projectOf(tsconfig: string): Project {
  const project = new Project({ tsConfigFilePath: tsconfig });
  const options = project.compilerOptions.get();
  const unset = Object.entries(TYPESCRIPT_5_DEFAULTS).filter(([name]) => options[name] === undefined);
  if (unset.length > 0) project.compilerOptions.set(Object.fromEntries(unset));
  return project;
}

/** TypeScript's message, with paths relative to the root: a report holds no absolute paths. */
function messageOf(diagnostic: ts.Diagnostic, root: string): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').split(`${resolve(root).split(sep).join('/')}/`).join('');
}

function locationOf(sourceFile: ts.SourceFile, file: string, position: number): Location {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
  return { file, line: line + 1, column: character + 1 };
}
