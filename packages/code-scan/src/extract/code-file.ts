/** Files the TypeScript parser reads: TypeScript and JavaScript, modules and JSX included. */
export const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
