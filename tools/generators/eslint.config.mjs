import globals from 'globals';
import root from '../../eslint.config.mjs';

// The generators (the local Nx plugin @luotsi/tools); the templates under files/ are not code
// until generated.
export default [
  { ignores: ['**/files/'] },
  ...root,
  {
    // Nx's CommonJS entry to the TypeScript generator (see generators/module/index.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
