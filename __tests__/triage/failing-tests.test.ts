import { describe, expect, it } from '@jest/globals'
import type { FailingTest } from '../../src/classify/tests.js'
import {
  alertTests,
  issueSharingTests,
  MAX_FINGERPRINT_TESTS,
  renderFailingTests,
  repositoryPath,
  repositoryUrlOfRun,
  testFingerprint,
  testIdsOfBody,
  withFailingTests
} from '../../src/triage/failing-tests.js'

const WORKFLOW = '.github/workflows/ci.yml'
const SHA = '0123456789abcdef0123456789abcdef01234567'

function jest(
  name: string,
  file: string | null = 'src/cart.test.ts',
  line: number | null = null
): FailingTest {
  return { framework: 'jest', name, file, line }
}

function issue(number: number, tests: FailingTest[], state = 'open', workflowPath = WORKFLOW) {
  const section = renderFailingTests(tests, { workflowPath, repositoryUrl: null, sha: SHA })
  return { number, state, body: `## Test failure\n\n${section}\n\n### Occurrences\n` }
}

describe('test fingerprints', () => {
  it('depend on the set of tests, not their order, job or runner', () => {
    const a = testFingerprint(WORKFLOW, [jest('cart › A'), jest('cart › B')])
    const fromVitest: FailingTest = { ...jest('cart › B'), framework: 'vitest' }
    const b = testFingerprint(WORKFLOW, [fromVitest, jest('cart › A'), jest('cart › A')])
    expect(a.id).toBe(b.id)
    expect(a.maskedLine).toBe('failing tests: cart › A, cart › B')
    expect(testFingerprint(WORKFLOW, [jest('cart › A')]).id).not.toBe(a.id)
    expect(testFingerprint('.github/workflows/other.yml', [jest('cart › A'), jest('cart › B')]).id).not.toBe(
      a.id
    )
  })

  it('are built from the first 20 sorted tests', () => {
    const many = Array.from({ length: 30 }, (_, i) => jest(`t${String(i).padStart(2, '0')}`))
    const first = testFingerprint(WORKFLOW, many)
    expect(first.id).toBe(testFingerprint(WORKFLOW, many.slice(0, MAX_FINGERPRINT_TESTS)).id)
    expect(first.id).toBe(testFingerprint(WORKFLOW, [...many.slice(0, 20), jest('t99')]).id)
    expect(first.maskedLine).toMatch(/\(and 10 more\)$/)
  })
})

describe('issues found by their tests', () => {
  it('an open issue of the workflow whose tests overlap joins the failure; the most shared wins', () => {
    const issues = [issue(1, [jest('A'), jest('B')]), issue(2, [jest('A'), jest('C'), jest('D')])]
    expect(issueSharingTests(issues, WORKFLOW, [jest('A')])?.number).toBe(1)
    expect(issueSharingTests(issues, WORKFLOW, [jest('C'), jest('D')])?.number).toBe(2)
    expect(issueSharingTests(issues, WORKFLOW, [jest('E')])).toBeUndefined()
  })

  it('never joins a closed issue or one of another workflow', () => {
    expect(issueSharingTests([issue(1, [jest('A')], 'closed')], WORKFLOW, [jest('A')])).toBeUndefined()
    expect(
      issueSharingTests([issue(1, [jest('A')], 'open', 'other.yml')], WORKFLOW, [jest('A')])
    ).toBeUndefined()
    expect(
      issueSharingTests([{ number: 3, state: 'open', body: 'no marker' }], WORKFLOW, [jest('A')])
    ).toBeUndefined()
  })

  it('adds the tests of a failure that joined the issue to its list and marker', () => {
    const before = issue(1, [jest('A'), jest('B')]).body
    const after = withFailingTests(before, [jest('A'), jest('C')], {
      workflowPath: WORKFLOW,
      repositoryUrl: null,
      sha: SHA
    })
    expect(testIdsOfBody(after, WORKFLOW).sort()).toEqual(['A', 'B', 'C'])
    expect(after).toContain('- B (failed in an earlier run)')
    expect(after.endsWith('### Occurrences\n')).toBe(true)
    expect(
      withFailingTests('no section', [jest('A')], { workflowPath: WORKFLOW, repositoryUrl: null, sha: SHA })
    ).toBe('no section')
  })
})

describe('the failing tests section', () => {
  it('links each test to its file at the run commit, and escapes names', () => {
    const section = renderFailingTests(
      [jest('cart › totals *include* @tax', 'src/cart.test.ts', 13), jest('no file', null)],
      { workflowPath: WORKFLOW, repositoryUrl: 'https://github.com/acme/app', sha: SHA }
    )
    expect(section).toContain(
      `[src/cart.test.ts\\:13](https://github.com/acme/app/blob/${SHA}/src/cart.test.ts#L13)`
    )
    expect(section).toContain('totals \\*include\\*')
    expect(section).not.toContain('@tax')
    expect(section).toContain('- no file (jest)\n')
  })

  it('links only plain repository paths', () => {
    expect(repositoryPath('/home/runner/work/app/app/src/x.test.ts')).toBe('src/x.test.ts')
    expect(repositoryPath('./spec/x_spec.rb')).toBe('spec/x_spec.rb')
    expect(repositoryPath('../../etc/passwd')).toBeNull()
    expect(repositoryPath('/etc/passwd')).toBeNull()
    expect(repositoryPath('src/x.ts) [evil](https://evil.example')).toBeNull()
    expect(repositoryUrlOfRun('https://github.com/acme/app/actions/runs/123')).toBe(
      'https://github.com/acme/app'
    )
    expect(repositoryUrlOfRun('http://127.0.0.1/acme/app/actions/runs/1')).toBeNull()
  })

  it('comes with a test failure whose logs named tests, and only then', () => {
    const run = { path: WORKFLOW, htmlUrl: 'https://github.com/acme/app/actions/runs/1', headSha: SHA }
    const job = (category: string, tests: FailingTest[]) => ({
      classification: { category },
      excerpt: { failingTests: { tests, totals: null, omitted: 0 } }
    })
    expect(alertTests([job('test_failure', [jest('A')]), job('test_failure', [jest('B')])], run)).toEqual({
      tests: [jest('A'), jest('B')],
      workflowPath: WORKFLOW,
      repositoryUrl: 'https://github.com/acme/app',
      sha: SHA
    })
    expect(alertTests([job('code_failure', [jest('A')])], run)).toBeUndefined()
    expect(alertTests([job('test_failure', [])], run)).toBeUndefined()
  })
})
