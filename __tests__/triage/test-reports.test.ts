import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { FailingTest } from '../../src/classify/tests.js'
import {
  assignReportTests,
  MAX_TEST_REPORT_ARTIFACTS,
  readTestReports,
  reportOf,
  type JobForReports,
  type TestReport
} from '../../src/triage/test-reports.js'
import { createInMemoryGitHub } from '../../testkit/github/memory.js'
import type { ScenarioArtifact, ScenarioRepository } from '../../testkit/scenario/types.js'
import { writeZip } from '../../testkit/zip.js'

function junit(cases: { classname: string; name: string; failed?: boolean; file?: string }[]): string {
  const body = cases
    .map(({ classname, name, failed, file }) =>
      failed
        ? `<testcase classname="${classname}" name="${name}"${file ? ` file="${file}"` : ''}><failure message="boom"/></testcase>`
        : `<testcase classname="${classname}" name="${name}"/>`
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="all">\n${body}\n</testsuite>\n</testsuites>\n`
}

const CART = junit([
  { classname: 'cart', name: 'totals include tax', failed: true, file: 'src/cart.test.ts' },
  { classname: 'cart', name: 'applies coupons' }
])

function repositoryWith(artifacts: ScenarioArtifact[]): ScenarioRepository {
  return {
    owner: 'acme',
    name: 'app',
    defaultBranch: 'main',
    workflows: [],
    branches: [],
    runs: [
      {
        id: 42,
        workflowId: 1,
        headBranch: 'main',
        headSha: 'a'.repeat(40),
        event: 'push',
        status: 'completed',
        conclusion: 'failure',
        createdAt: '2026-11-20T10:00:00Z',
        updatedAt: '2026-11-20T10:01:00Z',
        artifacts
      }
    ]
  }
}

function read(artifacts: ScenarioArtifact[], patterns = ['*test*', '*junit*', '*report*']) {
  const github = createInMemoryGitHub([repositoryWith(artifacts)])
  return { github, reading: readTestReports(github.port, 42, patterns) }
}

const base64 = (zip: Buffer) => zip.toString('base64')

describe('readTestReports', () => {
  it("reads the failing tests of the JUnit files in the run's matching artifacts, and only those", async () => {
    const { github, reading } = read([
      { name: 'Test-Results', files: { 'reports/cart.xml': CART, 'reports/log.txt': 'x' } },
      { name: 'coverage', files: { 'coverage.xml': '<coverage/>' } }
    ])
    const reports = await reading
    expect(reports).toEqual({
      reports: [
        {
          artifact: 'Test-Results',
          files: 1,
          tests: [
            { framework: 'junit', name: 'cart.totals include tax', file: 'src/cart.test.ts', line: null }
          ],
          totals: { failed: 1, total: 2 },
          omitted: 0
        }
      ],
      notes: []
    })
    // One listing, then the redirect and the archive of the one matching artifact.
    expect(github.port.stats.requests).toBe(3)
  })

  it('says why an expired, oversized, hostile or malformed artifact gave nothing, without failing', async () => {
    const bomb = writeZip([{ path: 'bomb.xml', content: Buffer.alloc(8 * 1024 * 1024), declaredSize: 2000 }])
    const honestBomb = writeZip([{ path: 'big.xml', content: Buffer.alloc(6 * 1024 * 1024) }])
    const { reading } = read([
      { name: 'junit-expired', expired: true, files: { 'a.xml': CART } },
      { name: 'junit-huge', sizeInBytes: 50 * 1024 * 1024, files: { 'a.xml': CART } },
      { name: 'junit-bomb', zipBase64: base64(bomb) },
      { name: 'junit-big', zipBase64: base64(honestBomb) },
      { name: 'junit-garbage', zipBase64: Buffer.from('not a zip at all').toString('base64') }
    ])
    const reports = await reading
    expect(reports.reports).toEqual([])
    expect(reports.notes).toEqual([
      "artifact 'junit-expired' not read: the artifact has expired",
      "artifact 'junit-huge' not read: the archive is 52428800 bytes, over the 10485760-byte limit",
      "'junit-bomb/bomb.xml' skipped: inflates past its declared 2000 bytes",
      "'junit-big/big.xml' skipped: 6291456 bytes, over the 5242880-byte file limit",
      "artifact 'junit-garbage' not read: not a zip archive (no end of central directory)"
    ])
  })

  it('notes XML files that are not JUnit reports or declare a DTD, and binary files', async () => {
    const withDtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><testsuite><testcase name="&a;"><failure/></testcase></testsuite>`
    const { reading } = read([
      {
        name: 'test-output',
        zipBase64: base64(
          writeZip({
            'dtd.xml': withDtd,
            'pom.xml': '<project/>',
            'binary.xml': Buffer.from([0x3c, 0x00, 0x01, 0x02])
          })
        )
      }
    ])
    const reports = await reading
    expect(reports.reports).toEqual([])
    expect(reports.notes).toEqual([
      "'test-output/binary.xml' skipped: binary",
      "'test-output/dtd.xml' is not a readable JUnit report: the report declares a document type (DTDs and entities are not read)",
      "'test-output/pom.xml' is not a JUnit report"
    ])
  })

  it(`reads at most ${MAX_TEST_REPORT_ARTIFACTS} artifacts and says how many it left`, async () => {
    const { github, reading } = read(
      Array.from({ length: 7 }, (_, index) => ({ name: `junit-${index}`, files: { 'a.xml': CART } }))
    )
    const reports = await reading
    expect(reports.reports).toHaveLength(MAX_TEST_REPORT_ARTIFACTS)
    expect(reports.notes).toEqual(['2 more test-report artifacts were not read (at most 5)'])
    expect(github.port.stats.requests).toBe(1 + 2 * MAX_TEST_REPORT_ARTIFACTS)
  })

  it('keeps 20 notes at most', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`${index}.xml`, '<project/>']))
    const { reading } = read([{ name: 'test-results', files }])
    const { notes } = await reading
    expect(notes).toHaveLength(21)
    expect(notes.at(-1)).toBe('and 10 more notes')
  })

  it('redacts secrets in artifact names, file paths and test names', async () => {
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
    const { reading } = read([
      {
        name: `junit-${token}`,
        files: { [`${token}.xml`]: junit([{ classname: 'auth', name: `uses ${token}`, failed: true }]) }
      }
    ])
    const reports = await reading
    expect(JSON.stringify(reports)).not.toContain(token)
    expect(reports.reports[0]?.tests[0]?.name).toMatch(/^auth\.uses /)
  })
})

describe('reportOf', () => {
  it('adds up several files, keeps each failing test once, and returns null without a JUnit file', () => {
    const other = junit([
      { classname: 'cart', name: 'totals include tax', failed: true },
      { classname: 'ship', name: 'abroad', failed: true }
    ])
    const notes: string[] = []
    const report = reportOf(
      'r',
      [
        { path: 'a.xml', text: CART },
        { path: 'b.xml', text: other }
      ],
      notes
    )
    expect(report?.tests.map(test => test.name)).toEqual(['cart.totals include tax', 'ship.abroad'])
    expect(report?.totals).toEqual({ failed: 3, total: 4 })
    expect(notes).toEqual([])
    expect(reportOf('r', [{ path: 'a.xml', text: 'plain text' }], notes)).toBeNull()
  })
})

const test = (name: string): FailingTest => ({ framework: 'junit', name, file: null, line: null })
const report = (artifact: string, names: string[]): TestReport => ({
  artifact,
  files: 1,
  tests: names.map(test),
  totals: { failed: names.length, total: 10 },
  omitted: 0
})
const job = (name: string, options: Partial<JobForReports> = {}): JobForReports => ({
  name,
  logTests: [],
  log: '',
  testFailure: true,
  ...options
})
const namesOf = (given: { tests: FailingTest[] } | null) => given?.tests.map(entry => entry.name) ?? null

describe('assignReportTests', () => {
  it('gives every report to the only failed job', () => {
    const { perJob, unassigned } = assignReportTests([report('test-results', ['a.one'])], [job('build')])
    expect(perJob.map(namesOf)).toEqual([['a.one']])
    expect(unassigned).toEqual([])
  })

  it("ties a matrix leg's artifact to its job by the leg's own name parts", () => {
    const { perJob } = assignReportTests(
      [report('junit-ubuntu-22', ['a.two']), report('junit-ubuntu-20', ['a.one'])],
      [job('test (ubuntu-latest, 20)'), job('test (ubuntu-latest, 22)'), job('lint', { testFailure: false })]
    )
    expect(perJob.map(namesOf)).toEqual([['a.one'], ['a.two'], null])
  })

  it('ties an artifact to the job whose name it carries', () => {
    const { perJob } = assignReportTests(
      [report('integration-junit', ['b.two']), report('unit-junit', ['a.one'])],
      [job('unit'), job('integration')]
    )
    expect(perJob.map(namesOf)).toEqual([['a.one'], ['b.two']])
  })

  it('ties tests to the jobs whose logs name them when the artifact names no job', () => {
    const { perJob, unassigned } = assignReportTests(
      [report('test-results', ['cart.totals include tax', 'ship.abroad', 'x.gone'])],
      [
        job('unit', { log: '● cart › totals include tax' }),
        job('e2e', { logTests: [test('ship.abroad')] }),
        job('lint', { testFailure: false, log: 'totals include tax' })
      ]
    )
    expect(perJob.map(namesOf)).toEqual([
      ['cart.totals include tax'],
      ['ship.abroad'],
      ['cart.totals include tax']
    ])
    expect(unassigned).toEqual([test('x.gone')])
  })

  it('gives tests tied to no job to the test-failure jobs whose logs named none', () => {
    const { perJob, unassigned } = assignReportTests(
      [report('test-results', ['a.one'])],
      [job('unit'), job('integration', { logTests: [test('b.two')] }), job('lint', { testFailure: false })]
    )
    expect(perJob.map(namesOf)).toEqual([['a.one'], null, null])
    expect(unassigned).toEqual([])
  })

  it("never loses a test: each is tied to some job or is the run's", () => {
    const name = fc.stringMatching(/^[a-z]{1,6}(\.[a-z]{1,6})?$/)
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            artifact: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
            names: fc.array(name, { maxLength: 4 })
          }),
          {
            maxLength: 3
          }
        ),
        fc.array(
          fc.record({
            name: fc.stringMatching(/^[a-z0-9 (),-]{1,16}$/),
            log: fc.string({ maxLength: 30 }),
            testFailure: fc.boolean(),
            logTests: fc.array(name.map(test), { maxLength: 2 })
          }),
          { minLength: 1, maxLength: 4 }
        ),
        (reports, jobs) => {
          const { perJob, unassigned } = assignReportTests(
            reports.map(entry => report(entry.artifact, entry.names)),
            jobs
          )
          const placed = new Set([
            ...perJob.flatMap(given => namesOf(given) ?? []),
            ...unassigned.map(t => t.name)
          ])
          for (const entry of reports) for (const wanted of entry.names) expect(placed.has(wanted)).toBe(true)
        }
      )
    )
  })
})
