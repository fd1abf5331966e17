import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', '**/*.js', '**/*.mjs', 'test/**/fixtures/**', 'test/**/golden/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'error',
    },
  },
  { files: ['src/cli/**', 'scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
  // one instance of Arquero: src/model/arquero.ts is its only door (type imports of the package's entry are fine)
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ignores: ['src/model/arquero.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'arquero', message: 'import Arquero from src/model/arquero.ts', allowTypeImports: true }] }] },
  },
);
