/**
 * Three projects: `unit` (in-process, seconds), `http` (Octokit against the GitHub stand-in over
 * sockets, with the client's real pacing) and `e2e` (the committed bundles run as processes
 * against local stand-ins). ESM toolkit packages need --experimental-vm-modules (see scripts/test.mjs).
 */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.all.json' }] }
}

/** Tests that talk HTTP to the GitHub stand-in through Octokit. */
const HTTP = [
  '<rootDir>/__tests__/testkit/github-{standin,faults,validation}.test.ts',
  '<rootDir>/__tests__/github/port-contract.test.ts'
]
/** Tests that start processes: the bundles, Azurite, the real artifact client. */
const E2E = ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/__tests__/testkit/{artifacts,runner}.test.ts']

export default {
  maxWorkers: 2,
  // Only a hang should fail a test: on a busy machine the heavy in-process pipelines (a health
  // check of 300 workflows) take minutes, and a tighter limit would be a wall-clock assertion.
  testTimeout: 600_000,
  collectCoverageFrom: [
    'src/**/*.ts',
    '!src/actions/**',
    '!src/cli/index.ts',
    '!src/config/default-playbook.ts'
  ],
  coverageProvider: 'v8',
  // The functional core (npm run test:coverage measures the unit tests): a little under today's figures.
  coverageThreshold: {
    './src/classify/': { lines: 97, branches: 92, functions: 97 },
    './src/text/': { lines: 97, branches: 92, functions: 97 },
    './src/triage/': { lines: 90, branches: 82, functions: 94 },
    './src/health/': { lines: 94, branches: 85, functions: 96 }
  },
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/__tests__/e2e/',
        '<rootDir>/__tests__/testkit/(artifacts|runner|github-standin|github-faults|github-validation)\\.test\\.ts$',
        '<rootDir>/__tests__/github/port-contract\\.test\\.ts$'
      ]
    },
    { ...common, displayName: 'http', testMatch: HTTP },
    {
      ...common,
      displayName: 'e2e',
      testMatch: E2E,
      globalSetup: '<rootDir>/testkit/jest/e2e-setup.mjs',
      globalTeardown: '<rootDir>/testkit/jest/e2e-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/testkit/jest/e2e-timeout.ts']
    }
  ]
}
