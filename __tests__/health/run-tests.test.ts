import { describe, expect, it } from '@jest/globals'
import { attemptsToRead, commitsPassedElsewhere, testsOfRun } from '../../src/health/run-tests.js'
import type { RunInfo } from '../../src/types.js'

const RUN = { workflow: '.github/workflows/ci.yml', runId: 10, at: '2026-11-20T10:00:00Z' }

describe('attemptsToRead', () => {
  it('reads nothing of a run that passed at once, and never a green latest attempt', () => {
    expect(attemptsToRead({ conclusion: 'success', runAttempt: 1 })).toEqual([])
    expect(attemptsToRead({ conclusion: 'success', runAttempt: 2 })).toEqual([1])
    expect(attemptsToRead({ conclusion: 'success', runAttempt: 5 })).toEqual([3, 4])
  })

  it('reads the latest attempt of a failed run, with the earlier ones', () => {
    expect(attemptsToRead({ conclusion: 'failure', runAttempt: 1 })).toEqual([1])
    expect(attemptsToRead({ conclusion: 'timed_out', runAttempt: 2 })).toEqual([1, 2])
    expect(attemptsToRead({ conclusion: 'cancelled', runAttempt: 1 })).toEqual([])
  })
})

describe('testsOfRun', () => {
  it('calls a test flaky when its job passed on the re-run that made the run green', () => {
    const record = testsOfRun(
      { ...RUN, attempt: 2, conclusion: 'success' },
      [{ attempt: 1, jobs: [{ name: 'test', conclusion: 'failure', tests: ['api › retries'] }] }],
      false
    )
    expect(record).toMatchObject({ attempt: 2, flaky: [{ test: 'api › retries', job: 'test' }], failed: [] })
  })

  it('keeps a test failed when its job failed again, and flaky when only another job failed again', () => {
    const record = testsOfRun(
      { ...RUN, attempt: 2, conclusion: 'failure' },
      [
        {
          attempt: 1,
          jobs: [
            { name: 'unit', conclusion: 'failure', tests: ['u1'] },
            { name: 'e2e', conclusion: 'failure', tests: ['e1'] }
          ]
        },
        {
          attempt: 2,
          jobs: [
            { name: 'unit', conclusion: 'success', tests: [] },
            { name: 'e2e', conclusion: 'failure', tests: ['e1'] }
          ]
        }
      ],
      false
    )
    expect(record.flaky).toEqual([{ test: 'u1', job: 'unit' }])
    expect(record.failed).toEqual([
      { test: 'e1', job: 'e2e' },
      { test: 'e1', job: 'e2e' }
    ])
  })

  it('calls every failing test flaky when another run of the commit passed', () => {
    const record = testsOfRun(
      { ...RUN, attempt: 1, conclusion: 'failure' },
      [{ attempt: 1, jobs: [{ name: 'unit', conclusion: 'failure', tests: ['u1', 'u2'] }] }],
      true
    )
    expect(record.flaky.map(outcome => outcome.test)).toEqual(['u1', 'u2'])
    expect(record.failed).toEqual([])
  })
})

describe('commitsPassedElsewhere', () => {
  const run = (id: number, sha: string, conclusion: string, workflowId = 1) =>
    ({ id, headSha: sha, conclusion, workflowId }) as RunInfo

  it('names the runs whose commit passed in another run of the same workflow', () => {
    const runs = [
      run(1, 'a', 'failure'),
      run(2, 'a', 'success'),
      run(3, 'b', 'failure'),
      run(4, 'b', 'success', 2)
    ]
    expect([...commitsPassedElsewhere(runs)]).toEqual([1])
  })
})
