import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cleanLine, extractExcerpt, extractExcerptFromText, isDenied } from '../../src/classify/extract.js'

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const part of parts) yield part
}

describe('cleanLine', () => {
  it('strips runner timestamps, ANSI colours, CR progress bars and the gh CLI job/step prefix', () => {
    expect(cleanLine('2026-05-10T12:00:01.1234567Z \x1b[31;1mnpm error code E401\x1b[0m')).toBe(
      'npm error code E401'
    )
    expect(cleanLine('Downloading 10%\rDownloading 60%\rDownloading 100%\r')).toBe('Downloading 100%')
    expect(cleanLine('build\tRun tests\t2026-05-10T12:00:01.1Z --- FAIL: TestCart (0.00s)')).toBe(
      '--- FAIL: TestCart (0.00s)'
    )
    expect(cleanLine('travis_fold:start:install')).toBe('')
  })

  it('cleans like the plain regexes, whatever mix of codes and control characters a line holds', () => {
    // An OSC sequence ends at the first BEL or ESC (a greedy end would eat a token's prefix).
    const ansi =
      /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-B]?|\[(?:\d{1,3}(?:;\d{1,3})*)?[mK](?=\S|$)/g
    const plain = (line: string): string =>
      line
        .replace(ansi, '')
        .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
        .replace(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s?/, '')
        .trimEnd()
    const piece = fc.constantFrom(
      '\x1b',
      '[',
      ']',
      '31',
      ';',
      '?',
      '1',
      ' ',
      '!',
      'm',
      'K',
      'A',
      'x',
      '\x07',
      '\t',
      '\x7f',
      '\\',
      'é',
      '('
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), pieces => {
        const line = pieces.join('')
        expect(cleanLine(line)).toBe(plain(line))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('deny-list', () => {
  it.each([
    'found 0 vulnerabilities',
    '  run `npm audit fix` to fix them, or `npm audit` for details',
    'Tests run: 5, Failures: 0, Errors: 0, Skipped: 0',
    '  ✓ shows an error toast when the request fails (12 ms)',
    'tests/test_errors.py::test_error_message PASSED',
    'npm WARN deprecated request@2.88.2: request has been deprecated',
    '  continue-on-error: true',
    "ini_set('error_reporting', E_ALL)",
    'Warning: Failed to restore: Cache service responded with 503'
  ])('denies %s', line => {
    expect(isDenied(line)).toBe(true)
  })

  it('lets real errors through', () => {
    expect(isDenied('npm error code ERESOLVE')).toBe(false)
    expect(isDenied('Tests run: 5, Failures: 2, Errors: 0, Skipped: 0')).toBe(false)
  })
})

describe('extractExcerptFromText', () => {
  it('keeps error lines with context and picks the line naming the failure as primary', () => {
    const log = [
      '##[group]Run npm test',
      '> cart@1.0.0 test',
      '> jest',
      '',
      ' PASS  src/user.test.ts',
      ' FAIL  src/cart.test.ts',
      '  ● Cart › total › applies the coupon once',
      '    expect(received).toBe(expected)',
      '    Expected: 90',
      '    Received: 100',
      'Tests:       1 failed, 41 passed, 42 total',
      'npm ERR! Test failed.  See above for more details.',
      '##[error]Process completed with exit code 1.',
      '##[endgroup]'
    ].join('\n')
    const excerpt = extractExcerptFromText(log)
    expect(excerpt.lines).toContain('  ● Cart › total › applies the coupon once')
    expect(excerpt.lines).toContain('    Received: 100')
    expect(excerpt.lines).not.toContain('##[endgroup]')
    expect(excerpt.primaryLine).toBe('  ● Cart › total › applies the coupon once')
    expect(excerpt.totalLines).toBe(14)
    expect(excerpt.truncated).toBe(false)
  })

  it('redacts secrets before anything else sees them', () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`
    const excerpt = extractExcerptFromText(
      `fatal: Authentication failed for 'https://x:${token}@github.com/acme/cart.git/'`
    )
    expect(JSON.stringify(excerpt)).not.toContain(token)
    expect(excerpt.primaryLine).toContain('[REDACTED:')
  })

  it('keeps a repeated error once, whatever its numbers', () => {
    const log = Array.from({ length: 50 }, (_, i) => `[ERROR] No space left on device (attempt ${i})`).join(
      '\n'
    )
    const excerpt = extractExcerptFromText(log)
    expect(excerpt.lines.filter(line => line.includes('No space left'))).toHaveLength(1)
  })

  it('caps the excerpt, keeping the first and the last errors', () => {
    const log = Array.from(
      { length: 500 },
      (_, i) => `src/file${i}.ts(1,1): error TS2304: Cannot find name 'x${i}'.`
    ).join('\n')
    const excerpt = extractExcerptFromText(log, { maxLines: 60 })
    expect(excerpt.lines).toHaveLength(60)
    expect(excerpt.truncated).toBe(true)
    expect(excerpt.lines[0]).toContain('file0.ts')
    expect(excerpt.lines[59]).toContain('file499.ts')
  })

  it('falls back to the tail of the log when nothing triggered', () => {
    const log = Array.from({ length: 100 }, (_, i) => `step output line ${i}`).join('\n')
    const excerpt = extractExcerptFromText(log, { tailLines: 5 })
    expect(excerpt.lines).toEqual([
      'step output line 95',
      'step output line 96',
      'step output line 97',
      'step output line 98',
      'step output line 99'
    ])
    expect(excerpt.primaryLine).toBeNull()
  })

  it('cleans a line whose runner timestamp is longer than the cut before cutting it', () => {
    const log = '2026-05-10T12:00:01.1234567Z \x1b[31mError: the deploy step failed with exit status 7\x1b[0m'
    for (const text of [log, log.replaceAll(/\x1b\[\d+m/g, '')]) {
      const { lines } = extractExcerptFromText(text, { maxLineLength: 20 })
      expect(lines).toEqual([cleanLine(text).slice(0, 20)])
    }
  })

  it('reports binary input and cuts overlong lines', () => {
    const excerpt = extractExcerptFromText(`PK\u0003\u0004\u0000\u0000binary\nerror: ${'x'.repeat(5000)}`, {
      maxLineLength: 100
    })
    expect(excerpt.warnings).toEqual(expect.arrayContaining(['binary', 'long-lines-truncated']))
    expect(Math.max(...excerpt.lines.map(line => line.length))).toBeLessThanOrEqual(100)
  })
})

describe('extractExcerpt (streamed)', () => {
  it('gives the same answer as the text version across arbitrary chunk boundaries', async () => {
    const log = [
      'ok',
      'npm error code ETARGET',
      'npm error notarget No matching version found for left-pad@^9.0.0.',
      'done'
    ].join('\n')
    const pieces = log.match(/[\s\S]{1,7}/g) ?? []
    const streamed = await extractExcerpt(chunks(...pieces))
    const whole = extractExcerptFromText(log)
    expect(streamed.lines).toEqual(whole.lines)
    expect(streamed.primaryLine).toEqual(whole.primaryLine)
  })

  it('decodes bytes split inside a UTF-8 character and replaces invalid bytes', async () => {
    const bytes = new TextEncoder().encode('Failed asserting that “ä” is identical to “b”.\n')
    const split = bytes.indexOf(0xe2) + 1
    const streamed = await extractExcerpt(
      chunks(bytes.slice(0, split), bytes.slice(split), new Uint8Array([0xff, 0xfe, 0x0a]))
    )
    expect(streamed.lines[0]).toBe('Failed asserting that “ä” is identical to “b”.')
    expect(streamed.warnings).toContain('non-utf8')
  })

  it('streams a generated multi-MB log with a 20 MB line in bounded memory and finds the failure at the end', async () => {
    const noise =
      Array.from(
        { length: 2000 },
        (_, i) => `2026-05-10T12:00:00.0000000Z Compiling module ${i} of 2000`
      ).join('\n') + '\n'
    const hugeLine = 'x'.repeat(1024 * 1024)
    async function* generated(): AsyncGenerator<string> {
      for (let i = 0; i < 40; i++) yield noise // about 3 MB of ordinary lines
      for (let i = 0; i < 20; i++) yield hugeLine // one 20 MB line with no newline in sight
      yield '\n2026-05-10T12:00:09.0000000Z --- FAIL: TestCheckout (0.02s)\n'
      yield '2026-05-10T12:00:09.0000000Z FAIL\tgithub.com/acme/cart\t0.412s\n'
    }
    const excerpt = await extractExcerpt(generated(), { maxLineLength: 2000 })
    expect(excerpt.totalLines).toBe(40 * 2000 + 3)
    expect(excerpt.primaryLine).toBe('--- FAIL: TestCheckout (0.02s)')
    expect(excerpt.warnings).toContain('long-lines-truncated')
    expect(excerpt.lines.every(line => line.length <= 2000)).toBe(true)
  })
})

describe('primary line', () => {
  const jestLog = (title: string): string =>
    [
      'FAIL src/sum.test.ts',
      `  ● ${title}`,
      '    expect(received).toBe(expected) // Object.is equality',
      '    Expected: 3',
      '    Received: 4',
      'Tests:       1 failed, 12 passed, 13 total',
      '##[error]Process completed with exit code 1.'
    ].join('\n')

  it('is the line naming the failing test, not the count summary or the stock assertion text', () => {
    expect(extractExcerptFromText(jestLog('sum › adds numbers')).primaryLine).toBe('  ● sum › adds numbers')
  })

  it('tells two different failing tests apart, so they get different fingerprints', () => {
    const first = extractExcerptFromText(jestLog('sum › adds numbers')).primaryLine
    const second = extractExcerptFromText(jestLog('parse › rejects empty input')).primaryLine
    expect(first).not.toBe(second)
  })

  it('falls back to a count summary when nothing names the failure', () => {
    expect(extractExcerptFromText('Tests:       2 failed, 40 passed, 42 total').primaryLine).toMatch(
      /^Tests:/
    )
  })
})

describe('redaction before any cut', () => {
  const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`

  it('redacts a token on the line-length cut whole', () => {
    for (const offset of [1, 4, 10, 30, 39]) {
      const line = `Error: ${'x'.repeat(2000 - 7 - offset)}${token} after`
      const { lines } = extractExcerptFromText(line)
      expect(lines.join('\n')).not.toContain(token.slice(4, 24))
      expect(lines.every(kept => kept.length <= 2000)).toBe(true)
    }
  })

  it('redacts a token split by an invisible character in a line the scan keeps', () => {
    const split = `${token.slice(0, 2)}\u200b${token.slice(2, 20)}\u0085${token.slice(20)}`
    const { lines } = extractExcerptFromText(`Error: deploy failed with ${split}\n`)
    expect(lines).toEqual(['Error: deploy failed with [REDACTED:github-token]'])
  })

  const key = [
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fake0Key1Body2',
    'c2VjcmV0LWJ5dGVzLWhlcmUgYW5kIG1vcmUgc2VjcmV0IGJ5dGVzIGhlcmUxMjM0',
    'Q29ycmVjdEhvcnNlQmF0dGVyeVN0YXBsZTEyMzQ1Njc4OTBhYmNkZWZnaGlqa2xt'
  ]

  it('treats a log read from inside a private key block as key material up to its END line', () => {
    const tail = [...key.slice(1), '-----END PRIVATE KEY-----', 'Error: deploy failed'].join('\n')
    const { lines } = extractExcerptFromText(tail, { startsMidway: true })
    for (const body of key) expect(lines.join('\n')).not.toContain(body)
    expect(lines).toContain('Error: deploy failed')
  })

  it('treats the rest of the log as key material when the block has no END line', () => {
    const tail = [...key.slice(1), 'Error: deploy failed'].join('\n')
    const { lines } = extractExcerptFromText(tail, { startsMidway: true })
    for (const body of key) expect(lines.join('\n')).not.toContain(body)
  })

  it('redacts the lines kept before an END line whose BEGIN line the tail cut off', () => {
    const tail = [
      'Error: first',
      'Proc-Type: 4,ENCRYPTED',
      ...key,
      '-----END RSA PRIVATE KEY-----',
      'done'
    ].join('\n')
    const { lines } = extractExcerptFromText(tail, { startsMidway: true })
    for (const body of key) expect(lines.join('\n')).not.toContain(body)
  })

  it('keeps a log read from its start as it is when it merely holds key-like text', () => {
    const { lines } = extractExcerptFromText(`${key[0]}\nError: deploy failed`)
    expect(lines).toContain(key[0])
  })
})
