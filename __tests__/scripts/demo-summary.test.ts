import { describe, expect, it } from '@jest/globals'
import { healthExitWords, issueWords, lintCountWords } from '../../scripts/demo-summary.js'

describe('the demo summary', () => {
  it('does not present the same fresh-copy issue number on every triage row', () => {
    expect(issueWords('422', [101, 102])).toBe('opened a new issue')
    expect(issueWords('101', [101, 102])).toBe('updated issue #101')
    expect(issueWords(undefined, [101])).toBe('no issue')
    expect(issueWords('', [101])).toBe('no issue')
  })

  it('explains the health check exit code by fail-on', () => {
    expect(healthExitWords(1, 'critical')).toBe(
      'exit code 1 on purpose: the repository is critical and fail-on is critical, so the job fails to get attention'
    )
    expect(healthExitWords(0, 'warning')).toBe('exit code 0 (no workflow at or past fail-on: critical)')
    expect(healthExitWords(1, null)).toBe('exit code 1')
  })

  it('counts in words that agree with the number', () => {
    expect(lintCountWords({ error: 1, warning: 0, notice: 1 }, 1)).toBe(
      '1 error, 0 warnings, 1 notice in 1 file'
    )
    expect(lintCountWords({ error: 2, warning: 3, notice: 4 }, 2)).toBe(
      '2 errors, 3 warnings, 4 notices in 2 files'
    )
  })
})
