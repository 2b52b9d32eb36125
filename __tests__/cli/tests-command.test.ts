import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from '@jest/globals'
import { main, type Io } from '../../src/cli/main.js'

const dir = mkdtempSync(join(tmpdir(), 'cli-tests-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    stdout: line => out.push(line),
    stderr: line => err.push(line),
    stdin: Readable.from([]),
    env: {},
    cwd: dir
  }
  return { code: await main(argv, io), out, err }
}

const GO_LOG = [
  '2026-05-10T12:00:01.0000000Z === RUN   TestCart',
  '2026-05-10T12:00:01.0000000Z --- FAIL: TestCart (0.00s)',
  '2026-05-10T12:00:01.0000000Z     cart_test.go:12: expected 1, got 2',
  '2026-05-10T12:00:01.0000000Z FAIL',
  '##[error]Process completed with exit code 1.'
].join('\n')

const REPORT = `<?xml version="1.0"?><testsuite tests="2"><testcase classname="CartTest" name="adds" file="test/cart.test.js" line="3"><failure/></testcase><testcase classname="CartTest" name="removes"/></testsuite>`

describe('workflow-triage tests and classify --json', () => {
  it('classify --json gives the failing tests of each log, none for a log without', async () => {
    const failing = file('go.log', GO_LOG)
    const install = file('install.log', 'Collecting pytest\nSuccessfully installed pytest-8.3.4\n')
    const { out } = await run(['classify', '--json', failing, install])
    const rows = out.map(line => JSON.parse(line) as { tests: unknown[] })
    expect(rows[0]?.tests).toEqual([{ framework: 'go', name: 'TestCart', file: 'cart_test.go', line: 12 }])
    expect(rows[1]?.tests).toEqual([])
  })

  it('tests prints the failing tests of logs and JUnit reports', async () => {
    const log = file('job.log', GO_LOG)
    const report = file('report.xml', REPORT)
    const { code, out } = await run(['tests', log, report])
    expect(code).toBe(1)
    expect(out).toContain(`${log}: go  TestCart  (cart_test.go:12)`)
    expect(out).toContain(`${report}: junit  CartTest.adds  (test/cart.test.js:3)`)
    expect(out).toContain(`${report}: 1 failing tests named, 1 of 2 failed`)
  })

  it('tests --json gives one object per file; a report with a DTD is an error, not a guess', async () => {
    const report = file('ok.xml', REPORT)
    const hostile = file('bad.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><testsuite/>')
    const { code, out, err } = await run(['tests', '--json', report, hostile])
    expect(code).toBe(1)
    expect(JSON.parse(out[0] as string)).toEqual({
      file: report,
      tests: [{ framework: 'junit', name: 'CartTest.adds', file: 'test/cart.test.js', line: 3 }],
      totals: { failed: 1, total: 2 },
      omitted: 0
    })
    expect(JSON.parse(out[1] as string)).toMatchObject({ file: hostile })
    expect(err[0]).toMatch(/document type/)
  })

  it('tests exits 0 when no failing test is named, 2 without a file', async () => {
    expect((await run(['tests', file('pass.log', 'ok  \tgithub.com/o/r\t0.01s\n')])).code).toBe(0)
    expect((await run(['tests'])).code).toBe(2)
  })
})
