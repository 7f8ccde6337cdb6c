import globals from 'globals';
import root from '../eslint.config.mjs';

// The tools project is the generators (the local Nx plugin @luotsi/tools): only they are linted
// here. The other folders of tools/ (scripts, shared Vite configuration, benchmarks) are plain
// root scripts outside this project, and the templates under files/ are not code until generated.
export default [
  { ignores: ['*', '!generators/', '!vite.config.ts', 'generators/**/files/'] },
  ...root,
  {
    // Nx's CommonJS entry to the TypeScript generator (see generators/module/index.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
