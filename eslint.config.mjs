import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The layers of lib/ (lib/README.md). The platform imports no feature; a feature uses the platform,
// the shared helpers and the features listed here, each only through its entry point (index.ts).
// The list runs one way, so no two lib folders can import each other.
const FEATURE_USES = {
  content: [],
  seo: ['content'],
  publishing: ['content', 'seo'],
  enquiries: ['content'],
  staff: ['enquiries'],
  compliance: [],
  insights: ['content', 'staff'],
}
const FEATURES = Object.keys(FEATURE_USES)
// Pure helpers with no I/O that any layer may use; they use nothing but each other.
const SHARED = ['./lib/routes', './lib/article', './lib/singapore-time.ts', './lib/whatsapp.ts']
// Features whose entry point is the only way in from app/ as well (compliance keeps its readability
// sub-entry for the Studio).
const ENTRY_ONLY_FROM_APP = ['content', 'seo', 'publishing', 'enquiries', 'staff', 'insights']

const layerZones = [
  {
    target: './lib/platform',
    from: [...FEATURES.map((f) => `./lib/${f}`), './lib/scheduled-work.ts'],
    message: 'lib/platform imports no feature: hand it what it needs (a parameter) from the feature or app/.',
  },
  {
    target: SHARED,
    from: ['./lib/platform', ...FEATURES.map((f) => `./lib/${f}`)],
    message: 'Shared helpers stay pure: no platform, no feature.',
  },
  {
    target: './lib',
    from: './lib/scheduled-work.ts',
    message: 'scheduled-work.ts puts the features together for instrumentation.ts and the cron route; lib/ must not import it.',
  },
  ...FEATURES.flatMap((feature) =>
    FEATURES.filter((other) => other !== feature).map((other) =>
      FEATURE_USES[feature].includes(other)
        ? {
            target: `./lib/${feature}`,
            from: `./lib/${other}`,
            except: ['./index.ts'],
            message: `Use lib/${other} through its entry point: import from '@/lib/${other}'.`,
          }
        : {
            target: `./lib/${feature}`,
            from: `./lib/${other}`,
            message: `lib/${feature} may not use lib/${other} (it uses ${FEATURE_USES[feature].join(', ') || 'no other feature'}; eslint.config.mjs FEATURE_USES).`,
          },
    ),
  ),
  ...ENTRY_ONLY_FROM_APP.map((feature) => ({
    target: './app',
    from: `./lib/${feature}`,
    except: ['./index.ts'],
    message: `Routes use lib/${feature} through its entry point: import from '@/lib/${feature}'.`,
  })),
]

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
            {target: ['./app', './components', './lib', './sanity'], from: './tooling', message: 'The local Content Lake is a development and test tool; the site must not import it.'},
            ...layerZones,
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
