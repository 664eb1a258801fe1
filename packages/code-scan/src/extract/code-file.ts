/** Files the TypeScript parser reads: TypeScript and JavaScript, modules and JSX included, and Vue components' scripts. */
export const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue)$/;
