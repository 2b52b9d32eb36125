/**
 * Bad input on both bundles: every input of action.yml with a value it cannot take (the table
 * must cover every input, so a new input needs a case here), malformed, truncated and
 * unsupported events, invalid playbooks (bad YAML, unknown key, wrong type, alias bomb), and
 * for the health check's linter, workflow files that are binary, enormous or alias bombs;
 * for triage, logs that are empty, binary, not UTF-8, or one 50 MB line. Expected: a clear
 * message naming the problem and no write on a guess; or, for data the action reads, a result
 * and never a crash.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { runScenario } from '../../testkit/scenario/runner.js'
import type { Scenario, ScenarioJob, ScenarioResult } from '../../testkit/scenario/types.js'
import { healthScenario, statusRepository } from './support/health-scenarios.js'
import { bytesFile } from './support/hardening.js'
import { CODE_FAILURE_LOG, stepLog } from './support/logs.js'
import { failingRun, failureScenario, repoWith, triageScenario } from './support/scenario.js'

/** A value each input cannot take, or why any text is accepted. */
type InvalidValue = { value: string } | { freeText: string }

const TRIAGE_INPUTS: Record<string, InvalidValue> = {
  'github-token': { value: '' },
  playbook: { value: '../../etc/playbook.md' },
  'dry-run': { value: 'yes' },
  ai: { value: 'sometimes' },
  'ai-base-url': { value: 'ftp://models.example.com' },
  'ai-model': { freeText: 'any model id the endpoint knows' },
  'ai-api-key': { freeText: 'a secret, checked by the endpoint' },
  'ai-azure-api-version': { freeText: 'checked by Azure' },
  'ai-timeout-seconds': { value: '0' },
  'max-attempts': { value: 'three' },
  'flaky-reruns': { value: '9' },
  'max-new-issues': { value: '-1' },
  'max-writes': { value: '1e3' },
  'automation-branches': { value: '**' },
  'bot-authors': { freeText: 'logins or e-mail addresses, compared as text' },
  owners: { value: 'boss=alice' },
  'require-approval': { value: 'maybe' },
  'create-issues': { value: 'nope' },
  'max-failed-jobs': { value: '11' },
  'max-log-kb': { value: '1' },
  'upload-report': { value: '1' },
  'report-name': { value: '../report' },
  'retention-days': { value: '91' },
  'slack-webhook-url': { value: 'not a url' },
  'webhook-url': { value: 'javascript:alert(1)' },
  'run-id': { value: '12ab' },
  'ignore-workflows': { freeText: 'workflow names or paths, compared as text' },
  'fork-runs': { value: 'trust' },
  'pull-request-failures': { value: 'sometimes' },
  'test-report-artifacts': { freeText: 'artifact name globs, matched as text' },
  'bot-login': { value: 'not a login' }
}

const HEALTH_INPUTS: Record<string, InvalidValue> = {
  'github-token': { value: '' },
  playbook: { value: '/etc/playbook.md' },
  'dry-run': { value: 'yes' },
  runs: { value: '2' },
  repositories: { value: 'acme/app/extra' },
  lint: { value: 'y' },
  'workflows-path': { freeText: 'a folder; when absent the files are read through the API' },
  prune: { value: 'sometimes' },
  'stale-days': { value: '0' },
  'max-prunes': { value: '101' },
  'automation-branches': { value: '*' },
  'bot-authors': { freeText: 'logins or e-mail addresses, compared as text' },
  'fork-runs': { value: 'always' },
  'auto-fix': { value: 'on' },
  'triage-missed': { value: 'off' },
  'max-attempts': { value: '0' },
  'max-writes': { value: '501' },
  'max-api-requests': { value: '0' },
  'test-history-runs': { value: '4' },
  'test-history-tests': { value: '2001' },
  'create-issues': { value: 'n' },
  owners: { value: 'cto=@@' },
  'fail-on': { value: 'always' },
  'upload-report': { value: 'n' },
  'report-name': { value: 'a b' },
  'retention-days': { value: '0' }
}

function inputNames(metadata: string): string[] {
  const parsed = parseYaml(readFileSync(new URL(`../../${metadata}`, import.meta.url), 'utf8')) as {
    inputs: Record<string, unknown>
  }
  return Object.keys(parsed.inputs)
}

const invalid = (table: Record<string, InvalidValue>) =>
  Object.entries(table).flatMap(([name, entry]) => ('value' in entry ? [{ name, value: entry.value }] : []))

const failure = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })

const eventFile = (text: string): string => bytesFile('event.json', Buffer.from(text))

const EVENT_CASES: { name: string; scenario: Scenario; message: RegExp }[] = [
  {
    name: 'event payload that is not JSON',
    scenario: failureScenario(
      failure,
      {},
      { env: { GITHUB_EVENT_PATH: eventFile('workflow_run: completed') } }
    ),
    message: /event payload is not valid JSON/
  },
  {
    name: 'truncated event payload',
    scenario: failureScenario(
      failure,
      {},
      {
        env: { GITHUB_EVENT_PATH: eventFile('{"action":"completed","workflow_run":{"id":1001,"conclu') }
      }
    ),
    message: /event payload is not valid JSON/
  },
  {
    name: 'event payload without the run',
    scenario: triageScenario(repoWith({ runs: [failure] }), {
      name: 'workflow_run',
      payload: { action: 'completed', repository: { full_name: 'acme/app' } }
    }),
    message: /no workflow_run object/
  },
  {
    name: 'run id that is not a number',
    scenario: triageScenario(repoWith({ runs: [failure] }), {
      name: 'workflow_run',
      payload: { action: 'completed', workflow_run: { id: -5, conclusion: 'failure' } }
    }),
    message: /workflow_run\.id.* not a positive whole number|positive whole number/
  },
  {
    name: 'unsupported event',
    scenario: triageScenario(repoWith({ runs: [failure] }), {
      name: 'release',
      payload: { action: 'published' }
    }),
    message: /'release' event/
  }
]

/** A playbook with the given front matter. */
const playbook = (frontMatter: string) => `---\n${frontMatter}\n---\n\n# Operations playbook\n`
const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'
].join('\n')

const PLAYBOOKS: { name: string; text: string; message: RegExp }[] = [
  { name: 'bad YAML', text: playbook('version: 1\nlimits: [max-attempts: 3'), message: /playbook\.md:\d+/ },
  {
    name: 'unknown key',
    text: playbook('version: 1\nlimits:\n  max-retries: 5'),
    message: /playbook\.md:4: 'limits\.max-retries' is not a known key/
  },
  {
    name: 'wrong type',
    text: playbook('version: 1\nlimits:\n  max-attempts: three'),
    message: /playbook\.md:4: 'limits\.max-attempts' must be a whole number/
  },
  { name: 'alias bomb', text: playbook(`version: 1\n${ALIAS_BOMB}`), message: /playbook\.md.*alias/i }
]

const WORKFLOW_FILES: Record<string, string> = {
  '.github/workflows/binary.yml': String.fromCharCode(
    ...Array.from({ length: 4096 }, (_, index) => (index * 37) % 256)
  ),
  '.github/workflows/enormous.yml': `name: Enormous\non: push\njobs:\n${Array.from(
    { length: 40_000 },
    (_, index) => `  job${index}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${index}\n`
  ).join('')}`,
  '.github/workflows/bomb.yml': `name: Bomb\non: push\n${ALIAS_BOMB}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`
}

const FIFTY_MB = 50 * 1024 * 1024
const LOGS: Record<string, Partial<ScenarioJob>> = {
  empty: { log: '' },
  binary: {
    logFile: bytesFile(
      'binary.log',
      Buffer.from(Array.from({ length: 65536 }, (_, index) => (index * 131 + 7) % 256))
    )
  },
  latin1: {
    logFile: bytesFile(
      'latin1.log',
      Buffer.from(
        stepLog(
          'npm run build',
          ["src/caf\u00e9.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'."],
          2
        ),
        'latin1'
      )
    )
  },
  // A bundler printing its minified output as one line, then the compiler's error.
  oneHugeLine: {
    log: `${'minified();'.repeat(Math.ceil(FIFTY_MB / 11))}\nsrc/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 2.\n`
  }
}

const results = new Map<string, ScenarioResult>()

async function run(name: string, scenario: Scenario, action: 'triage' | 'health-check'): Promise<void> {
  results.set(name, await runScenario(scenario, { action }))
}

/** At most `limit` scenarios at a time: each starts its own stand-ins and a node process. */
async function inBatches(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...jobs]
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job()
    })
  )
}

beforeAll(async () => {
  const healthBase = () => healthScenario(statusRepository(), { inputs: { 'fail-on': 'never' } })
  await inBatches(
    [
      ...invalid(TRIAGE_INPUTS).map(
        ({ name, value }) =>
          () =>
            run(`triage ${name}`, failureScenario(failure, {}, { inputs: { [name]: value } }), 'triage')
      ),
      ...invalid(HEALTH_INPUTS).map(
        ({ name, value }) =>
          () =>
            run(
              `health ${name}`,
              { ...healthBase(), inputs: { 'fail-on': 'never', [name]: value } },
              'health-check'
            )
      ),
      ...EVENT_CASES.map(
        ({ name, scenario }) =>
          () =>
            run(name, scenario, 'triage')
      ),
      ...PLAYBOOKS.flatMap(({ name, text }) => [
        () =>
          run(
            `triage playbook ${name}`,
            failureScenario(failure, {}, { workspace: { 'playbook.md': text } }),
            'triage'
          ),
        () =>
          run(
            `health playbook ${name}`,
            { ...healthBase(), workspace: { 'playbook.md': text } },
            'health-check'
          )
      ]),
      () => run('health workflow files', { ...healthBase(), workspace: WORKFLOW_FILES }, 'health-check'),
      () =>
        run(
          'health malformed event',
          { ...healthBase(), env: { GITHUB_EVENT_PATH: eventFile('{"schedule": "17 */4') } },
          'health-check'
        ),
      ...Object.entries(LOGS).map(([name, job]) => () => {
        const scenario = failureScenario(failingRun({ log: '', step: 'Run npm run build' }))
        const [first] = scenario.repository.runs[0].jobs!
        delete first.log
        Object.assign(first, job)
        return run(`log ${name}`, scenario, 'triage')
      })
    ],
    6
  )
})

describe('the input tables', () => {
  it.each([
    ['action.yml', TRIAGE_INPUTS],
    ['health-check/action.yml', HEALTH_INPUTS]
  ])('cover every input of %s', (metadata, table) => {
    expect(Object.keys(table).sort()).toEqual(inputNames(metadata).sort())
  })
})

/** The step failed with one error naming `what`, and nothing was written. */
function refusedClearly(result: ScenarioResult, what: RegExp): void {
  expect(result.exitCode).toBe(1)
  const errors = result.annotations.filter(annotation => annotation.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message).toMatch(what)
  expect(result.writes).toEqual([])
  expect(result.issues).toEqual([])
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe.each([
  ['triage', invalid(TRIAGE_INPUTS)],
  ['health', invalid(HEALTH_INPUTS)]
])('%s with an invalid input', (action, cases) => {
  it.each(cases)('$name=$value fails the step naming the input, with no write', ({ name, value }) => {
    // A playbook path is named as the file it would be, like every other playbook problem.
    const named =
      name === 'playbook'
        ? `^${escape(value)}:1: must be a path inside the workspace`
        : `Input '${escape(name)}'`
    refusedClearly(results.get(`${action} ${name}`)!, new RegExp(named))
  })
})

describe.each(EVENT_CASES)('triage of an $name', ({ name, message }) => {
  it('fails the step with a clear message and no write', () => {
    refusedClearly(results.get(name)!, message)
  })
})

describe('a health check with a malformed event file', () => {
  it('fails the step with a clear message and no write', () => {
    refusedClearly(results.get('health malformed event')!, /event payload is not valid JSON/)
  })
})

describe.each(PLAYBOOKS)('a playbook with $name', ({ name, message }) => {
  it.each(['triage', 'health'])('%s fails the step naming the file (and line), with no write', action => {
    refusedClearly(results.get(`${action} playbook ${name}`)!, message)
  })
})

describe('workflow files that are binary, enormous or alias bombs', () => {
  it('are lint findings of their files, never a crash; the check completes', () => {
    const result = results.get('health workflow files')!
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(result.artifacts['health-report']['health-report.json']) as {
      repositories: { lint: { findings: { file: string; rule: string; message: string }[] } }[]
      errors: string[]
    }
    expect(report.errors).toEqual([])
    const files = new Set(report.repositories[0].lint.findings.map(finding => finding.file))
    for (const file of Object.keys(WORKFLOW_FILES)) expect(files).toContain(file)
    expect(report.repositories[0].lint.findings.length).toBeLessThan(1000)
  })
})

describe.each(Object.keys(LOGS))('a %s log', name => {
  it('is triaged without a crash: escalated with what could be read', () => {
    const result = results.get(`log ${name}`)!
    expect(result.violations).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.action).toBe('escalate')
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body.length).toBeLessThanOrEqual(65536)
  })
})

describe('logs that still name their failure', () => {
  it.each(['latin1', 'oneHugeLine'])('%s: the type error is found in the tail', name => {
    expect(results.get(`log ${name}`)!.outputs.category).toBe('code_failure')
  })
})
