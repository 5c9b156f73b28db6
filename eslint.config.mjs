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
    // Imports run one way: app -> components -> lib (the Studio in sanity/ may use lib, e.g. the
    // compliance checker; lib uses only the Studio's generated types and public constants).
    // The local Content Lake is a development tool: nothing the site ships may import it.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {target: './lib', from: './app', message: 'lib/ must not import routes (app/).'},
            {target: './lib', from: './components', message: 'lib/ holds no JSX: move the shared logic into lib/.'},
            {target: './components', from: './app', message: 'components/ must not import routes (app/).'},
            {target: './lib', from: './sanity', except: ['./types.ts', './env.ts'], message: 'lib/ may use only the Studio\'s generated types and env constants.'},
            {target: ['./app', './components', './lib', './sanity'], from: './local-content-lake', message: 'The local Content Lake is a development and test tool; the site must not import it.'},
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
]

export default config
