import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { aiApiKey, applyOverrides, readHealthOptions, readTriageOptions } from '../../src/config/inputs.js'
import { DEFAULT_POLICY } from '../../src/config/policy.js'

/** Inputs as the runner passes them: action.yml defaults for everything not given. */
function reader(actionYml: string, given: Record<string, string>): (name: string) => string {
  const inputs = (parse(readFileSync(actionYml, 'utf8')) as { inputs: Record<string, { default?: string }> })
    .inputs
  return name => {
    if (!(name in inputs)) throw new Error(`the action reads '${name}', which action.yml does not declare`)
    const value = given[name] ?? inputs[name].default ?? ''
    return value.startsWith('${{') ? 'ghs_exampletoken' : value
  }
}

describe('triage inputs', () => {
  it('parses the action.yml defaults into the documented options', () => {
    const options = readTriageOptions(reader('action.yml', {}))
    expect(options).toMatchObject({
      dryRun: false,
      createIssues: true,
      playbookPath: 'playbook.md',
      maxFailedJobs: 10,
      maxLogKb: 512,
      runId: null,
      ai: {
        mode: 'off',
        baseUrl: 'https://models.github.ai/inference',
        model: 'openai/gpt-4.1-mini',
        timeoutMs: 30000
      }
    })
    expect(options.overrides).toEqual({
      maxAttempts: undefined,
      maxNewIssues: undefined,
      maxWrites: undefined,
      flakyReruns: undefined,
      branchPatterns: undefined,
      botAuthors: undefined,
      owners: undefined
    })
  })

  it.each([
    ['dry-run', 'yes', "Input 'dry-run' must be true or false, got 'yes'"],
    ['ai', 'maybe', "Input 'ai' must be one of off, auto, always, got 'maybe'"],
    ['max-attempts', '0', "Input 'max-attempts' must be a whole number from 1 to 10, got '0'"],
    ['max-log-kb', '12.5', "Input 'max-log-kb' must be a whole number from 16 to 10240, got '12.5'"],
    ['run-id', 'abc', "Input 'run-id' must be a workflow run id, got 'abc'"],
    ['webhook-url', 'ftp://x', "Input 'webhook-url' must be an http(s) URL"],
    [
      'owners',
      'boss=alice',
      "Input 'owners' must be lines of role=login[,login] with a role of ceo, cto, ciso, cpo, cmo, coo"
    ],
    [
      'automation-branches',
      '**',
      "Input 'automation-branches' must not be a pattern that matches every branch"
    ],
    ['github-token', ' ', "Input 'github-token' is required and was empty"],
    ['ai-base-url', 'http://models.example.com/v1', "Input 'ai-base-url' must be an https URL"],
    ['fork-runs', 'trust', "Input 'fork-runs' must be one of ignore, report, escalate, got 'trust'"],
    ['bot-login', 'evil\n::x', "Input 'bot-login' must be a GitHub login"]
  ])('refuses %s=%j with a message naming it', (name, value, message) => {
    expect(() => readTriageOptions(reader('action.yml', { [name]: value }))).toThrow(message)
  })

  it('reads owners and lists', () => {
    const options = readTriageOptions(
      reader('action.yml', {
        owners: 'cto=alice, @bob\nciso=acme/security',
        'automation-branches': 'bots/**, deps/*'
      })
    )
    expect(options.overrides.owners).toEqual({ cto: ['alice', 'bob'], ciso: ['acme/security'] })
    expect(options.overrides.branchPatterns).toEqual(['bots/**', 'deps/*'])
  })
})

describe('the AI endpoint and its key', () => {
  it('accepts plain http for loopback only', () => {
    for (const url of ['http://127.0.0.1:8080/v1', 'http://localhost:11434/v1', 'http://[::1]:8080/v1']) {
      expect(readTriageOptions(reader('action.yml', { 'ai-base-url': url })).ai.baseUrl).toBe(url)
    }
  })

  it('sends the workflow token to GitHub Models only', () => {
    const token = 'ghs_workflowtoken'
    expect(aiApiKey({ apiKey: '', baseUrl: 'https://models.github.ai/inference', token })).toEqual({
      key: token
    })
    for (const baseUrl of [
      'https://api.openai.com/v1',
      'https://models.github.ai.evil.example/v1',
      'http://127.0.0.1:9/v1'
    ]) {
      expect(aiApiKey({ apiKey: '', baseUrl, token })).toEqual({
        problem: expect.stringMatching(/no AI key/)
      })
    }
    expect(aiApiKey({ apiKey: 'sk-own', baseUrl: 'https://api.openai.com/v1', token })).toEqual({
      key: 'sk-own'
    })
  })

  it('reads fork-runs and bot-login', () => {
    const options = readTriageOptions(
      reader('action.yml', { 'fork-runs': 'Escalate', 'bot-login': 'triage-app[bot]' })
    )
    expect(options.overrides.forkRuns).toBe('escalate')
    expect(options.botLogin).toBe('triage-app[bot]')
    expect(applyOverrides(DEFAULT_POLICY, options.overrides).forkRuns).toBe('escalate')
    expect(readTriageOptions(reader('action.yml', {})).botLogin).toBe('github-actions[bot]')
  })
})

describe('health-check inputs', () => {
  it('parses the action.yml defaults', () => {
    expect(readHealthOptions(reader('health-check/action.yml', {}))).toMatchObject({
      runs: 10,
      staleDays: 14,
      maxPrunes: 10,
      prune: true,
      autoFix: false,
      triageMissed: false,
      failOn: 'critical',
      repositories: [],
      reportName: 'health-report'
    })
  })

  it('refuses bad values', () => {
    expect(() => readHealthOptions(reader('health-check/action.yml', { 'fail-on': 'sometimes' }))).toThrow(
      "Input 'fail-on' must be one of critical, degraded, warning, never, got 'sometimes'"
    )
    expect(() =>
      readHealthOptions(reader('health-check/action.yml', { repositories: 'not a repo' }))
    ).toThrow("Input 'repositories' must list owner/name entries, got 'not a repo'")
  })
})

describe('budgets and pull requests', () => {
  it('accepts any positive request budget', () => {
    for (const budget of ['1', '5', '19', '50000']) {
      const options = readHealthOptions(reader('health-check/action.yml', { 'max-api-requests': budget }))
      expect(options.maxApiRequests).toBe(Number(budget))
    }
    expect(() => readHealthOptions(reader('health-check/action.yml', { 'max-api-requests': '0' }))).toThrow(
      /max-api-requests/
    )
  })

  it('reads the test history settings over the playbook', () => {
    const options = readHealthOptions(
      reader('health-check/action.yml', { 'test-history-runs': '20', 'test-history-tests': '40' })
    )
    const policy = applyOverrides(DEFAULT_POLICY, options.overrides)
    expect([policy.flakyTests.historyRuns, policy.flakyTests.historyTests]).toEqual([20, 40])
    const unset = readHealthOptions(reader('health-check/action.yml', {}))
    expect(applyOverrides(DEFAULT_POLICY, unset.overrides).flakyTests).toEqual(DEFAULT_POLICY.flakyTests)
    expect(() =>
      readHealthOptions(reader('health-check/action.yml', { 'test-history-tests': '5000' }))
    ).toThrow(/test-history-tests/)
  })

  it('reads pull-request-failures over the playbook', () => {
    const options = readTriageOptions(reader('action.yml', { 'pull-request-failures': 'issue' }))
    expect(applyOverrides(DEFAULT_POLICY, options.overrides).pullRequestFailures).toBe('issue')
    const unset = readTriageOptions(reader('action.yml', {}))
    expect(applyOverrides(DEFAULT_POLICY, unset.overrides).pullRequestFailures).toBe('comment')
    expect(() => readTriageOptions(reader('action.yml', { 'pull-request-failures': 'ping' }))).toThrow(
      /pull-request-failures/
    )
  })

  it('reads test-report-artifacts over the playbook; none turns the reports off', () => {
    const policyOf = (value: string) =>
      applyOverrides(
        DEFAULT_POLICY,
        readTriageOptions(reader('action.yml', { 'test-report-artifacts': value })).overrides
      )
    expect(policyOf('').testReportArtifacts).toEqual(['*test*', '*junit*', '*report*'])
    expect(policyOf('surefire-*, TEST-results\n*xml*').testReportArtifacts).toEqual([
      'surefire-*',
      'TEST-results',
      '*xml*'
    ])
    expect(policyOf('None').testReportArtifacts).toEqual([])
  })
})

describe('precedence', () => {
  it('puts inputs over the playbook', () => {
    const playbookPolicy = { ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, maxAttempts: 2 } }
    expect(applyOverrides(playbookPolicy, {}).limits.maxAttempts).toBe(2)
    expect(applyOverrides(playbookPolicy, { maxAttempts: 5 }).limits.maxAttempts).toBe(5)
    expect(applyOverrides(playbookPolicy, { owners: { cto: ['x'] } }).owners).toEqual({ cto: ['x'] })
  })
})
