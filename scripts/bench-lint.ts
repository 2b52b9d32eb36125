/**
 * The linter's speed: warm milliseconds per file over the project's own workflow fixtures
 * (the sample repository's and this repository's workflows; run: script linters off, so the
 * figure is the linter's own), and the cold start of `workflow-triage lint` on one file, from
 * process start to exit, through the CLI bundle.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { lintWorkflow } from '../src/lint/index.js'

const FIXTURE_DIRS = ['examples/sample-repo/workflows', '.github/workflows']

export function lintFixtures(root: string): { path: string; content: string }[] {
  return FIXTURE_DIRS.flatMap(dir =>
    readdirSync(join(root, dir))
      .filter(name => /\.ya?ml$/.test(name))
      .sort()
      .map(name => ({ path: join(dir, name), content: readFileSync(join(root, dir, name), 'utf8') }))
  )
}

/** Median over `rounds` of the mean time per file of linting every fixture once, after one warm-up round. */
export function lintMsPerFile(root: string, rounds: number): { msPerFile: number; files: number } {
  const files = lintFixtures(root)
  const lintAll = () => {
    for (const file of files) lintWorkflow(file.path, file.content, { scriptLinters: false })
  }
  lintAll()
  const perFile: number[] = []
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    lintAll()
    perFile.push((performance.now() - start) / files.length)
  }
  return { msPerFile: median(perFile), files: files.length }
}

/** Median wall-clock time of `node <cli bundle> lint <file>` (run: script linters on, as a user runs it). */
export function coldLintMs(root: string, cliBundle: string, runs: number): number {
  const [file] = lintFixtures(root)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, [cliBundle, 'lint', file.path], { cwd: root, stdio: 'ignore' })
    // Exit 0 (clean) or 1 (findings); anything else means the measure timed a failure.
    if (run.status !== 0 && run.status !== 1) throw new Error(`lint exited with ${run.status}`)
    times.push(performance.now() - start)
  }
  return median(times)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
