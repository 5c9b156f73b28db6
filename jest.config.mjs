import nextJest from 'next/jest.js'

const createJestConfig = nextJest({dir: './'})

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit', '<rootDir>/tests/integration'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // 'server-only' throws outside React Server Components; tests import server modules directly.
    '^server-only$': '<rootDir>/tests/support/empty-module.js',
  },
  testTimeout: 30000,
}

// next/jest always ignores node_modules for transforms; these packages ship ESM only.
const jestConfig = async () => {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [
      // The retext/unified family (readability) and lodash-es (through @sanity/mutator, used by the
      // local Content Lake) are ESM-only as well.
      '/node_modules/(?!(next-intl|use-intl|@formatjs|intl-messageformat|icu-minify|@schummar|next-sanity|@portabletext|@sanity|groq|sanity|lodash-es|retext[^/]*|unified|unist-[^/]*|nlcst-[^/]*|parse-english|parse-latin|vfile[^/]*|bail|devlop|is-plain-obj|trough|array-iterate|flesch[^/]*|syllable|automated-readability|coleman-liau|dale-chall[^/]*|gunning-fog|smog-formula|spache[^/]*)/)',
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  }
}

export default jestConfig
