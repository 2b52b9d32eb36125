/**
 * Support for the hardening suites: one GitHub stand-in shared by concurrent action runs,
 * a fake token of every DESIGN 9 format, and every text an action run sent anywhere (GitHub,
 * the AI, webhooks, the artifact, the job summary, its own log), for leak and inertness scans.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubStandin, type GitHubStandin } from '../../../testkit/github/index.js'
import type { StartGitHubStandin } from '../../../testkit/scenario/runner.js'
import type { ScenarioRepository, ScenarioResult } from '../../../testkit/scenario/types.js'

/**
 * A stand-in that several `runScenario` calls use at once (as concurrent workflow runs share
 * GitHub): the runner's factory gets it, and its close is left to the test.
 */
export async function sharedStandin(
  repositories: ScenarioRepository[],
  now: string
): Promise<{ standin: GitHubStandin; factory: StartGitHubStandin }> {
  const standin = await startGitHubStandin(repositories, { now })
  const factory: StartGitHubStandin = () => Promise.resolve({ ...standin, close: () => Promise.resolve() })
  return { standin, factory }
}

/**
 * One fake of every token format DESIGN 9 names, shaped as its issuer shapes it, built at run
 * time so that no scanner mistakes this file for a leak. `seed` varies them per place, so a
 * leak names the place it came from.
 */
export function fakeSecrets(seed: string): Record<string, string> {
  const alphabet = 'Zq8Xw3Lm9Kd2Rt7Vb4Nc6Hy1Jf5Gs0Pe'
  const offset = [...seed].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  const alnum = (length: number, salt: number) =>
    Array.from({ length }, (_, index) => alphabet[(index * 7 + offset + salt) % alphabet.length]).join('')
  const upper = (length: number, salt: number) => alnum(length, salt).toUpperCase()
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return {
    ghp: `ghp_${alnum(36, 1)}`,
    gho: `gho_${alnum(36, 2)}`,
    ghu: `ghu_${alnum(36, 3)}`,
    ghs: `ghs_${alnum(36, 4)}`,
    ghr: `ghr_${alnum(36, 5)}`,
    githubPat: `github_pat_11${alnum(20, 6)}_${alnum(59, 7)}`,
    awsAccessKey: `AKIA${upper(16, 8)}`,
    openai: `sk-proj-${alnum(48, 9)}`,
    anthropic: `sk-ant-api03-${alnum(80, 10)}`,
    slackToken: `xoxb-1234567890-1234567890123-${alnum(24, 11)}`,
    slackWebhook: `https://hooks.slack.com/services/T0${upper(8, 12)}/B0${upper(8, 13)}/${alnum(24, 14)}`,
    google: `AIza${alnum(35, 15)}`,
    stripe: `sk_live_${alnum(24, 16)}`,
    npm: `npm_${alnum(36, 17)}`,
    jwt: `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: seed, iat: 1763600000 })}.${alnum(43, 18)}`
  }
}

/**
 * Secrets that are secrets only by their context (a header, an assignment, a URL, a PEM
 * block): `line` plants `value` the way a tool prints it.
 */
export function contextualSecrets(seed: string): { kind: string; value: string; line: string }[] {
  const secrets = fakeSecrets(`${seed}-context`)
  const value = (name: string) => secrets[name].slice(-24).replace(/^[^A-Za-z]+/, 'Q')
  return [
    {
      kind: 'aws-secret-key',
      value: `${value('ghp')}/${value('gho').slice(0, 15)}`,
      line: `aws_secret_access_key=${value('ghp')}/${value('gho').slice(0, 15)}`
    },
    {
      kind: 'bearer-token',
      value: `${value('ghu')}${value('ghs')}`,
      line: `curl -H "Authorization: Bearer ${value('ghu')}${value('ghs')}" https://api.example.com`
    },
    {
      kind: 'url-credentials',
      value: `p${value('ghr')}`,
      line: `git remote add deploy https://deploy:p${value('ghr')}@git.example.com/acme/app.git`
    },
    { kind: 'password', value: `Pw${value('npm')}`, line: `db password=Pw${value('npm')}` },
    { kind: 'token', value: `T${value('google')}`, line: `export token=T${value('google')}` },
    { kind: 'secret', value: `S${value('stripe')}`, line: `client secret=S${value('stripe')}` },
    {
      kind: 'private-key',
      value: value('openai') + value('anthropic'),
      line: [
        '-----BEGIN RSA PRIVATE KEY-----',
        value('openai') + value('anthropic'),
        '-----END RSA PRIVATE KEY-----'
      ].join('\n')
    }
  ]
}

/**
 * Every text a run produced or sent: GitHub request bodies, AI requests, webhook bodies,
 * artifact files, the job summary, outputs, annotations and the action's own log.
 */
export function everythingSent(result: ScenarioResult): { place: string; text: string }[] {
  return [
    ...result.writes.map(write => ({
      place: `${write.method} ${write.path}`,
      text: JSON.stringify(write.body ?? null)
    })),
    ...result.openaiRequests.map(request => ({ place: 'openai request', text: JSON.stringify(request) })),
    ...result.webhookRequests.map(request => ({
      place: `webhook ${request.url}`,
      text: JSON.stringify(request.body)
    })),
    ...Object.entries(result.artifacts).flatMap(([name, files]) =>
      Object.entries(files).map(([path, text]) => ({ place: `artifact ${name}/${path}`, text }))
    ),
    ...result.issues.flatMap(issue => [
      { place: `issue #${issue.number}`, text: `${issue.title}\n${issue.body}` },
      ...issue.comments.map(comment => ({ place: `comment on #${issue.number}`, text: comment.body }))
    ]),
    { place: 'job summary', text: result.stepSummary },
    { place: 'outputs', text: JSON.stringify(result.outputs) },
    { place: 'stdout', text: result.stdout },
    { place: 'stderr', text: result.stderr }
  ]
}

/** The places where `needle` appears in what a run sent. */
export function placesHolding(result: ScenarioResult, needle: string): string[] {
  return everythingSent(result)
    .filter(({ text }) => text.includes(needle) || text.includes(JSON.stringify(needle).slice(1, -1)))
    .map(({ place }) => place)
}

/** A file holding exactly `bytes` (a log that is not text, not UTF-8), in a fresh temporary folder. */
export function bytesFile(name: string, bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wt-hardening-')), name)
  writeFileSync(file, bytes)
  return file
}
