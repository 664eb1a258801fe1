// One flat config for every package: typescript-eslint's recommended rules plus the layering Ripple keeps:
// the model imports nothing of ours, libraries never import the reporter.
import tseslint from 'typescript-eslint';

const layering = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'Layering: see ARCHITECTURE.md.' })) }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'fixtures/**', '**/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not an enum.' }],
    },
  },
  { files: ['packages/model/**'], rules: layering(['@ripple/*', 'pg', '@electric-sql/*', 'ts-morph', 'node:fs*']) },
  { files: ['packages/db-schema/**', 'packages/code-scan/**', 'packages/openapi-diff/**'], rules: layering(['@ripple/reporter']) },
);
