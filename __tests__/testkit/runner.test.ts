import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import {
  inputEnvName,
  loadScenario,
  parseAnnotations,
  parseOutputFile,
  readInputDefaults,
  runScenario,
  SCENARIO_TOKEN,
  type GitHubStandinView,
  type RunScenarioOptions
} from '../../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * A fake action that behaves like the real bundles from the outside: reads its inputs and
 * the event, calls the GitHub API, the AI and the webhooks, writes outputs (heredoc and
 * plain), the step summary and an annotation, and uploads an artifact with the real client.
 */
const FAKE_ACTION = `
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'
import { mkdirSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs'

if (process.env['INPUT_HANG'] === 'true') setInterval(() => {}, 1000)
else {
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
  const api = process.env.GITHUB_API_URL
  const headers = { authorization: 'token ' + core.getInput('github-token'), 'content-type': 'application/json' }
  const repo = process.env.GITHUB_REPOSITORY
  const run = await (await fetch(api + '/repos/' + repo + '/actions/runs/' + event.workflow_run.id, { headers })).json()
  if (core.getInput('dry-run') !== 'true') {
    await fetch(api + '/repos/' + repo + '/issues', {
      method: 'POST', headers, body: JSON.stringify({ title: 'Run ' + run.id + ' failed', body: 'see run' })
    })
  }
  const ai = await fetch(core.getInput('ai-base-url') + '/chat/completions', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [] })
  })
  const answer = (await ai.json()).choices[0].message.content
  for (const url of [core.getInput('slack-webhook-url'), core.getInput('webhook-url')].filter(Boolean)) {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'run ' + run.id }) })
  }
  core.setOutput('category', answer)
  core.setOutput('report', 'line one\\nline two')
  appendFileSync(process.env.GITHUB_OUTPUT, 'plain=a=b\\n')
  core.setOutput('env', JSON.stringify(process.env))
  core.setOutput('workspace-file', readFileSync('notes/readme.txt', 'utf8'))
  core.error('broken: 100% sure\\nsecond line', { file: 'src/a,b.ts', startLine: 3, startColumn: 7, title: 'Bad: thing' })
  core.warning('just a warning')
  await core.summary.addHeading('Triage report').addRaw('All good').write()
  const dir = process.env.RUNNER_TEMP + '/report'
  mkdirSync(dir + '/nested', { recursive: true })
  writeFileSync(dir + '/report.json', JSON.stringify({ run: run.id }))
  writeFileSync(dir + '/nested/report.md', '# Report')
  try {
    await new DefaultArtifactClient().uploadArtifact('triage-report', [dir + '/report.json', dir + '/nested/report.md'], dir)
  } catch (error) {
    core.warning('artifact upload failed: ' + error.message)
    await core.summary.addRaw('artifact upload failed').write()
  }
  process.exitCode = Number(core.getInput('exit-code') || '0')
}
`

interface FakeGitHub extends GitHubStandinView {
  closed: boolean
  repos: Scenario['repository'][]
  options: unknown
}

/** A tiny GitHub stand-in: one run, issue creation, and a violation for anything else. */
async function startFakeGitHub(repos: Scenario['repository'][], options: unknown): Promise<FakeGitHub> {
  const requests: GitHubStandinView['requests'] = []
  const writes: ScenarioResult['writes'] = []
  const violations: string[] = []
  const issues: ScenarioResult['issues'] = []
  const repo = `${repos[0].owner}/${repos[0].name}`
  const server = createServer(async (req: IncomingMessage, res) => {
    const path = req.url ?? '/'
    let text = ''
    for await (const chunk of req) text += chunk
    requests.push({ method: req.method!, path, query: {}, status: 0, body: text })
    if (req.headers.authorization !== `token ${SCENARIO_TOKEN}`) violations.push(`unauthenticated ${path}`)
    if (req.method !== 'GET') writes.push({ method: req.method!, path, body: JSON.parse(text) })
    const runMatch = new RegExp(`^/repos/${repo}/actions/runs/(\\d+)$`).exec(path)
    if (req.method === 'GET' && runMatch) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: Number(runMatch[1]) }))
    } else if (req.method === 'POST' && path === `/repos/${repo}/issues`) {
      const body = JSON.parse(text) as { title: string; body: string }
      issues.push({
        number: issues.length + 1,
        ...body,
        state: 'open',
        labels: [],
        assignees: [],
        comments: []
      })
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ number: issues.length }))
    } else {
      violations.push(`no such operation: ${req.method} ${path}`)
      res.writeHead(404).end()
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    violations,
    repos,
    options,
    closed: false,
    writes: () => writes,
    snapshot: () => ({ issues, pullRequests: [], deletedRefs: [], reruns: [] }),
    close: async () => {
      fake.closed = true
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  return fake
}

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    action: 'triage',
    repository: {
      owner: 'acme',
      name: 'shop',
      defaultBranch: 'main',
      workflows: [{ id: 1, name: 'CI', path: '.github/workflows/ci.yml', content: 'on: push\njobs: {}\n' }],
      runs: [
        {
          id: 501,
          workflowId: 1,
          headBranch: 'main',
          headSha: 'a'.repeat(40),
          event: 'push',
          status: 'completed',
          conclusion: 'failure',
          createdAt: '2026-11-01T10:00:00Z',
          updatedAt: '2026-11-01T10:05:00Z',
          jobs: [
            { id: 9, name: 'test', status: 'completed', conclusion: 'failure', logFile: 'logs/test.log' }
          ]
        }
      ],
      branches: [{ name: 'main', sha: 'b'.repeat(40), commits: [] }]
    },
    event: { name: 'workflow_run', payload: { action: 'completed', workflow_run: { id: 501 } } },
    inputs: { 'github-token': SCENARIO_TOKEN, 'dry-run': 'false' },
    now: '2026-11-01T12:00:00Z',
    workspace: { 'notes/readme.txt': 'from the workspace' },
    openai: { mode: 'answer', answer: { category: 'test_failure' } },
    webhooks: { slack: true, generic: true },
    ...overrides
  }
}

describe('runScenario with a fake action', () => {
  let dir: string
  let bundlePath: string
  let github: FakeGitHub | undefined
  const options = (extra: RunScenarioOptions = {}): RunScenarioOptions => ({
    bundlePath,
    nodeBinary: process.execPath,
    standins: {
      github: async (repos, standinOptions) => (github = await startFakeGitHub(repos, standinOptions))
    },
    ...extra
  })

  beforeAll(() => {
    // Inside the repository so the fake action resolves @actions/* from node_modules.
    mkdirSync(join(REPO_ROOT, '.scenario-out'), { recursive: true })
    dir = mkdtempSync(join(REPO_ROOT, '.scenario-out', 'runner-test-'))
    bundlePath = join(dir, 'fake-action.mjs')
    writeFileSync(bundlePath, FAKE_ACTION)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs the action as a runner would and collects everything it did', async () => {
    process.env.INPUT_LEAKED = 'from the parent'
    process.env.GITHUB_LEAKED = 'from the parent'
    const outDir = join(dir, 'out')
    const result = await runScenario(
      scenario({ env: { EXTRA_SETTING: 'on' }, latencyMs: 5, inputs: { 'dry-run': 'false' } }),
      options({ outDir, scenarioDir: '/scenarios' })
    )
    delete process.env.INPUT_LEAKED
    delete process.env.GITHUB_LEAKED

    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.timedOut).toBeUndefined()
    expect(result.action).toBe('triage')

    const { env: envJson, ...outputs } = result.outputs
    expect(outputs).toEqual({
      category: '{"category":"test_failure"}',
      report: 'line one\nline two',
      plain: 'a=b',
      'workspace-file': 'from the workspace'
    })
    const env = JSON.parse(envJson) as Record<string, string>
    // github-token comes from action.yml's `${{ github.token }}` default; every other default is passed too.
    expect(env['INPUT_GITHUB-TOKEN']).toBe(SCENARIO_TOKEN)
    const metadata = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    for (const [name, input] of Object.entries(metadata.inputs)) {
      if (input.default !== undefined) expect(env).toHaveProperty([inputEnvName(name)])
    }
    expect(env['INPUT_DRY-RUN']).toBe('false')
    expect(env['INPUT_AI-BASE-URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    expect(env['INPUT_SLACK-WEBHOOK-URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\//)
    expect(env['INPUT_WEBHOOK-URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_API_URL: github!.url,
      GITHUB_GRAPHQL_URL: `${github!.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'triage',
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/triage.yml@refs/heads/main',
      RUNNER_OS: 'Linux',
      WORKFLOW_TRIAGE_NOW: '2026-11-01T12:00:00Z',
      EXTRA_SETTING: 'on'
    })
    expect(env.GITHUB_RUN_ID).toMatch(/^\d+$/)
    expect(env.ACTIONS_RUNTIME_TOKEN.split('.')).toHaveLength(3)
    expect(env.INPUT_LEAKED).toBeUndefined()
    expect(env.GITHUB_LEAKED).toBeUndefined()
    expect(env.NODE_OPTIONS).toBeUndefined()
    expect(env.PATH.split(':')).not.toContain(join(REPO_ROOT, 'node_modules/.bin'))

    // The stand-in got the repositories with logFile resolved against scenarioDir, and the options.
    expect(github!.repos.map(repo => repo.runs[0].jobs![0].logFile)).toEqual(['/scenarios/logs/test.log'])
    expect(github!.options).toEqual({ latencyMs: 5, faults: undefined, now: '2026-11-01T12:00:00Z' })
    expect(github!.closed).toBe(true)

    expect(result.stepSummary).toBe('<h1>Triage report</h1>\nAll good')
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'broken: 100% sure\nsecond line',
        file: 'src/a,b.ts',
        line: 3,
        col: 7,
        title: 'Bad: thing'
      },
      { level: 'warning', message: 'just a warning' }
    ])
    expect(result.stdout).toContain('::error ')
    expect(result.issues).toEqual([
      {
        number: 1,
        title: 'Run 501 failed',
        body: 'see run',
        state: 'open',
        labels: [],
        assignees: [],
        comments: []
      }
    ])
    expect(result.deletedRefs).toEqual([])
    expect(result.reruns).toEqual([])
    expect(result.writes).toEqual([
      { method: 'POST', path: '/repos/acme/shop/issues', body: { title: 'Run 501 failed', body: 'see run' } }
    ])
    expect(result.requestCount).toBe(2)
    expect(result.violations).toEqual([])
    expect(result.artifacts).toEqual({
      'triage-report': { 'report.json': '{"run":501}', 'nested/report.md': '# Report' }
    })
    expect(result.openaiRequests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1/chat/completions',
        body: { model: 'm', messages: [] }
      })
    ])
    expect(result.webhookRequests).toEqual([
      { url: env['INPUT_SLACK-WEBHOOK-URL'], body: { text: 'run 501' } },
      { url: env['INPUT_WEBHOOK-URL'], body: { text: 'run 501' } }
    ])
    expect(result.durationMs).toBeGreaterThan(0)

    expect(JSON.parse(readFileSync(join(outDir, 'state.json'), 'utf8'))).toEqual(result)
    expect(readFileSync(join(outDir, 'summary.md'), 'utf8')).toBe(result.stepSummary)
    expect(readFileSync(join(outDir, 'artifacts/triage-report/nested/report.md'), 'utf8')).toBe('# Report')
  })

  it('drives the real GitHub stand-in, whose state and OpenAPI checks reach the result', async () => {
    const result = await runScenario(scenario({ inputs: { 'dry-run': 'false' } }), {
      ...options(),
      standins: {}
    })
    expect(result.exitCode).toBe(0)
    expect(result.violations).toEqual([])
    expect(result.requestCount).toBe(2)
    expect(result.writes).toEqual([
      { method: 'POST', path: '/repos/acme/shop/issues', body: { title: 'Run 501 failed', body: 'see run' } }
    ])
    expect(result.issues).toEqual([
      expect.objectContaining({ title: 'Run 501 failed', body: 'see run', state: 'open', labels: [] })
    ])
  })

  it('reports the action exit code and an upload failure the action survived', async () => {
    const result = await runScenario(
      scenario({
        inputs: { 'github-token': SCENARIO_TOKEN, 'exit-code': '3' },
        artifacts: { failWith: 403 }
      }),
      options()
    )
    expect(result.exitCode).toBe(3)
    expect(result.artifacts).toEqual({})
    expect(result.stepSummary).toContain('artifact upload failed')
    expect(result.annotations.map(a => a.message)).toContainEqual(expect.stringContaining('(403)'))
  })

  it('kills an action that runs past the time limit and still closes the stand-ins', async () => {
    const result = await runScenario(scenario({ inputs: { hang: 'true' } }), options({ timeoutMs: 500 }))
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBe(137)
    expect(github!.closed).toBe(true)
  })

  it('fails clearly when the bundle is missing, closing what it started', async () => {
    github = undefined
    await expect(
      runScenario(scenario(), { ...options(), bundlePath: join(dir, 'missing.js') })
    ).rejects.toThrow(/bundle not found: .*missing\.js/)
    expect(github!.closed).toBe(true)
  })
})

describe('parseOutputFile', () => {
  it('reads plain and heredoc outputs, values keeping = and newlines', () => {
    const text = 'a=1\nb<<ghadelimiter_x\nline 1\nc=not an output\nghadelimiter_x\nd=x=y\n'
    expect(parseOutputFile(text)).toEqual({ a: '1', b: 'line 1\nc=not an output', d: 'x=y' })
  })

  it('rejects an unterminated heredoc', () => {
    expect(() => parseOutputFile('b<<EOF\nvalue\n')).toThrow(/no closing EOF for b/)
  })
})

describe('parseAnnotations', () => {
  it('decodes the toolkit escaping of properties and messages', () => {
    const stdout = [
      'plain log line',
      '::notice title=A%3A b%2C c,file=x.yml,line=12::50%25 done%0Anext',
      '::debug::not an annotation',
      '::error::bare'
    ].join('\n')
    expect(parseAnnotations(stdout)).toEqual([
      { level: 'notice', title: 'A: b, c', file: 'x.yml', line: 12, message: '50% done\nnext' },
      { level: 'error', message: 'bare' }
    ])
  })

  it('ignores commands between ::stop-commands:: and its resume token', () => {
    const stdout = '::stop-commands::tok123\n::error::from a log\n::tok123::\n::warning::real'
    expect(parseAnnotations(stdout)).toEqual([{ level: 'warning', message: 'real' }])
  })
})

describe('inputs', () => {
  it('names input variables like @actions/core, keeping hyphens', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN')
    expect(inputEnvName('fail on')).toBe('INPUT_FAIL_ON')
  })

  it('reads action.yml defaults and evaluates the expressions a runner would', () => {
    const dir = mkdtempSync(join(REPO_ROOT, '.scenario-out', 'defaults-'))
    const file = join(dir, 'action.yml')
    writeFileSync(
      file,
      'name: x\ninputs:\n  github-token:\n    default: ${{ github.token }}\n  max-issues:\n    default: 3\n  dry-run:\n    default: false\n  playbook:\n    required: false\n'
    )
    expect(readInputDefaults(file, { 'github.token': 'ghs_x' })).toEqual({
      'github-token': 'ghs_x',
      'max-issues': '3',
      'dry-run': 'false'
    })
    writeFileSync(file, 'inputs:\n  repo:\n    default: ${{ github.event.repository.name }}\n')
    expect(() => readInputDefaults(file, {})).toThrow(
      /unsupported default \$\{\{ github.event.repository.name \}\}/
    )
    expect(readInputDefaults(join(dir, 'missing.yml'), {})).toEqual({})
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('loadScenario', () => {
  it('resolves logFile paths against the scenario file and names the file on bad JSON or an invalid scenario', () => {
    const dir = mkdtempSync(join(REPO_ROOT, '.scenario-out', 'load-'))
    const file = join(dir, 'case.json')
    writeFileSync(file, JSON.stringify(scenario()))
    expect(loadScenario(file).repository.runs[0].jobs![0].logFile).toBe(join(dir, 'logs/test.log'))
    writeFileSync(file, JSON.stringify({ ...scenario(), action: 'deploy' }))
    expect(() => loadScenario(file)).toThrow(
      /not a valid scenario:\n {2}\/action must be equal to one of the allowed values/
    )
    writeFileSync(file, '{ not json')
    expect(() => loadScenario(file)).toThrow(new RegExp(`${file}: not valid JSON`))
    rmSync(dir, { recursive: true, force: true })
    expect(existsSync(dir)).toBe(false)
  })
})
