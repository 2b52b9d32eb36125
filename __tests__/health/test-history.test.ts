import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  EMPTY_HISTORY,
  MAX_RUN_TESTS,
  flakesPerDay,
  flakyTests,
  mergeHistory,
  parseTestHistory,
  runKey,
  type HistoryRun,
  type TestHistory
} from '../../src/health/test-history.js'

const LIMITS = { runs: 50, tests: 500 }

function run(partial: Partial<HistoryRun> & Pick<HistoryRun, 'runId'>): HistoryRun {
  return {
    workflow: '.github/workflows/ci.yml',
    attempt: 1,
    at: `2026-11-${String(10 + (partial.runId % 15)).padStart(2, '0')}T10:00:00Z`,
    failed: [],
    flaky: [],
    ...partial
  }
}

describe('flakyTests', () => {
  it('counts the runs a test flaked in over the runs of its workflow', () => {
    const history = mergeHistory(
      EMPTY_HISTORY,
      [
        run({ runId: 1, at: '2026-11-01T10:00:00Z', flaky: [{ test: 'api › retries', job: 'test (20)' }] }),
        run({ runId: 2, at: '2026-11-02T10:00:00Z' }),
        run({ runId: 3, at: '2026-11-03T10:00:00Z', flaky: [{ test: 'api › retries', job: 'test (22)' }] }),
        run({ runId: 4, at: '2026-11-04T10:00:00Z', failed: [{ test: 'api › retries', job: 'test (20)' }] })
      ],
      LIMITS
    )
    const [row, ...others] = flakyTests(history)
    expect(others).toEqual([])
    expect(row).toMatchObject({
      test: 'api › retries',
      flakes: 2,
      runs: 4,
      flakeRate: 0.5,
      runsAffected: 3,
      firstSeen: '2026-11-01T10:00:00Z',
      lastSeen: '2026-11-03T10:00:00Z',
      jobs: ['test (20)', 'test (22)']
    })
  })

  it('reads the attempts of one run as one: a test that flaked in any of them flaked once in the run', () => {
    const history = mergeHistory(
      EMPTY_HISTORY,
      [
        run({ runId: 7, attempt: 1, failed: [{ test: 't', job: 'j' }] }),
        run({ runId: 7, attempt: 2, flaky: [{ test: 't', job: 'j' }] })
      ],
      LIMITS
    )
    expect(flakyTests(history)).toMatchObject([{ test: 't', flakes: 1, runs: 1, runsAffected: 1 }])
  })

  it('keeps the tests of two workflows apart', () => {
    const history = mergeHistory(
      EMPTY_HISTORY,
      [
        run({ runId: 1, flaky: [{ test: 't', job: 'j' }] }),
        run({ runId: 2, workflow: '.github/workflows/e2e.yml', flaky: [{ test: 't', job: 'j' }] })
      ],
      LIMITS
    )
    // Equal flakes: the one seen last comes first.
    expect(flakyTests(history).map(row => [row.workflow, row.flakes, row.runs])).toEqual([
      ['.github/workflows/e2e.yml', 1, 1],
      ['.github/workflows/ci.yml', 1, 1]
    ])
  })
})

describe('flakesPerDay', () => {
  it('counts flakes per UTC day with the quiet days in between', () => {
    const history = mergeHistory(
      EMPTY_HISTORY,
      [
        run({ runId: 1, at: '2026-11-01T23:00:00Z', flaky: [{ test: 'a', job: 'j' }] }),
        run({
          runId: 2,
          at: '2026-11-03T01:00:00Z',
          flaky: [
            { test: 'a', job: 'j' },
            { test: 'b', job: 'j' }
          ]
        })
      ],
      LIMITS
    )
    expect(flakesPerDay(flakyTests(history))).toEqual([
      { day: '2026-11-01', flakes: 1 },
      { day: '2026-11-02', flakes: 0 },
      { day: '2026-11-03', flakes: 2 }
    ])
  })
})

describe('mergeHistory', () => {
  it('counts a run seen by two overlapping windows once', () => {
    const first = mergeHistory(EMPTY_HISTORY, [run({ runId: 1, flaky: [{ test: 't', job: 'j' }] })], LIMITS)
    const second = mergeHistory(
      first,
      [run({ runId: 1, flaky: [{ test: 't', job: 'j' }] }), run({ runId: 2 })],
      LIMITS
    )
    expect(second.runs).toHaveLength(2)
    expect(flakyTests(second)[0]).toMatchObject({ flakes: 1, runs: 2 })
  })

  it('keeps the most recent runs of each workflow and the tests seen most recently', () => {
    const window = Array.from({ length: 8 }, (_, index) =>
      run({
        runId: index + 1,
        at: `2026-11-0${index + 1}T00:00:00Z`,
        flaky: [{ test: `test ${index + 1}`, job: 'j' }]
      })
    )
    const history = mergeHistory(EMPTY_HISTORY, window, { runs: 5, tests: 3 })
    expect(history.runs.map(kept => kept.runId)).toEqual([8, 7, 6, 5, 4])
    expect(flakyTests(history).map(row => row.test)).toEqual(['test 8', 'test 7', 'test 6'])
  })
})

const outcomeArb = fc.record({
  test: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'suite › g', 'h::i'),
  job: fc.constantFrom('build', 'test (1)', 'test (2)')
})
const timeArb = fc
  .integer({ min: Date.parse('2026-10-01T00:00:00Z'), max: Date.parse('2026-12-01T00:00:00Z') })
  .map(time => new Date(Math.floor(time / 1000) * 1000).toISOString())
const MAX_RUN_ID = 40
/** Every attempt of a run has the run's creation time, as GitHub reports it. */
const runArb = (times: readonly string[]) =>
  fc
    .record({
      workflow: fc.constantFrom('.github/workflows/ci.yml', '.github/workflows/e2e.yml'),
      runId: fc.integer({ min: 1, max: MAX_RUN_ID }),
      attempt: fc.integer({ min: 1, max: 3 }),
      failed: fc.array(outcomeArb, { maxLength: 4 }),
      flaky: fc.array(outcomeArb, { maxLength: 4 })
    })
    .map(record => ({ ...record, at: times[record.runId] }))
/** Two windows over the same runs; records of one run and attempt agree, as reads of one attempt do. */
const windowsArb = fc
  .array(timeArb, { minLength: MAX_RUN_ID + 1, maxLength: MAX_RUN_ID + 1 })
  .chain(times =>
    fc.tuple(fc.array(runArb(times), { maxLength: 30 }), fc.array(runArb(times), { maxLength: 30 }))
  )
  .map(([older, newer]): [HistoryRun[], HistoryRun[]] => {
    const byKey = new Map([...older, ...newer].map(record => [runKey(record), record]))
    const pick = (records: HistoryRun[]) => [
      ...new Map(records.map(record => [runKey(record), byKey.get(runKey(record))!])).values()
    ]
    return [pick(older), pick(newer)]
  })
const limitsArb = fc.record({ runs: fc.integer({ min: 1, max: 12 }), tests: fc.integer({ min: 1, max: 10 }) })

function lastSeen(history: TestHistory): Map<string, string> {
  return new Map(flakyTests(history).map(row => [`${row.workflow}\n${row.test}`, row.lastSeen]))
}

describe('mergeHistory properties', () => {
  it('stays within its limits of runs per workflow and of tests', () => {
    fc.assert(
      fc.property(windowsArb, limitsArb, ([older, newer], limits) => {
        const history = mergeHistory(mergeHistory(EMPTY_HISTORY, older, limits), newer, limits)
        const runsPerWorkflow = new Map<string, Set<number>>()
        const tests = new Set<string>()
        for (const kept of history.runs) {
          runsPerWorkflow.set(
            kept.workflow,
            (runsPerWorkflow.get(kept.workflow) ?? new Set()).add(kept.runId)
          )
          for (const outcome of [...kept.failed, ...kept.flaky])
            tests.add(`${kept.workflow}\n${outcome.test}`)
          expect(kept.failed.length).toBeLessThanOrEqual(MAX_RUN_TESTS)
        }
        for (const ids of runsPerWorkflow.values()) expect(ids.size).toBeLessThanOrEqual(limits.runs)
        expect(tests.size).toBeLessThanOrEqual(limits.tests)
      })
    )
  })

  it('changes nothing when the same runs are merged again', () => {
    fc.assert(
      fc.property(windowsArb, limitsArb, ([older, window], limits) => {
        const once = mergeHistory(mergeHistory(EMPTY_HISTORY, older, limits), window, limits)
        expect(mergeHistory(once, window, limits)).toEqual(once)
        expect(mergeHistory(once, [], limits)).toEqual(once)
      })
    )
  })

  it('never moves a test it keeps back in time: its last flake stays or gets newer', () => {
    fc.assert(
      fc.property(windowsArb, limitsArb, ([older, newer], limits) => {
        const before = mergeHistory(EMPTY_HISTORY, older, limits)
        const fresh = newer.filter(record => !before.runs.some(kept => runKey(kept) === runKey(record)))
        const after = mergeHistory(before, fresh, limits)
        const seenAfter = lastSeen(after)
        for (const [test, seen] of lastSeen(before)) {
          const now = seenAfter.get(test)
          if (now !== undefined) expect(now >= seen).toBe(true)
        }
      })
    )
  })

  it('survives its own serialisation and validation unchanged', () => {
    fc.assert(
      fc.property(windowsArb, limitsArb, ([window], limits) => {
        const history = mergeHistory(EMPTY_HISTORY, window, limits)
        expect(parseTestHistory(JSON.parse(JSON.stringify(history)))).toEqual({ history })
      })
    )
  })
})

describe('parseTestHistory', () => {
  const valid = { version: 1, runs: [run({ runId: 1, flaky: [{ test: 't', job: 'j' }] })] }

  it('refuses what this code would not have written, as a whole', () => {
    expect(parseTestHistory(null)).toEqual({ problem: 'the test history is not an object' })
    expect(parseTestHistory({ ...valid, version: 2 })).toHaveProperty('problem')
    expect(parseTestHistory({ version: 1, runs: [...valid.runs, { runId: 'x' }] })).toEqual({
      problem: 'run 2 of the test history is malformed'
    })
    expect(parseTestHistory({ version: 1, runs: [{ ...valid.runs[0], at: 'yesterday' }] })).toHaveProperty(
      'problem'
    )
    const tooMany = Array.from({ length: MAX_RUN_TESTS + 1 }, (_, index) => ({ test: `t${index}`, job: 'j' }))
    expect(parseTestHistory({ version: 1, runs: [{ ...valid.runs[0], flaky: tooMany }] })).toHaveProperty(
      'problem'
    )
    expect(parseTestHistory({ version: 1, runs: Array(20_001).fill(valid.runs[0]) })).toHaveProperty(
      'problem'
    )
  })

  it('redacts the names it keeps and makes them one line', () => {
    const parsed = parseTestHistory({
      version: 1,
      runs: [
        run({
          runId: 1,
          flaky: [{ test: 'leaks ghp_abcdefghijklmnopqrstuvwxyz0123456789\n::warning::x', job: 'j' }]
        })
      ]
    })
    expect('history' in parsed).toBe(true)
    const test = 'history' in parsed ? parsed.history.runs[0].flaky[0].test : ''
    expect(test).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789')
    expect(test).not.toContain('\n')
  })
})
