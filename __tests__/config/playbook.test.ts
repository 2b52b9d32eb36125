import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEFAULT_PLAYBOOK } from '../../src/config/default-playbook.js'
import { builtInPlaybook, parsePlaybook, PlaybookError } from '../../src/config/playbook.js'
import { DEFAULT_POLICY } from '../../src/config/policy.js'

const frontMatter = (yaml: string): string => `---\n${yaml}\n---\n\n# Prose\n`

function errorOf(text: string): PlaybookError {
  try {
    parsePlaybook(text, 'team/playbook.md')
  } catch (error) {
    return error as PlaybookError
  }
  throw new Error('expected a PlaybookError')
}

describe('playbook.md', () => {
  it('states exactly the built-in default policy', () => {
    const playbook = parsePlaybook(readFileSync('playbook.md', 'utf8'))
    expect(playbook.policy).toEqual(DEFAULT_POLICY)
    expect(playbook.prose).toContain('## Classification')
  })

  it('is embedded unchanged as the bundled default', () => {
    expect(DEFAULT_PLAYBOOK).toBe(readFileSync('playbook.md', 'utf8'))
  })

  it('is taken without a parse as the built-in default, with the same policy and prose', () => {
    const parsed = parsePlaybook(DEFAULT_PLAYBOOK)
    const builtIn = builtInPlaybook(DEFAULT_PLAYBOOK)
    expect(builtIn.policy).toEqual(parsed.policy)
    expect(builtIn.prose).toBe(parsed.prose)
    expect(builtIn.prose.startsWith('# CI operations playbook')).toBe(true)
  })
})

describe('parsePlaybook', () => {
  it('lays the front matter over the defaults', () => {
    const playbook = parsePlaybook(
      frontMatter(
        'limits:\n  max-attempts: 2\nautomation:\n  branch-patterns: [bots/*]\nowners:\n  cto: [alice]'
      )
    )
    expect(playbook.policy.limits.maxAttempts).toBe(2)
    expect(playbook.policy.limits.maxNewIssues).toBe(DEFAULT_POLICY.limits.maxNewIssues)
    expect(playbook.policy.automation.branchPatterns).toEqual(['bots/*'])
    expect(playbook.policy.automation.botAuthors).toEqual(DEFAULT_POLICY.automation.botAuthors)
    expect(playbook.policy.owners).toEqual({ cto: ['alice'] })
    expect(playbook.keysSet).toEqual(['limits', 'automation', 'owners'])
  })

  it('reads fork-runs, and names it when the value is not one it knows', () => {
    expect(parsePlaybook(frontMatter('fork-runs: escalate')).policy.forkRuns).toBe('escalate')
    expect(parsePlaybook(frontMatter('version: 1')).policy.forkRuns).toBe('report')
    expect(errorOf(frontMatter('fork-runs: trust')).message).toMatch(
      /:2: 'fork-runs' must be one of: ignore, report, escalate/
    )
  })

  it('reads the quarantine and test history keys, and names a value out of range', () => {
    const policy = parsePlaybook(
      frontMatter('quarantine-after: 0\nquarantine-clear-days: 30\ntest-history:\n  runs: 20\n  tests: 100')
    ).policy
    expect(policy.flakyTests).toEqual({
      quarantineAfter: 0,
      quarantineClearDays: 30,
      historyRuns: 20,
      historyTests: 100
    })
    expect(parsePlaybook(frontMatter('version: 1')).policy.flakyTests).toEqual({
      quarantineAfter: 3,
      quarantineClearDays: 14,
      historyRuns: 50,
      historyTests: 500
    })
    expect(errorOf(frontMatter('test-history:\n  runs: 1000')).message).toMatch(
      /:3: 'test-history.runs' must be a whole number from 5 to 200/
    )
    expect(errorOf(frontMatter('test-history:\n  days: 3')).message).toMatch(
      /'test-history.days' is not a known key/
    )
    expect(errorOf(frontMatter('quarantine-after: -1')).message).toMatch(
      /'quarantine-after' must be a whole number/
    )
  })

  it('reads pull-request-failures (default comment), and names it when the value is unknown', () => {
    expect(parsePlaybook(frontMatter('pull-request-failures: issue')).policy.pullRequestFailures).toBe(
      'issue'
    )
    expect(parsePlaybook(frontMatter('version: 1')).policy.pullRequestFailures).toBe('comment')
    expect(errorOf(frontMatter('pull-request-failures: ping')).message).toMatch(
      /:2: 'pull-request-failures' must be one of: comment, issue/
    )
  })

  it('reads test-report-artifacts (an empty list: the logs alone), and names a bad entry', () => {
    expect(
      parsePlaybook(frontMatter("test-report-artifacts: ['junit-*']")).policy.testReportArtifacts
    ).toEqual(['junit-*'])
    expect(parsePlaybook(frontMatter('test-report-artifacts: []')).policy.testReportArtifacts).toEqual([])
    expect(parsePlaybook(frontMatter('version: 1')).policy.testReportArtifacts).toEqual([
      '*test*',
      '*junit*',
      '*report*'
    ])
    expect(errorOf(frontMatter('test-report-artifacts: junit')).message).toMatch(
      /'test-report-artifacts' must be a list of strings/
    )
  })

  it('treats a file without front matter as prose over the defaults', () => {
    const playbook = parsePlaybook('# Just prose\n')
    expect(playbook.policy).toEqual(DEFAULT_POLICY)
    expect(playbook.prose).toBe('# Just prose')
  })

  it('names the file, line and key of an unknown key', () => {
    const error = errorOf(frontMatter('version: 1\nlimits:\n  max-atempts: 2'))
    expect(error.message).toBe(
      "team/playbook.md:4: 'limits.max-atempts' is not a known key (allowed: max-attempts, max-failed-jobs-for-rerun, max-new-issues, max-writes)"
    )
  })

  it('names the key of a value of the wrong type', () => {
    expect(errorOf(frontMatter('limits:\n  max-attempts: three')).message).toMatch(
      /:3: 'limits.max-attempts' must be a whole number from 1 to 10/
    )
    expect(errorOf(frontMatter('routing:\n  test_failure: intern')).message).toMatch(
      /'routing.test_failure' must be one of: ceo, cto, ciso, cpo, cmo, coo/
    )
    expect(errorOf(frontMatter('routing:\n  flaky: cto')).message).toMatch(
      /'routing.flaky' is not a known key/
    )
    expect(errorOf(frontMatter('require-approval: [merge-pr]')).message).toMatch(
      /must list only: rerun-failed-jobs/
    )
  })

  it('refuses a branch pattern that matches every branch', () => {
    expect(errorOf(frontMatter("automation:\n  branch-patterns: ['**']")).message).toMatch(
      /would match every branch/
    )
  })

  it('reports invalid YAML with its line', () => {
    const error = errorOf(frontMatter('limits:\n  max-attempts: [1,\n'))
    expect(error).toBeInstanceOf(PlaybookError)
    expect(error.message).toMatch(/^team\/playbook\.md:\d+: has invalid YAML/)
  })

  it('refuses duplicate keys', () => {
    expect(errorOf(frontMatter('flaky-reruns: 1\nflaky-reruns: 2')).message).toMatch(
      /invalid YAML: DUPLICATE_KEY/
    )
  })

  it('turns an alias bomb into an error instead of a hang', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'
    ].join('\n')
    expect(errorOf(frontMatter(bomb)).message).toMatch(/not usable YAML|not a known key/)
  })

  it('refuses binary and oversized files', () => {
    expect(errorOf('---\nversion: 1\u0000\n---\n').message).toMatch(/is binary/)
    expect(errorOf('x'.repeat(300 * 1024)).message).toMatch(/larger than 256 KB/)
  })
})
