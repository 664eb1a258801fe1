/** A file's module path, the file without its extension: `src/a/data.ts` -> `src/a/data`. */
export function moduleOfFile(file: string): string {
  return file.replace(/\.(d\.)?(m|c)?(j|t)sx?$/, '');
}

/** Whether `file` is the module `module` names (`src/a/data`, or a suffix `/a/data`): itself with an extension, or its `index`. */
export function isModuleFile(file: string, module: string): boolean {
  const bare = moduleOfFile(file).replace(/\/index$/, '');
  return module.startsWith('/') ? bare === module.slice(1) || bare.endsWith(module) : bare === module;
}

/** `default:src/services/account.service` of a module path (its `index` is the folder): a module's default export as flow nodes name it. */
export function defaultModuleNode(path: string): string {
  return `default:${path.replace(/\/index$/, '')}`;
}
