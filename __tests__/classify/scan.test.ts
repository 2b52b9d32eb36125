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

interface Line {
  text: string
  lineNo: number
  score: number
}

/** SPEC 3.3 done the slow way, line by line, with the default options. */
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
  raw.forEach((rawLine, index) => {
    // Cleaned and redacted before the cut, with a margin read past it.
    const cleaned = cleanLine(rawLine.slice(0, 2000 + 1024))
    const text = redactLine(cleaned, privateKeyOpen).slice(0, 2000)
    privateKeyOpen = privateKeyOpenAfter(cleaned, privateKeyOpen)
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
    truncated: dropped || (kept.length === 0 && raw.length > tailWindow.length)
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
