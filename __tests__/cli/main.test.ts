import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { main } from '../../src/cli/main.js'
import { startGitHubStandin, type GitHubStandin } from '../../testkit/github/index.js'
import { SAMPLE_CI_WORKFLOW, SAMPLE_TEST_LOG, sampleRepository } from '../../testkit/github/sample.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await main(argv, {
    stdout: line => stdout.push(line),
    stderr: line => stderr.push(line),
    stdin: Readable.from([]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd()
  })
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'wt-cli-'))
})

describe('--help and --version', () => {
  it.each(['classify', 'lint', 'triage', 'health', 'demo'])(
    '%s --help describes the command and exits 0',
    async command => {
      for (const flag of ['--help', '-h']) {
        const run = await cli([command, flag])
        expect(run.code).toBe(0)
        expect(run.stdout).toMatch(new RegExp(`^workflow-triage ${command}`))
        expect(run.stderr).toBe('')
      }
    }
  )

  it('--help after other options still helps', async () => {
    const run = await cli(['triage', '--repo', 'acme/widgets', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--apply')
  })

  it.each(['--version', '-v', 'version'])('%s prints the version of package.json', async flag => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const run = await cli([flag])
    expect(run).toEqual({ code: 0, stdout: version, stderr: '' })
  })

  it('an unknown option is named plainly, with a pointer to the help, exit 2', async () => {
    const run = await cli(['lint', '--frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unknown option --frobnicate')
    expect(run.stderr).toContain("See 'workflow-triage lint --help'.")
    // Every quote opened is closed.
    expect((run.stderr.match(/'/g) ?? []).length % 2).toBe(0)
  })
})

describe('lint', () => {
  it('takes an absolute path from any folder', async () => {
    const file = join(folder, 'ci.yml')
    writeFileSync(file, SAMPLE_CI_WORKFLOW)
    const elsewhere = mkdtempSync(join(tmpdir(), 'wt-cli-cwd-'))
    const run = await cli(['lint', '--json', file], { cwd: elsewhere })
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toBe('')
    for (const line of run.stdout.split('\n')) expect(JSON.parse(line).file).toBe(file)
  })

  it('a relative path is read from the working folder', async () => {
    mkdirSync(join(folder, 'flows'), { recursive: true })
    writeFileSync(join(folder, 'flows', 'ci.yml'), SAMPLE_CI_WORKFLOW)
    const run = await cli(['lint', 'flows'], { cwd: folder })
    expect(run.stdout).toMatch(/^1 files, \d+ findings$/m)
  })
})

describe('classify', () => {
  const classifyOne = async (name: string, content: Buffer | string) => {
    const file = join(folder, name)
    writeFileSync(file, content)
    const run = await cli(['classify', '--json', file])
    return { run, row: JSON.parse(run.stdout.split('\n')[0]) as Record<string, unknown> }
  }

  it('classifies a log holding U+FFFD, with a warning', async () => {
    const clean = await classifyOne('clean.log', SAMPLE_TEST_LOG)
    const odd = await classifyOne('replacement.log', SAMPLE_TEST_LOG.replace('> jest', '> jest \ufffd'))
    expect(odd.run.code).toBe(0)
    expect(odd.row.category).toBe(clean.row.category)
    expect(odd.row.error).toBeUndefined()
    expect(odd.row.warnings).toEqual([expect.stringContaining('UTF-8')])
    expect(odd.run.stderr).toMatch(/replacement\.log: warning: .*UTF-8/)
    expect(clean.row.warnings).toBeUndefined()
  })

  it('classifies a log holding a NUL byte, with a warning', async () => {
    const clean = await classifyOne('clean.log', SAMPLE_TEST_LOG)
    const odd = await classifyOne('nul.log', SAMPLE_TEST_LOG.replace('> jest', '> jest \u0000'))
    expect(odd.run.code).toBe(0)
    expect(odd.row.category).toBe(clean.row.category)
    expect(odd.row.fingerprint).toBe(clean.row.fingerprint)
    expect(odd.run.stderr).toMatch(/nul\.log: warning: .*NUL/)
  })

  it('says a folder is a folder', async () => {
    const run = await cli(['classify', folder])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('is a directory')
  })
})

describe('triage and health against a repository', () => {
  let standin: GitHubStandin
  afterEach(async () => {
    const violations = [...standin.violations]
    await standin.close()
    expect(violations).toEqual([])
  })
  const env = () => ({ GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: standin.url })
  // GraphQL queries are reads sent with POST.
  const writes = () =>
    standin.requests.filter(request => request.method !== 'GET' && request.path !== '/graphql')

  it('triage shows its plan and writes nothing without --apply', async () => {
    standin = await startGitHubStandin(sampleRepository(), { now: '2026-03-02T12:00:00Z' })
    for (const flags of [[], ['--dry-run']]) {
      const run = await cli(['triage', '--repo', 'acme/widgets', '--run-id', '9001', ...flags], {
        env: env()
      })
      expect(run.code).toBe(0)
      expect(run.stderr).toContain('Run again with --apply')
    }
    expect(writes()).toEqual([])
  })

  it('triage --apply carries out the plan', async () => {
    standin = await startGitHubStandin(sampleRepository(), { now: '2026-03-02T12:00:00Z' })
    const run = await cli(['triage', '--repo', 'acme/widgets', '--run-id', '9001', '--apply'], { env: env() })
    expect(run.code).toBe(0)
    expect(run.stderr).not.toContain('--apply')
    expect(writes().length).toBeGreaterThan(0)
  })

  it('health writes nothing without --apply and lints the repository files, not the local folder', async () => {
    standin = await startGitHubStandin(sampleRepository(), { now: '2026-03-02T12:00:00Z' })
    const local = mkdtempSync(join(tmpdir(), 'wt-cli-local-'))
    mkdirSync(join(local, '.github', 'workflows'), { recursive: true })
    writeFileSync(join(local, '.github', 'workflows', 'local-only.yml'), 'on: push\njobs: {}\n')
    const run = await cli(['health', '--repo', 'acme/widgets', '--json', '--fail-on', 'never'], {
      cwd: local,
      env: env()
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Run again with --apply')
    expect(writes()).toEqual([])
    expect(
      standin.requests.some(request =>
        decodeURIComponent(request.path).includes('/contents/.github/workflows')
      )
    ).toBe(true)
    expect(run.stdout).not.toContain('local-only.yml')
  })

  it('health --apply prunes the stale automation branch', async () => {
    const repository = sampleRepository()
    // Only bots committed to it, so the branch may go.
    for (const branch of repository.branches)
      if (branch.name === 'automated/deps-update')
        for (const commit of branch.commits) commit.author = 'dependabot[bot]'
    standin = await startGitHubStandin(repository, { now: '2026-03-02T12:00:00Z' })
    const run = await cli(['health', '--repo', 'acme/widgets', '--apply', '--fail-on', 'never'], {
      env: env()
    })
    expect(run.code).toBe(0)
    expect(writes().length).toBeGreaterThan(0)
  })

  it('--apply with --dry-run is a contradiction, exit 2', async () => {
    const repository = sampleRepository()
    // Only bots committed to it, so the branch may go.
    for (const branch of repository.branches)
      if (branch.name === 'automated/deps-update')
        for (const commit of branch.commits) commit.author = 'dependabot[bot]'
    standin = await startGitHubStandin(repository, { now: '2026-03-02T12:00:00Z' })
    const run = await cli(['health', '--repo', 'acme/widgets', '--apply', '--dry-run'], { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('contradict')
    expect(standin.requests).toEqual([])
  })

  it('a run id that is not a number is reported by its flag', async () => {
    standin = await startGitHubStandin(sampleRepository(), { now: '2026-03-02T12:00:00Z' })
    const run = await cli(['triage', '--repo', 'acme/widgets', '--run-id', 'abc'], { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--run-id must be a workflow run id, got 'abc'")
    expect(run.stderr).not.toContain('Input')
  })
})
