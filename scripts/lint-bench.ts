/**
 * Measures the workflow linter against a lint benchmark folder (`npx tsx scripts/lint-bench.ts DIR
 * [--verbose]`: workflow files, an `expected.tsv` of verdicts and a README of expected finding lines,
 * kept outside this repository): must-flag files with an error or warning finding, clean files with a
 * false positive, and how many of the expected finding lines are reported.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintWorkflow, type Finding } from '../src/lint/index.js'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = args.find(arg => !arg.startsWith('--'))
if (!dir) {
  console.error('usage: npx tsx scripts/lint-bench.ts DIR [--verbose]')
  process.exit(2)
}

const rows = readFileSync(join(dir, 'expected.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map(line => {
    const [file, mustFlag, kind] = line.split('\t')
    return { file, mustFlag: mustFlag === 'yes', kind }
  })

const expectedLines = readExpectedLines(readFileSync(join(dir, 'README.md'), 'utf8'))
const flags = (findings: Finding[]) => findings.filter(f => f.level !== 'notice')

let flagged = 0
let falsePositives = 0
let linesExpected = 0
let linesReported = 0
for (const row of rows) {
  const findings = lintWorkflow(row.file, readFileSync(join(dir, row.file), 'utf8'))
  const serious = flags(findings)
  if (row.mustFlag && serious.length > 0) flagged++
  if (!row.mustFlag && serious.length > 0) falsePositives++
  const expected = expectedLines.get(row.file) ?? []
  const reportedLines = new Set(findings.map(f => f.line))
  const hits = expected.filter(line => reportedLines.has(line))
  linesExpected += expected.length
  linesReported += hits.length
  const verdict = row.mustFlag ? (serious.length > 0 ? 'hit ' : 'MISS') : serious.length > 0 ? 'FP  ' : 'ok  '
  if (verbose || verdict === 'MISS' || verdict === 'FP  ') {
    console.log(
      `${verdict} ${row.file} (${row.kind})${expected.length ? ` lines ${hits.length}/${expected.length}` : ''}`
    )
    for (const f of findings) console.log(`       ${f.line}:${f.column} ${f.level} ${f.rule}: ${f.message}`)
  }
}

const mustFlag = rows.filter(row => row.mustFlag).length
const clean = rows.length - mustFlag
console.log(`must-flag hits: ${flagged}/${mustFlag}`)
console.log(`clean false positives: ${falsePositives}/${clean}`)
console.log(`expected finding lines reported: ${linesReported}/${linesExpected}`)

/**
 * The "Expected finding lines" table: `| file | lines | kinds |`, lines like `6,12`,
 * `2–3 (...)`, `22 (default); 28 too (...)`. Every number outside parentheses counts, ranges
 * expanded.
 */
function readExpectedLines(readme: string): Map<string, number[]> {
  const table = new Map<string, number[]>()
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map(cell => cell.trim())
    if (cells.length < 4 || !/\.ya?ml$/.test(cells[1])) continue
    const numbers = cells[2].replace(/\([^)]*\)/g, ' ')
    const lines = [...numbers.matchAll(/(\d+)(?:\s*[–-]\s*(\d+))?/g)].flatMap(([, from, to]) => {
      const start = Number(from)
      const end = to ? Number(to) : start
      return Array.from({ length: end - start + 1 }, (_, i) => start + i)
    })
    table.set(cells[1], [...new Set(lines)])
  }
  return table
}
