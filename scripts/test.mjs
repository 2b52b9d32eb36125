// Runs jest in ESM mode and ends with the plain `N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const resultFile = join(mkdtempSync(join(tmpdir(), 'wt-jest-')), 'results.json')
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim()
}
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env }
)
let passed = 0
let failed = 0
try {
  const results = JSON.parse(readFileSync(resultFile, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites
} catch {
  failed = Math.max(failed, 1)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(jest.status === 0 && failed === 0 ? 0 : 1)
