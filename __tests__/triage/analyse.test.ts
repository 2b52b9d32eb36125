import { describe, expect, it } from '@jest/globals'
import { gateCategory, type AnalysedJob } from '../../src/triage/analyse.js'
import type { Category } from '../../src/types.js'

/** Only the fields gateCategory reads. */
function job(ai: Category, rules: Category, ruleIds: string[]): AnalysedJob {
  return {
    classification: { category: ai },
    rulesClassification: { category: rules, rules: ruleIds }
  } as unknown as AnalysedJob
}

describe('gateCategory', () => {
  it('keeps the answer when every source agrees', () => {
    expect(gateCategory(job('infrastructure', 'infrastructure', ['runner-lost']))).toBe('infrastructure')
  })

  it('lets a real compile error next to a faked "runner lost" line veto the re-run', () => {
    expect(gateCategory(job('infrastructure', 'infrastructure', ['runner-lost', 'tsc-error']))).toBe(
      'code_failure'
    )
  })

  it('takes the more serious of the AI and the rules', () => {
    expect(gateCategory(job('infrastructure', 'authentication', []))).toBe('authentication')
    expect(gateCategory(job('security_scan', 'infrastructure', []))).toBe('security_scan')
  })

  it('gives one category per job, so jobs count once against the failed-jobs limit', () => {
    const jobs = [1, 2, 3].map(() => job('infrastructure', 'infrastructure', ['runner-lost']))
    expect(jobs.map(gateCategory)).toEqual(['infrastructure', 'infrastructure', 'infrastructure'])
  })
})
