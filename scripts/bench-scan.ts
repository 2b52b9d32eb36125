/**
 * Throughput and memory of the log scan (extraction + redaction + classification) on a
 * synthetic GitHub Actions log of a given size, with the failure near the end.
 *
 *   node --import tsx scripts/bench-scan.ts [SIZE_MB]     (default 256; the target is 1024 MB under 150 MB RSS)
 */
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { classifyExcerpt } from '../src/classify/classifier.js'
import { extractExcerpt } from '../src/classify/extract.js'

const NOISE = [
  '##[group]Run actions/checkout@v4',
  'Syncing repository: octo-org/octo-repo',
  '##[endgroup]',
  '\x1b[36;1mnpm ci\x1b[0m',
  'added 1287 packages, and audited 1288 packages in 21s',
  'found 0 vulnerabilities',
  '  ✓ renders the error banner when the request fails (12 ms)',
  'PASS src/components/__tests__/Button.test.tsx (5.123 s)',
  '[command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader',
  'npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  'Downloading https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz (540 kB)',
  '  continue-on-error: false',
  'Compiling 412 source files to /home/runner/work/octo-repo/octo-repo/target/classes',
  'token: ***'
]

const FAILURE = [
  ' FAIL  src/api/client.test.ts',
  '  ● ApiClient › retries › gives up after three attempts',
  '    expect(received).toBe(expected) // Object.is equality',
  '    Expected: 3',
  '    Received: 4',
  'Tests:       1 failed, 211 passed, 212 total',
  '##[error]Process completed with exit code 1.'
]

function timestamp(ms: number): string {
  return new Date(Date.UTC(2026, 0, 1) + ms).toISOString().replace('Z', '0000Z')
}

/** Line `index` of the synthetic log's filler, as the runner stamps it. */
export function noiseLine(index: number): string {
  return `${timestamp(index)} ${NOISE[index % NOISE.length]} #${index}\n`
}

/** About `sizeBytes` of filler followed by `failure`, each line stamped: a job log held in memory. */
export function syntheticLogText(sizeBytes: number, failure: readonly string[] = FAILURE): string {
  const lines: string[] = []
  let size = 0
  for (let index = 0; size < sizeBytes; index++) {
    const line = noiseLine(index)
    lines.push(line)
    size += line.length
  }
  const start = lines.length
  return lines.join('') + failure.map((line, i) => `${timestamp(start + i)} ${line}\n`).join('')
}

/** Writes about `sizeBytes` of log lines to `path`, honouring backpressure so memory stays flat. */
export async function writeSyntheticLog(path: string, sizeBytes: number): Promise<void> {
  const out = createWriteStream(path)
  let written = 0
  let line = 0
  const batch: string[] = []
  while (written < sizeBytes) {
    const text = noiseLine(line)
    batch.push(text)
    written += text.length
    line++
    if (batch.length === 200) {
      if (!out.write(batch.join(''))) await once(out, 'drain')
      batch.length = 0
    }
  }
  batch.push(...FAILURE.map(failure => `${timestamp(line++)} ${failure}\n`))
  out.end(batch.join(''))
  await once(out, 'finish')
}

export interface ScanBenchResult {
  sizeMb: number
  seconds: number
  mbPerSec: number
  /** Peak resident memory of the whole scanning process. */
  peakRssMb: number
  category: string
  confidence: number
}

/** Scans `path` in this process: extraction, redaction and classification, as triage does per job. */
export async function scanFile(path: string): Promise<Omit<ScanBenchResult, 'peakRssMb'>> {
  const sizeMb = statSync(path).size / (1024 * 1024)
  const started = process.hrtime.bigint()
  const excerpt = await extractExcerpt(createReadStream(path, { highWaterMark: 256 * 1024 }))
  const classification = classifyExcerpt({ excerpt, failedStep: 'Test' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {
    sizeMb,
    seconds,
    mbPerSec: sizeMb / seconds,
    category: classification.category,
    confidence: classification.confidence
  }
}

/**
 * Scans `path` in a fresh child process (`node --import tsx`, without tsx's CLI wrapper), so
 * the peak RSS is that of a process doing nothing but the scan.
 */
export function scanFileInChild(path: string): ScanBenchResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 }
  )
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as ScanBenchResult
}

/** Generates a log of `sizeMb` megabytes in a temporary directory and scans it in a child process. */
export async function benchScan(sizeMb: number): Promise<ScanBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'wt-bench-'))
  try {
    const path = join(dir, 'job.log')
    await writeSyntheticLog(path, sizeMb * 1024 * 1024)
    return scanFileInChild(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') {
    const result = await scanFile(process.argv[3] as string)
    // maxRSS is in kilobytes.
    console.log(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
  } else {
    const result = await benchScan(Number(process.argv[2] ?? 256))
    console.log(
      `scanned ${result.sizeMb.toFixed(0)} MB in ${result.seconds.toFixed(1)} s: ${result.mbPerSec.toFixed(1)} MB/s, ` +
        `peak RSS ${result.peakRssMb.toFixed(0)} MB, category ${result.category} (${result.confidence})`
    )
  }
}
