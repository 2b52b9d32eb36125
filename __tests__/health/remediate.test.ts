import { describe, expect, it } from '@jest/globals'
import { RequestBudget } from '../../src/health/budget.js'
import { recordedRunIds, transientVerdict, untriagedRuns } from '../../src/health/remediate.js'
import { addOccurrence } from '../../src/triage/issues.js'
import type { Category, Classification } from '../../src/types.js'
import { run } from './fixtures.js'
import { WriteAllowance, writesSent } from '../../src/safety/budget.js'
import { type ActionRecord } from '../../src/safety/writer.js'

function occurrence(runId: number) {
  return {
    runId,
    attempt: 1,
    url: `https://github.com/o/r/actions/runs/${runId}`,
    at: '2026-11-20T10:00:00Z',
    branch: 'main',
    sha: 'a'.repeat(40)
  }
}

describe('recordedRunIds', () => {
  it('reads the run ids of the occurrence tables the triage issues keep', () => {
    const body = addOccurrence(addOccurrence('Triage issue', occurrence(501)), occurrence(502))
    const other = addOccurrence('Another', occurrence(777))
    expect(recordedRunIds([{ body }, { body: other }, { body: 'no table' }])).toEqual(
      new Set([501, 502, 777])
    )
  })

  it('does not count a row quoted inside a fence', () => {
    const table = addOccurrence('Quoted', occurrence(901))
    expect(recordedRunIds([{ body: `\`\`\`\n${table}\n\`\`\`` }])).toEqual(new Set())
  })
})

describe('untriagedRuns', () => {
  it('keeps first attempts that no issue records and this check did not re-run', () => {
    const runs = [
      run('failure', 1, { id: 1 }),
      run('failure', 2, { id: 2, runAttempt: 2 }),
      run('failure', 3, { id: 3 }),
      run('failure', 4, { id: 4 })
    ]
    expect(untriagedRuns(runs, new Set([3]), new Set([4])).map(kept => kept.id)).toEqual([1])
  })
})

function classification(category: Category, transient = false): Classification {
  return {
    category,
    confidence: 0.9,
    evidence: [],
    rules: [],
    source: 'rules',
    transient,
    rootCause: '',
    primaryLine: null
  }
}

const job = (rules: Classification, ai: Classification = rules) => ({
  classification: ai,
  rulesClassification: rules
})

describe('transientVerdict', () => {
  it('allows infrastructure failures and transient dependency failures', () => {
    expect(
      transientVerdict([job(classification('infrastructure')), job(classification('dependency', true))])
    ).toEqual({ ok: true })
  })

  it.each<Category>([
    'test_failure',
    'code_failure',
    'security_scan',
    'authentication',
    'unknown',
    'branch_conflict'
  ])('leaves a %s next to an infrastructure failure to triage', category => {
    const verdict = transientVerdict([job(classification('infrastructure')), job(classification(category))])
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining(category) })
  })

  it('refuses a dependency failure that is not transient', () => {
    expect(transientVerdict([job(classification('dependency'))]).ok).toBe(false)
  })

  it('takes either source: the rules saying code failure veto an AI saying infrastructure', () => {
    const verdict = transientVerdict([job(classification('code_failure'), classification('infrastructure'))])
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('code_failure') })
  })

  it('refuses a run without a failed job to examine', () => {
    expect(transientVerdict([]).ok).toBe(false)
  })
})

const record = (result: ActionRecord['result']): ActionRecord => ({
  kind: 'rerun',
  target: 'run 1',
  result,
  detail: ''
})

describe('writesSent', () => {
  it('counts the writes that were sent, whether or not they succeeded', () => {
    expect(
      writesSent(
        ['done', 'failed', 'would', 'refused', 'skipped', 'proposed'].map(r =>
          record(r as ActionRecord['result'])
        )
      )
    ).toBe(2)
  })
})

describe('WriteAllowance', () => {
  const base = { dryRun: false, branchPatterns: ['automated/**'] }

  it('gives each writer what is left, and counts pipelines with writers of their own', async () => {
    const writes = new WriteAllowance(3, base)
    const first = writes.writer('main')
    await first.write({ kind: 'comment', issueNumber: 1 }, 'issue #1', {}, async () => 'ok')
    expect(writes.remaining).toBe(2)
    writes.settle(first)
    writes.record([record('done'), record('refused')])
    expect(writes.used).toBe(2)
    const second = writes.writer('main')
    await second.write({ kind: 'comment', issueNumber: 1 }, 'issue #1', {}, async () => 'ok')
    const refused = await second.write({ kind: 'comment', issueNumber: 1 }, 'issue #1', {}, async () => 'ok')
    expect(refused).toBeNull()
    expect(second.records.at(-1)).toMatchObject({ result: 'refused', detail: '1 of 1 writes used' })
    writes.settle(second)
    expect(writes.remaining).toBe(0)
    expect(writes.records.map(entry => entry.result)).toEqual(['done', 'done', 'refused', 'done', 'refused'])
  })

  it('has one writer at a time', () => {
    const writes = new WriteAllowance(3, base)
    writes.writer('main')
    expect(() => writes.writer('main')).toThrow('settle the previous writer first')
  })
})

describe('RequestBudget', () => {
  it('reads the client counter and keeps a reserve', () => {
    const stats = { requests: 90 }
    const budget = new RequestBudget(100, stats)
    expect(budget.remaining).toBe(10)
    expect(budget.affords(8)).toBe(true)
    expect(budget.affords(8, 5)).toBe(false)
    stats.requests = 120
    expect(budget.remaining).toBe(0)
  })
})
