// Builds the one package users install: the `ripple` CLI bundled by esbuild into dist/ (our five workspace packages
// inlined, every third-party package left as a dependency), the catalog queries beside it, and a check that this
// package declares every third-party package the bundle imports, at the version the workspace uses.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(dirname(here));
const dist = join(here, 'dist');
const WORKSPACE_PACKAGES = ['packages/model', 'packages/db-schema', 'packages/code-scan', 'packages/openapi-diff', 'apps/reporter'];

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Bare imports of third-party packages stay imports; `@ripple/*` and relative files are bundled. */
const externalThirdParty = (imported: Set<string>): Plugin => ({
  name: 'external-third-party',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return { path: args.path, external: true };
      if (args.path.startsWith('@ripple/')) return undefined;
      imported.add(packageName(args.path));
      return { path: args.path, external: true };
    });
  },
});

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

/** Every third-party runtime dependency of the workspace packages, with the version range they declare. */
async function workspaceDependencies(): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  for (const dir of WORKSPACE_PACKAGES) {
    const manifest = await readJson(join(root, dir, 'package.json'));
    for (const [name, range] of Object.entries((manifest['dependencies'] ?? {}) as Record<string, string>)) {
      if (!range.startsWith('workspace:')) versions.set(name, range);
    }
  }
  return versions;
}

async function main(): Promise<void> {
  await rm(dist, { recursive: true, force: true });
  const imported = new Set<string>();
  await build({
    // The extract worker is an entry of its own, written beside the chunk that starts it (found by import.meta.url).
    entryPoints: { ripple: join(root, 'apps/reporter/src/bin.ts'), 'extract-worker': join(root, 'packages/code-scan/src/scan/extract-worker.ts') },
    bundle: true,
    // Chunks keep dynamic imports lazy: a warm scan answered from the cache never loads TypeScript.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dist,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [externalThirdParty(imported)],
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __rippleCreateRequire } from 'node:module'; const require = __rippleCreateRequire(import.meta.url);" },
  });
  // The catalog queries are read from files beside the module that runs them.
  await mkdir(join(dist, 'queries'), { recursive: true });
  await cp(join(root, 'packages/db-schema/src/introspect/queries'), join(dist, 'queries'), { recursive: true });

  const manifest = await readJson(join(here, 'package.json'));
  const declared = (manifest['dependencies'] ?? {}) as Record<string, string>;
  const workspace = await workspaceDependencies();
  // Every runtime dependency of the workspace packages ships: some are loaded with createRequire at run time
  // (db-migrate's driver, flow-remove-types, ts-morph), which the bundler cannot see.
  const problems: string[] = [];
  for (const name of [...new Set([...imported, ...workspace.keys()])].sort()) {
    const wanted = workspace.get(name);
    if (declared[name] === undefined) problems.push(`${name} is ${wanted === undefined ? 'imported by the bundle' : `a dependency of a workspace package (${wanted})`} but not a dependency of ripple-impact`);
    else if (wanted !== undefined && declared[name] !== wanted) problems.push(`${name}: ripple-impact declares ${declared[name]}, the workspace packages ${wanted}`);
  }
  for (const name of Object.keys(declared).sort()) {
    if (!imported.has(name) && !workspace.has(name)) problems.push(`${name} is a dependency of ripple-impact but neither the bundle nor a workspace package uses it`);
  }
  if (problems.length > 0) {
    process.stderr.write(`apps/ripple-impact/package.json: dependencies do not match the bundle:\n  ${problems.join('\n  ')}\n`);
    process.exitCode = 1;
    return;
  }
  await writeFile(join(dist, 'externals.json'), `${JSON.stringify([...imported].sort(), null, 2)}\n`);
}

await main();
