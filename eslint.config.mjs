import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-scale/**', '.next-measure/**', '.next-edit/**', '.next-e2e-sanity/**', '.local-content-lake/**', 'node_modules/**', 'sanity/dist/**', 'sanity/types.ts', 'next-env.d.ts', 'test-results/**', 'bench-results/**', 'dist/**'],
  },
  {
    // CommonJS by necessity: next.config.js loads these with require().
    files: ['next.config.js', 'lib/http/*.js'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
]

export default config
