/**
 * Test runs that uploaded JUnit XML reports as artifacts, for the triage of failing tests by
 * their reports: jest-style logs naming one set of tests, reports naming another, so a test
 * can tell which of the two the triage used.
 */
import type { ScenarioArtifact, ScenarioRun } from '../../../testkit/scenario/types.js'
import { writeZip } from '../../../testkit/zip.js'
import { stepLog } from './logs.js'
import { failingRun } from './scenario.js'

/** A JUnit report of `suite` in which `failing` failed and 40 other tests passed. */
export function junitReport(
  suite: string,
  failing: readonly string[],
  file = `src/${suite}.test.ts`
): string {
  const failed = failing.map(
    name =>
      `    <testcase classname="${suite}" name="${name}" file="${file}" line="12">\n` +
      `      <failure message="expected 108, received 100">AssertionError: expected 108, received 100</failure>\n` +
      '    </testcase>'
  )
  const passed = Array.from(
    { length: 40 },
    (_, index) => `    <testcase classname="${suite}" name="passes ${index}"/>`
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${failing.length + 40}" failures="${failing.length}">`,
    `  <testsuite name="${suite}" tests="${failing.length + 40}" failures="${failing.length}">`,
    ...failed,
    ...passed,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

/** A jest log naming `tests` of src/cart.test.ts (each under `cart`). */
export function jestLog(tests: readonly string[]): string {
  return stepLog('npm test', [
    '> app@1.0.0 test',
    '> jest',
    'FAIL src/cart.test.ts',
    ...tests.flatMap(test => [`  ● cart › ${test}`, '', '    expect(received).toBe(expected)', '']),
    `Tests:       ${tests.length} failed, 40 passed, ${tests.length + 40} total`
  ])
}

/**
 * A run whose one `test` job failed, its log naming `logTests` (a tail that lost the others,
 * say), with `artifacts` uploaded. Attempt 3 of 3: no re-run is left, so the failure is escalated.
 */
export function runWithReports(
  id: number,
  logTests: readonly string[],
  artifacts: ScenarioArtifact[],
  more: { jobName: string; logTests: string[] }[] = []
): ScenarioRun {
  return {
    ...failingRun({
      id,
      attempt: 3,
      jobName: more.length > 0 ? 'test (ubuntu-latest, 20)' : 'test',
      log: jestLog(logTests),
      step: 'Run npm test',
      moreFailedJobs: more.map(job => ({
        jobName: job.jobName,
        log: jestLog(job.logTests),
        step: 'Run npm test'
      }))
    }),
    artifacts
  }
}

/**
 * A zip bomb that lies: its one XML entry declares 4 KB and inflates to 64 MB (about 64 KB
 * compressed). A reader trusting the header would allocate or write it all.
 */
export function lyingZipBomb(): string {
  return writeZip([
    { path: 'TEST-cart.xml', content: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 4096 }
  ]).toString('base64')
}
