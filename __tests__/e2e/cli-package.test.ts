import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** npm as the test runner's npm (npm_execpath) when started by npm, else the one on PATH. */
function npm(args: string[], cwd: string): string {
  const npmCli = process.env.npm_execpath
  return npmCli
    ? execFileSync(process.execPath, [npmCli, ...args], { cwd, encoding: 'utf8' })
    : execFileSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' })
}

interface PackResult {
  filename: string
  files: { path: string }[]
}

describe('the CLI package', () => {
  it('installs offline into an empty folder, with nothing but itself, and answers --version', () => {
    const work = mkdtempSync(join(tmpdir(), 'wt-pack-'))
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
      dependencies?: Record<string, string>
    }
    expect(manifest.dependencies ?? {}).toEqual({})

    const [packed] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], process.cwd())
    ) as PackResult[]
    const paths = packed.files.map(file => file.path)
    expect(paths).toContain('dist/cli/index.js')
    expect(paths).toContain('LICENSE')
    expect(
      paths.filter(path => !/^(dist\/cli\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(path))
    ).toEqual([])

    // An empty cache and --offline: the install can only succeed if the tarball needs nothing else.
    const project = join(work, 'project')
    npm(
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--cache',
        join(work, 'empty-cache'),
        '--prefix',
        project,
        join(work, packed.filename)
      ],
      work
    )
    expect(readdirSync(join(project, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual([
      'workflow-triage'
    ])

    const bin = join(project, 'node_modules', '.bin', 'workflow-triage')
    const version = execFileSync(process.platform === 'win32' ? `${bin}.cmd` : bin, ['--version'], {
      cwd: project,
      encoding: 'utf8',
      shell: process.platform === 'win32'
    })
    expect(version.trim()).toBe(manifest.version)
  })
})
