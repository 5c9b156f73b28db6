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
      '/node_modules/(?!(next-sanity|@portabletext|@sanity|groq|sanity|lodash-es)/)',
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  }
}

export default jestConfig
