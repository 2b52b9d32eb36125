/**
 * The fast scan (byte automaton, lines routed to the rules their literals name, context
 * decoded late) must give exactly the excerpt of the plain algorithm: every line redacted,
 * cleaned and tested against every rule. The reference below is that plain algorithm.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  cleanLine,
  extractExcerpt,
  extractExcerptFromText,
  lineSpecificity,
  type ExtractedExcerpt
} from '../../src/classify/extract.js'
import { maskLine } from '../../src/classify/fingerprint.js'
import { privateKeyOpenAfter, redactLine } from '../../src/classify/redact.js'
import { namesTheFailure, RULES } from '../../src/classify/rules.js'
import { failingTestsOfLines } from '../../src/classify/tests.js'

interface Line {
  text: string
  lineNo: number
  score: number
}

/** DESIGN 3.3 done the slow way, line by line, with the default options. */
function referenceExcerpt(log: string): Omit<ExtractedExcerpt, 'warnings'> {
  let privateKeyOpen = false
  const before: Line[] = []
  const kept: Line[] = []
  const tailWindow: string[] = []
  /** How many kept lines share a masked text: a repeat is kept once. */
  const seen = new Map<string, number>()
  let afterRemaining = 0
  let dropped = false
  const keep = (line: Line): void => {
    const key = maskLine(line.text)
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    if (count > 0) return
    kept.push(line)
    // Head of 20 lines, then a tail of 40 that evicts its oldest.
    if (kept.length > 60) {
      const evicted = maskLine((kept.splice(20, 1)[0] as Line).text)
      const left = (seen.get(evicted) ?? 1) - 1
      if (left > 0) seen.set(evicted, left)
      else seen.delete(evicted)
      dropped = true
    }
  }
  const raw = log.replaceAll('\u0000', '').split('\n')
  if (raw.at(-1) === '') raw.pop()
  const redacted: string[] = []
  raw.forEach((rawLine, index) => {
    // Cleaned and redacted before the cut, with a margin read past it.
    const cleaned = cleanLine(rawLine.slice(0, 2000 + 1024))
    const text = redactLine(cleaned, privateKeyOpen).slice(0, 2000)
    privateKeyOpen = privateKeyOpenAfter(cleaned, privateKeyOpen)
    redacted.push(text)
    if (text.trim() === '' || /^##\[endgroup\]|^::endgroup::/.test(text)) return
    tailWindow.push(text)
    if (tailWindow.length > 20) tailWindow.shift()
    const line = { text, lineNo: index + 1, score: lineSpecificity(text) }
    if (line.score > 0) {
      before.splice(0).forEach(keep)
      keep(line)
      afterRemaining = 2
    } else if (afterRemaining > 0) {
      afterRemaining--
      keep(line)
    } else {
      before.push(line)
      if (before.length > 2) before.shift()
    }
  })
  // Lines naming the failure first, then the highest score nearest the end.
  const candidates = kept.filter(candidate => candidate.score > 0)
  const named = candidates.filter(candidate => namesTheFailure(candidate.text))
  let primary: Line | null = null
  let best = 0
  for (const line of named.length > 0 ? named : candidates) {
    const score = line.score + 0.1 * (line.lineNo / Math.max(raw.length, 1))
    if (score >= best) {
      primary = line
      best = score
    }
  }
  return {
    lines: kept.length > 0 ? kept.map(line => line.text) : tailWindow,
    primaryLine: primary?.text ?? null,
    totalLines: raw.length,
    truncated: dropped || (kept.length === 0 && raw.length > tailWindow.length),
    // Every line goes to the test collector here; the scan hands it only the lines it can use.
    failingTests: failingTestsOfLines(redacted)
  }
}

/** A regex fast-check can generate from: no `\b`, no lookarounds, no `i` flag (matches are filtered by the rule). */
function generable(pattern: RegExp): RegExp | null {
  const source = pattern.source.replaceAll('\\b', '').replace(/\(\?<?[=!](?:[^()\\]|\\.)*\)/g, '')
  try {
    const regex = new RegExp(source)
    fc.sample(fc.stringMatching(regex), 1)
    return regex
  } catch {
    return null
  }
}

const RULE_MATCHES = RULES.flatMap(rule => {
  const regex = generable(rule.pattern)
  const bare = (text: string): boolean => rule.pattern.test(text) && !text.includes('\n')
  return regex ? [fc.stringMatching(regex).filter(bare)] : []
})

const NOISE = [
  'Run actions/checkout@v4',
  'added 1287 packages in 21s',
  '  ✓ renders the error banner when the request fails (12 ms)',
  'PASS src/a.test.ts (5.1 s)',
  'npm WARN deprecated inflight@1.0.6: This module is not supported',
  'Downloading https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz (540 kB)',
  '  continue-on-error: false',
  '##[endgroup]',
  '',
  '   ',
  'token: ***',
  'done (exit 0)'
]
/** Lines only a rule's less common requirement finds: its line ending, a lone symbol, a short code. */
const HARD = [
  '  12:5  Missing semicolon  (semi)',
  '  3:10  Missing return type on function  (@typescript-eslint/explicit-function-return-type)\u00a0',
  '  ● Cart › adds an item',
  'In deploy.sh line 4:',
  'script.sh:4:7: note: Double quote to prevent globbing [SC2086]',
  'Dockerfile:3 DL3008 Pin versions in apt get install'
]
const GH_TOKEN = `ghp_${'A1b2C3d4'.repeat(5)}`
/** Lines test runners print about failures, some spread over several lines. */
const TEST_RUNNER_LINES = [
  '  ● Cart › adds an item',
  'FAIL src/cart.test.ts',
  ' FAIL  src/cart.test.ts > Cart > adds an item',
  'Tests:       1 failed, 2 passed, 3 total',
  '  2 passing (30ms)',
  '  1 failing',
  '  1) Cart',
  '       adds an item:',
  '     AssertionError: expected 1 to equal 2',
  'FAILED tests/test_cart.py::test_add - assert 1 == 2',
  '___________ test_add ___________',
  'FAIL: test_add (tests.test_cart.CartTest)',
  'Ran 3 tests in 0.01s',
  'FAILED (failures=1)',
  '--- FAIL: TestCart (0.00s)',
  '    --- FAIL: TestCart/adds_an_item (0.00s)',
  '        cart_test.go:12: expected 1',
  '---- cart::adds_an_item stdout ----',
  'failures:',
  '    cart::adds_an_item',
  'test result: FAILED. 2 passed; 1 failed; 0 ignored',
  'addsAnItem(com.example.CartTest)  Time elapsed: 0.01 sec  <<< FAILURE!',
  '[ERROR] Failures: ',
  '[ERROR]   CartTest.addsAnItem:12 expected:<1> but was:<2>',
  'Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
  'CartTest > addsAnItem() FAILED',
  '3 tests completed, 1 failed',
  'rspec ./spec/cart_spec.rb:12 # Cart adds an item',
  '3 examples, 1 failure',
  '  1) Failure:',
  'CartTest#test_add [test/cart_test.rb:12]:',
  '3 runs, 3 assertions, 1 failures, 0 errors, 0 skips',
  'There was 1 failure:',
  '1) CartTest::testAdd',
  '/app/tests/CartTest.php:12',
  'FAILURES!',
  'Tests: 3, Assertions: 3, Failures: 1.',
  '  Failed Shop.Tests.CartTest.AddsAnItem [12 ms]',
  'Failed!  - Failed:     1, Passed:     2, Skipped:     0, Total:     3',
  '  1) test adds an item (Shop.CartTest)',
  '     test/cart_test.exs:12',
  '3 tests, 1 failure',
  '[gw1] [ 50%] FAILED tests/test_x.py::test_a - AssertionError: x',
  '=== FAIL: github.com/o/r/pkg TestThing (0.00s)',
  '        FAIL [   0.004s] mycrate::tests tests::adds',
  '  Failed AddsAnItem [12 ms]',
  ' ❯ src/cart.test.ts (3 tests | 1 failed) 12ms',
  '   × Cart > adds an item 5ms',
  '  1) [chromium] › tests/cart.spec.ts:12:5 › Cart › adds an item ───────────────',
  "thread 'cart::adds' panicked at src/cart.rs:3:5",
  '- adds an item *** FAILED ***',
  "Test Case '-[CartTests testAdd]' failed (0.01 seconds).",
  '  testAdd, XCTAssertEqual failed',
  'cart_SUITE:adds failed on line 12',
  't/cart.t .. Dubious, test returned 1',
  '  1. Failure: adds an item (@test-cart.R#12)',
  'rails test test/cart_test.rb:12',
  ''
]

const SECRETS = [
  `export GH_TOKEN=${GH_TOKEN}`,
  'password=hunter2hunter2',
  'curl https://deploy:s3cr3tPassw0rd@example.com/upload',
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEA7bq98s',
  '-----END RSA PRIVATE KEY-----'
]

const decoration = fc.constantFrom(
  (line: string) => line,
  (line: string) => `2026-05-10T12:00:01.1234567Z ${line}`,
  (line: string) => `2026-05-10T12:00:01.1234567Z 2026-05-10T12:00:01Z ${line}`,
  (line: string) => `2026-05-10T12:00:01.1234567Z\u00a0${line}`,
  (line: string) => `2026-05-10T12:00:01.1234567Z ${line}\tcolumn`,
  (line: string) => `2026-05-10T12:00:01.1234567Z ${'x'.repeat(1960)} ${line}`,
  (line: string) => `##[error]${line}`,
  (line: string) => `\x1b[31m${line}\x1b[0m`,
  (line: string) => `50%\r${line}`,
  (line: string) => `2026-05-10T12:00:01.1234567Z \x1b[32m${line}\x1b[0m`,
  (line: string) => `2026-05-10T12:00:01.1234567Z 50%\r2026-05-10T12:00:02Z ${line}`,
  (line: string) => `${line}\r`,
  (line: string) => `${line.slice(0, 3)}\x1b[1m${line.slice(3)}`,
  (line: string) => `${line.slice(0, 2)}[m${line.slice(2)}`,
  (line: string) => `${line.slice(0, 4)}[0;1K${line.slice(4)}`,
  (line: string) => `${line.slice(0, 1)}\x07${line.slice(1)}`,
  (line: string) => `build\tRun tests\t2026-05-10T12:00:01.1Z ${line}`,
  (line: string) => `${line}   `
)

const logLine = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
      { weight: 2, arbitrary: fc.oneof(...RULE_MATCHES) },
      { weight: 1, arbitrary: fc.constantFrom(...SECRETS) },
      { weight: 1, arbitrary: fc.constantFrom(...HARD) },
      { weight: 2, arbitrary: fc.constantFrom(...TEST_RUNNER_LINES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }
    ),
    decoration
  )
  .map(([line, decorate]) => decorate(line))

const log = fc.array(logLine, { maxLength: 120 }).map(lines => lines.join('\n'))

describe('scan', () => {
  it('generates matches for most rules (the property below covers them)', () => {
    expect(RULE_MATCHES.length).toBeGreaterThan(RULES.length * 0.8)
  })

  it('gives the excerpt of the plain line-by-line algorithm', () => {
    fc.assert(
      fc.property(log, text => {
        const { warnings: _warnings, ...excerpt } = extractExcerptFromText(text)
        expect(excerpt).toEqual(referenceExcerpt(text))
      }),
      { numRuns: 300 }
    )
  })

  it('gives the same excerpt whatever the byte chunks the log arrives in', async () => {
    await fc.assert(
      fc.asyncProperty(
        log,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1 }),
        async (text, sizes) => {
          const bytes = Buffer.from(text, 'utf8')
          const chunks: Uint8Array[] = []
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const size = sizes[k % sizes.length] as number
            chunks.push(bytes.subarray(at, at + size))
            at += size
          }
          const streamed = await extractExcerpt(
            (async function* () {
              yield* chunks
            })()
          )
          expect(streamed).toEqual(extractExcerptFromText(text))
        }
      ),
      { numRuns: 200 }
    )
  })

  it('redacts every line it emits: error lines, context lines and the tail window', () => {
    const secretsOnly = [
      'Run ./deploy.sh',
      `export GH_TOKEN=${GH_TOKEN}`,
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEA7bq98s',
      '-----END RSA PRIVATE KEY-----',
      'curl https://deploy:s3cr3tPassw0rd@example.com/upload'
    ]
    const withError = [
      ...secretsOnly,
      `Error: push to https://x-access-token:${GH_TOKEN}@github.com/o/r failed`,
      `password=hunter2hunter2`,
      ...secretsOnly
    ]
    const filler = Array.from({ length: 500 }, (_, i) => `step ${i} ok`)
    for (const lines of [secretsOnly, withError, [...filler, ...withError, ...filler]]) {
      const excerpt = extractExcerptFromText(lines.join('\n'))
      const emitted = [...excerpt.lines, excerpt.primaryLine ?? ''].join('\n')
      expect(excerpt.lines.length).toBeGreaterThan(0)
      for (const secret of [GH_TOKEN, 'hunter2hunter2', 's3cr3tPassw0rd', 'MIIEowIBAAKCAQEA7bq98s'])
        expect(emitted).not.toContain(secret)
    }
  })

  it('redacts a secret split by a colour code, which cleaning joins again', () => {
    const split = `${GH_TOKEN.slice(0, 20)}\x1b[0m${GH_TOKEN.slice(20)}`
    for (const log of [`Error: push failed with ${split}`, `using ${split}\nError: push failed\n`]) {
      const excerpt = extractExcerptFromText(log)
      expect(excerpt.lines.join('\n')).toContain('[REDACTED:github-token]')
      expect(excerpt.lines.join('\n')).not.toContain(GH_TOKEN)
    }
  })

  it('ends a private key block at its END line: what follows is kept', () => {
    const log = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEA7bq98s',
      '-----END RSA PRIVATE KEY-----',
      'Error: deploy failed'
    ].join('\n')
    const excerpt = extractExcerptFromText(log)
    expect(excerpt.primaryLine).toBe('Error: deploy failed')
    expect(excerpt.lines.join('\n')).not.toContain('MIIEowIBAAKCAQEA7bq98s')
  })

  it('warns about long lines, binary content and invalid UTF-8 split across chunks', async () => {
    const long = `${'x'.repeat(5000)}\nBuild failed: missing file\n`
    const bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xc3]), Buffer.from('\n\u0000ok\n')])
    const chunks = [Buffer.from(long), bytes.subarray(0, 4), bytes.subarray(4)]
    const excerpt = await extractExcerpt(
      (async function* () {
        yield* chunks
      })()
    )
    expect(excerpt.warnings.sort()).toEqual(['binary', 'long-lines-truncated', 'non-utf8'])
    expect(excerpt.primaryLine).toBe('Build failed: missing file')
    // A character split between two chunks is no invalid UTF-8.
    const split = Buffer.from('é error here\n')
    const clean = await extractExcerpt(
      (async function* () {
        yield split.subarray(0, 1)
        yield split.subarray(1)
      })()
    )
    expect(clean.warnings).toEqual([])
  })
})
