import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import type { Diagnostic, Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../extract/typescript.js';
import { findTsconfig } from './find-tsconfig.js';

/** How many type errors one file reports; the rest are counted in one more diagnostic. */
export const TYPE_ERRORS_PER_FILE = 10;

/**
 * TypeScript 6 (the one ts-morph bundles) changed these defaults; a tsconfig that does not set them gets TypeScript
 * 5's, as the service's own `tsc` (5.x) reads it: not strict, every `@types` package, side-effect imports unchecked.
 */
const TYPESCRIPT_5_DEFAULTS: TS.CompilerOptions = { strict: false, types: ['*'], noUncheckedSideEffectImports: false };

/** Without a tsconfig.json: what real services need to compile (decorators, `.js` or bare relative imports). */
const DEFAULT_OPTIONS: TS.CompilerOptions = {
  ...TYPESCRIPT_5_DEFAULTS,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
};

const CHECKED = /\.(ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.[mc]?ts$/;

/** One program's inputs: a tsconfig's options and files, grown by the files of services it does not include. */
interface CheckProject {
  readonly options: TS.CompilerOptions;
  readonly rootNames: Set<string>;
  readonly host: TS.CompilerHost;
  program: TS.Program | undefined;
}

/** Projects by the tsconfig.json they were read from (`''` for none), shared by the services of one scan. */
export type ProjectCache = Map<string, CheckProject>;

/**
 * `code/type-error`: TypeScript's semantic diagnostics for a service's files, from one Program of ts-morph's bundled
 * TypeScript (never the user's; lib files from ts-morph too) built from the tsconfig.json that governs the service
 * (its own, else the nearest above it: services under one root tsconfig share one Program, as one `tsc -p`), else
 * from its files and declaration files with default options. Only files the scan lists are reported, at most
 * `TYPE_ERRORS_PER_FILE` each; in a file with a syntax error only the lines above it. What TypeScript says of the
 * tsconfig itself (a missing `extends`) is reported once, at the tsconfig.
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
    const read = tsconfig === undefined ? { options: DEFAULT_OPTIONS, fileNames: [], errors: [] } : readTsconfig(resolve(root, tsconfig));
    const file = tsconfig ?? 'tsconfig.json';
    // Not "no inputs" (the service's files are then added) nor option deprecations, which differ between TypeScript 5 and 6.
    for (const error of read.errors) {
      if (error.code !== 18003) diagnostics.push({ kind: 'diagnostic', code: 'code/type-error', message: `${file}:1: TS${error.code} ${messageOf(error, root)}`, location: { file, line: 1, column: 1 } });
    }
    if (!read.options) return diagnostics;
    project = { options: read.options, rootNames: new Set(read.fileNames.map(standard)), host: compilerHost(read.options, resolve(root, serviceDir)), program: undefined };
    projects.set(tsconfig ?? '', project);
  }
  const wanted = new Map(files.filter((file) => CHECKED.test(file)).map((file) => [standard(resolve(root, file)), file] as const));
  // Without a tsconfig, or one that includes none of the files (solution-style, `"files": []` and references): the
  // service's files are added, checked with its options.
  if (![...wanted.keys()].some((path) => project.rootNames.has(path))) {
    for (const path of [...wanted.keys(), ...declarations.filter((file) => DECLARATION.test(file)).map((file) => standard(resolve(root, file)))]) project.rootNames.add(path);
    project.program = undefined;
  }
  project.program ??= ts.createProgram({ rootNames: [...project.rootNames], options: project.options, host: project.host });
  const program = project.program;
  for (const sourceFile of program.getSourceFiles()) {
    const file = wanted.get(standard(sourceFile.fileName));
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

/** A tsconfig's options (TypeScript 5's defaults where it is silent), files and errors; no options when unreadable. */
function readTsconfig(path: string): { readonly options?: TS.CompilerOptions; readonly fileNames: readonly string[]; readonly errors: readonly TS.Diagnostic[] } {
  let fatal: TS.Diagnostic | undefined;
  const parsed = ts.getParsedCommandLineOfConfigFile(path, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => (fatal = diagnostic) });
  if (!parsed) return { fileNames: [], errors: fatal ? [fatal] : [] };
  const unset = Object.entries(TYPESCRIPT_5_DEFAULTS).filter(([name]) => parsed.options[name] === undefined);
  return { options: { ...parsed.options, ...Object.fromEntries(unset), noEmit: true }, fileNames: parsed.fileNames, errors: parsed.errors };
}

/**
 * The bundled TypeScript's host on the real file system, with the lib files ts-morph ships (its TypeScript has none
 * beside it). Not a ts-morph Project: its source files do not carry their module format, so in a `"type": "module"`
 * package under `module: NodeNext` every file would be read as CommonJS (ts-morph issue #1446, false TS1470).
 */
function compilerHost(options: TS.CompilerOptions, currentDirectory: string): TS.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, realpath } = host;
  const libs = libFiles();
  host.getDefaultLibLocation = () => libs.dir;
  host.getDefaultLibFileName = (compilerOptions) => `${libs.dir}/${ts.getDefaultLibFileName(compilerOptions)}`;
  host.fileExists = (file) => libs.texts.has(file) || fileExists.call(host, file);
  host.readFile = (file) => libs.texts.get(file) ?? readFile.call(host, file);
  host.realpath = (file) => (libs.texts.has(file) || !realpath ? file : realpath.call(host, file));
  // Without a tsconfig, `@types` are looked up from the service's folder.
  if (options.configFilePath === undefined) host.getCurrentDirectory = () => currentDirectory;
  return host;
}

let libs: { readonly dir: string; readonly texts: ReadonlyMap<string, string> } | undefined;

/** The lib files of ts-morph's bundled TypeScript (`@ts-morph/common`, which ts-morph depends on), by their in-memory path. */
function libFiles(): { readonly dir: string; readonly texts: ReadonlyMap<string, string> } {
  if (libs) return libs;
  const common = createRequire(createRequire(import.meta.url).resolve('ts-morph'))('@ts-morph/common') as {
    readonly libFolderInMemoryPath: string;
    getLibFiles(): readonly { readonly fileName: string; readonly text: string }[];
  };
  const dir = common.libFolderInMemoryPath;
  libs = { dir, texts: new Map(common.getLibFiles().map((lib) => [`${dir}/${lib.fileName}`, lib.text])) };
  return libs;
}

function standard(path: string): string {
  return path.split(sep).join('/');
}

/** TypeScript's message, with paths relative to the root: a report holds no absolute paths. */
function messageOf(diagnostic: TS.Diagnostic, root: string): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').split(`${standard(resolve(root))}/`).join('');
}

function locationOf(sourceFile: TS.SourceFile, file: string, position: number): Location {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
  return { file, line: line + 1, column: character + 1 };
}
