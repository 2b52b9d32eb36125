/**
 * Secrets planted the way an attacker would hide them from a redactor (issue 14): glued to the
 * word before them, split by an invisible character or an escape sequence, across the cut of
 * an overlong line, and across the start of the log tail that is read (a private key whose
 * BEGIN line is cut off, a token cut in half). Triage runs with the AI and both webhooks on;
 * every text it sent anywhere, read as its reader would (invisible characters and escape
 * sequences gone), holds none of them.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runScenario } from '../../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'
import { everythingSent } from './support/hardening.js'
import { actionsLog, stepLog } from './support/logs.js'
import { failingRun, repoWith, triageScenario, workflowRunEvent } from './support/scenario.js'

/** Fake secret values built at run time, each unique to its use so that a leak names its context. */
function fake(seed: number, length: number, alphabet = 'Zq8Xw3Lm9Kd2Rt7Vb4Nc6Hy1Jf5Gs0Pe'): string {
  return Array.from({ length }, (_, index) => alphabet[(index * 7 + seed * 13) % alphabet.length]).join('')
}

const INVISIBLE = ['\u200b', '\u00ad', '\u2060', '\u200e', '\u200d', '\ufeff', '\u0085']
const ESCAPES = ['\x1b[31m', '\x1b]8;;https://example.com/\x1b\\']

interface Plant {
  secret: string
  line: string
}

/** The formats the attacks use, each as a builder of a fresh fake. */
const FORMATS: ((seed: number) => Plant)[] = [
  seed => token(`ghp_${fake(seed, 36)}`),
  seed => token(`glpat-${fake(seed, 20)}`),
  seed => token(`xapp-1-A0${fake(seed, 30)}`),
  seed => token(`hf_${fake(seed, 34, 'ZqXwLmKdRtVbNcHyJfGsPe')}`),
  seed => token(`dckr_pat_${fake(seed, 27)}`),
  seed => token(`npm_${fake(seed, 36)}`),
  seed => token(`sk-proj-${fake(seed, 48)}`),
  seed => token(`SG.${fake(seed, 22)}.${fake(seed + 1, 43)}`),
  seed => ({ secret: fake(seed, 18), line: `SMTP_PASSWORD="${fake(seed, 6)} ${fake(seed, 18)} x"` }),
  seed => ({ secret: fake(seed, 20), line: `docker login -u bot -p ${fake(seed, 20)} registry.example.com` }),
  seed => ({ secret: fake(seed, 40), line: `git push https://${fake(seed, 40)}@github.com/acme/app.git` })
]

function token(value: string): Plant {
  return { secret: value, line: value }
}

/** Every way of hiding one format's secret, as log lines. */
function attacks(format: (seed: number) => Plant, base: number): Plant[] {
  const glued = format(base)
  const planted: Plant[] = [{ ...glued, line: `payload=token%3D${glued.line}` }]
  const json = format(base + 1)
  planted.push({ ...json, line: JSON.stringify({ output: `step said:\n${json.line}` }) })
  ;[...INVISIBLE, ...ESCAPES].forEach((hidden, index) => {
    const plant = format(base + 2 + index)
    const at = plant.line.indexOf(plant.secret) + 3
    planted.push({ ...plant, line: `deploy: ${plant.line.slice(0, at)}${hidden}${plant.line.slice(at)}` })
  })
  const cut = format(base + 20)
  const at = cut.line.indexOf(cut.secret) + 5
  // The runner's timestamp (29 characters) is cleaned off before the 2000-character cut.
  planted.push({ ...cut, line: `Error: ${'x'.repeat(2000 - 7 - at)}${cut.line} end` })
  return planted
}

const LOG_PLANTS = FORMATS.flatMap((format, index) => attacks(format, index * 100))
const NAME_PLANTS = FORMATS.map((format, index) => {
  const plant = format(5000 + index)
  const at = plant.line.indexOf(plant.secret) + 2
  return {
    ...plant,
    line: `${plant.line.slice(0, at)}${INVISIBLE[index % INVISIBLE.length]}${plant.line.slice(at)}`
  }
})

function triageOf(
  log: string,
  names: { job?: string; step?: string; branch?: string },
  inputs = {}
): Scenario {
  const run = failingRun({
    log,
    jobName: names.job ?? 'deploy',
    step: names.step ?? 'Run ./scripts/deploy.sh',
    branch: names.branch ?? 'main'
  })
  const repository = repoWith({ runs: [run] })
  if (names.branch) repository.branches.push({ name: names.branch, commits: repository.branches[0].commits })
  return {
    ...triageScenario(repository, workflowRunEvent(run), {
      inputs: { ai: 'always', 'ai-api-key': 'sk-test-standin', ...inputs }
    }),
    openai: { mode: 'echo-log' },
    webhooks: { slack: true, generic: true }
  }
}

/** Every hiding place in one log, and names split by invisible characters. */
function hiddenInLogAndNames(): Scenario {
  const log = stepLog('./scripts/deploy.sh', [
    'deploy: configuration follows',
    ...LOG_PLANTS.map(plant => `##[error]${plant.line}`)
  ])
  const inline = NAME_PLANTS.map(plant => plant.line.replace(/\n/g, ' ')).join(' ')
  return triageOf(log, { job: `deploy ${inline}`, step: `Run ./scripts/deploy.sh ${inline}` })
}

const TAIL_BYTES = 16 * 1024
const KEY_LINES = Array.from({ length: 300 }, (_, index) => `${fake(index, 61)}Q7z`)
const CUT_TOKEN = `ghp_${fake(7777, 36)}`

/** A log whose last 16 KB start inside a private key block, far from its BEGIN line. */
function keyOnTheTailBoundary(): Scenario {
  const log = stepLog('./scripts/sign.sh', [
    'writing the signing key',
    '-----BEGIN RSA PRIVATE KEY-----',
    ...KEY_LINES,
    '-----END RSA PRIVATE KEY-----',
    'sign: error: the key was refused'
  ])
  return triageOf(log, {}, { 'max-log-kb': '16' })
}

/** A log whose last 16 KB start in the middle of a token. */
function tokenOnTheTailBoundary(): Scenario {
  const before = ['##[group]Run ./scripts/deploy.sh', 'deploy: starting']
  const build = (padding: number): string[] => [
    ...before,
    `deploy: using ${CUT_TOKEN} for the push`,
    ...Array.from({ length: 150 }, (_, index) => `deploy: step ${index} done`),
    `deploy: ${'.'.repeat(padding)}`,
    '##[error]Process completed with exit code 1.'
  ]
  // The padding that puts the tail's first byte 10 bytes into the token.
  const bytesFromToken = (log: string): number =>
    Buffer.byteLength(log) - Buffer.byteLength(log.slice(0, log.indexOf(CUT_TOKEN)))
  const padding = TAIL_BYTES + 10 - bytesFromToken(actionsLog(build(0)))
  return triageOf(actionsLog(build(padding)), {}, { 'max-log-kb': '16' })
}

/** What a reader of `text` sees: escape sequences and invisible characters are not shown. */
function asRead(text: string): string {
  return text
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
    .replace(/\\u00(?:85|ad|1b)|\\u20(?:0[b-f]|6\d)|\\ufeff/gi, '')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
}

function leaks(result: ScenarioResult, secrets: readonly string[]): string[] {
  const sent = everythingSent(result).map(({ place, text }) => ({ place, text: asRead(text) }))
  return secrets.flatMap(secret =>
    sent.filter(({ text }) => text.includes(secret)).map(({ place }) => `${secret.slice(0, 12)}… -> ${place}`)
  )
}

const results = new Map<string, ScenarioResult>()

beforeAll(async () => {
  const scenarios: [string, Scenario][] = [
    ['hidden', hiddenInLogAndNames()],
    ['key', keyOnTheTailBoundary()],
    ['token', tokenOnTheTailBoundary()]
  ]
  await Promise.all(
    scenarios.map(async ([name, scenario]) =>
      results.set(name, await runScenario(scenario, { action: 'triage' }))
    )
  )
}, 180_000)

describe('secrets hidden from a redactor', () => {
  it('triages the run, with the AI asked and both webhooks notified', () => {
    const result = results.get('hidden')!
    expect(result.violations).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.issues).toHaveLength(1)
    expect(result.openaiRequests.length).toBeGreaterThan(0)
    expect(result.webhookRequests).toHaveLength(2)
  })

  it('sends none of the glued, split, escaped or cut secrets anywhere', () => {
    const result = results.get('hidden')!
    expect(everythingSent(result).length).toBeGreaterThan(8)
    expect(
      leaks(
        result,
        [...LOG_PLANTS, ...NAME_PLANTS].map(plant => plant.secret)
      )
    ).toEqual([])
  })
})

describe('secrets on the boundary of the log tail', () => {
  it('reads only the tail and still triages', () => {
    for (const name of ['key', 'token']) {
      const result = results.get(name)!
      expect(result.violations).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.issues).toHaveLength(1)
    }
  })

  it('treats a tail that starts inside a private key as key material up to its END line', () => {
    expect(leaks(results.get('key')!, KEY_LINES)).toEqual([])
  })

  it('sends no part of a token the tail cut in half', () => {
    const result = results.get('token')!
    expect(leaks(result, [CUT_TOKEN.slice(10), CUT_TOKEN.slice(10, 30)])).toEqual([])
  })
})
