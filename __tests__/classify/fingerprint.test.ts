import { describe, expect, it } from '@jest/globals'
import { fingerprint, maskLine, normaliseJobName } from '../../src/classify/fingerprint.js'

describe('maskLine', () => {
  it.each([
    ['2026-03-01T10:22:33.1234567Z Error: boom', '<ts> Error: boom'],
    ['src/cart.ts(12,7): error TS2322: bad', 'src/cart.ts(<n>,<n>): error TS2322: bad'],
    ['cart/total.go:17:2: undefined: applyCoupon', 'cart/total.go:<n>: undefined: applyCoupon'],
    ['connect ETIMEDOUT 104.16.3.35:443', 'connect ETIMEDOUT <n>:<n>'],
    ['FAIL src/cart.test.ts (12.34 s)', 'FAIL src/cart.test.ts (<dur>)'],
    ['took 450ms then 1.5s', 'took <dur> then <dur>'],
    ['HEAD is now at 3f2c1a0d9e8b', 'HEAD is now at <hex>'],
    ['job 123e4567-e89b-12d3-a456-426614174000 failed', 'job <uuid> failed'],
    ['cannot open /tmp/tmp.Xk3j9/out.txt: denied', 'cannot open <tmp>: denied'],
    ['/home/runner/work/_temp/5d1c0a.sh: line 3: boom', '<tmp>: line <n>: boom'],
    ['C:\\Users\\runneradmin\\AppData\\Local\\Temp\\build-42\\x.log missing', '<tmp> missing'],
    ['deadline exceeded while accepted', 'deadline exceeded while accepted']
  ])('%s', (line, masked) => {
    expect(maskLine(line)).toBe(masked)
  })

  it('keeps error codes that name the cause', () => {
    expect(maskLine('error[E0308]: mismatched types')).toContain('E0308')
    expect(maskLine('error CS0103: The name')).toContain('CS0103')
  })
})

describe('normaliseJobName', () => {
  it('strips the matrix suffix GitHub appends', () => {
    expect(normaliseJobName('test (ubuntu-latest, 20)')).toBe('test')
    expect(normaliseJobName('build / lint (3.12)')).toBe('build / lint')
    expect(normaliseJobName('deploy')).toBe('deploy')
  })
})

describe('fingerprint', () => {
  const base = {
    workflowPath: '.github/workflows/ci.yml',
    jobName: 'test (ubuntu-latest, 20)',
    category: 'test_failure' as const
  }

  it('is a 16-character hex id', () => {
    expect(fingerprint({ ...base, primaryLine: 'boom' }).id).toMatch(/^[0-9a-f]{16}$/)
  })

  it('is stable across runs differing only in numbers, hashes, timestamps, temp paths, durations and matrix legs', () => {
    const first = fingerprint({
      ...base,
      primaryLine:
        '2026-03-01T10:22:33Z FAIL src/cart.test.ts (12.3 s) at /tmp/jest_a1/x.js:10:4 commit 3f2c1a0d'
    })
    const second = fingerprint({
      ...base,
      jobName: 'test (windows-latest, 22)',
      primaryLine:
        '2026-03-02T08:01:02Z FAIL src/cart.test.ts (9.8 s) at /tmp/jest_zz/x.js:11:9 commit 9b8a7c6d'
    })
    expect(second.id).toBe(first.id)
    expect(second.maskedLine).toBe(first.maskedLine)
  })

  it('differs for different causes, categories, jobs and workflows', () => {
    const id = fingerprint({ ...base, primaryLine: 'FAIL src/cart.test.ts' }).id
    expect(fingerprint({ ...base, primaryLine: 'FAIL src/user.test.ts' }).id).not.toBe(id)
    expect(
      fingerprint({ ...base, category: 'code_failure', primaryLine: 'FAIL src/cart.test.ts' }).id
    ).not.toBe(id)
    expect(fingerprint({ ...base, jobName: 'lint', primaryLine: 'FAIL src/cart.test.ts' }).id).not.toBe(id)
    expect(
      fingerprint({
        ...base,
        workflowPath: '.github/workflows/nightly.yml',
        primaryLine: 'FAIL src/cart.test.ts'
      }).id
    ).not.toBe(id)
  })

  it('accepts a missing primary line', () => {
    expect(fingerprint({ ...base, primaryLine: null })).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      maskedLine: ''
    })
  })
})
