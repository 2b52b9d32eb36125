/**
 * The previous report's test history is untrusted (any workflow of the repository can upload
 * an artifact of the report's name): only a history of the shape this code writes is used,
 * per repository, and anything else is named as a problem, never half-read.
 */
import { describe, expect, it } from '@jest/globals'
import { historiesOfReport } from '../../src/health/history-artifact.js'
import type { HistoryRun } from '../../src/health/test-history.js'

const RUN: HistoryRun = {
  workflow: '.github/workflows/ci.yml',
  runId: 7,
  attempt: 1,
  at: '2026-11-20T10:00:00Z',
  failed: [],
  flaky: [{ test: 'api › retries', job: 'test' }]
}

function report(repositories: unknown): string {
  return JSON.stringify({ schemaVersion: 1, repositories })
}

describe('historiesOfReport', () => {
  it('reads each repository’s history, keyed by its name in lower case', () => {
    const { histories, problems } = historiesOfReport(
      report([{ repo: 'Acme/App', tests: { history: { version: 1, runs: [RUN] } } }, { repo: 'acme/other' }])
    )
    expect(problems).toEqual([])
    expect([...histories.keys()]).toEqual(['acme/app'])
    expect(histories.get('acme/app')?.runs).toEqual([RUN])
  })

  it('names a report that is not JSON, or has no list of repositories, and reads nothing', () => {
    expect(historiesOfReport('{"repositories": [').problems).toEqual([
      'the previous health report is not JSON'
    ])
    const notAList = historiesOfReport(report({ repo: 'acme/app' }))
    expect(notAList.histories.size).toBe(0)
    expect(notAList.problems).toEqual(['the previous health report has no list of repositories'])
  })

  it('ignores a malformed history whole, with the repository named, and keeps the others', () => {
    const { histories, problems } = historiesOfReport(
      report([
        { repo: 'acme/app', tests: { history: { version: 1, runs: [{ ...RUN, runId: 'seven' }] } } },
        { repo: 'acme/lib', tests: { history: { version: 2, runs: [] } } },
        { repo: 'acme/web', tests: { history: { version: 1, runs: [RUN] } } }
      ])
    )
    expect([...histories.keys()]).toEqual(['acme/web'])
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^acme\/app: /)
    expect(problems[1]).toMatch(/^acme\/lib: .*version 2/)
  })

  it('skips entries whose repository name is not one GitHub allows', () => {
    const { histories } = historiesOfReport(
      report([{ repo: '../../etc', tests: { history: { version: 1, runs: [RUN] } } }])
    )
    expect(histories.size).toBe(0)
  })
})
