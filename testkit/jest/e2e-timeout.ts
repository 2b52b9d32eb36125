import { jest } from '@jest/globals'

// Scenarios wait for a process slot (testkit/scenario/runner.ts): on a busy machine an e2e
// test may take minutes, and only a hang should fail it.
jest.setTimeout(600_000)
