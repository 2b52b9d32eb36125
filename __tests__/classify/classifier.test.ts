import { describe, expect, it } from '@jest/globals'
import { classifyExcerpt, isUnsure } from '../../src/classify/classifier.js'
import { extractExcerptFromText } from '../../src/classify/extract.js'

const classify = (log: string, extra: { failedStep?: string; annotations?: string[] } = {}) =>
  classifyExcerpt({ excerpt: extractExcerptFromText(log), ...extra })

describe('classifyExcerpt weighs all evidence', () => {
  it('blames credentials when tests fail because a registry answered 401', () => {
    const result = classify(
      [
        '> gradle test',
        "Could not GET 'https://maven.pkg.github.com/acme/core/1.0/core-1.0.pom'. Received status code 401 from server: Unauthorized",
        'CartTest > totalWithCoupon() FAILED',
        '42 tests completed, 1 failed'
      ].join('\n')
    )
    expect(result.category).toBe('authentication')
  })

  it('treats the npm audit summary printed by an install as noise next to ERESOLVE', () => {
    const result = classify(
      [
        'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported',
        '12 vulnerabilities (4 moderate, 8 high)',
        'npm error code ERESOLVE',
        'npm error ERESOLVE unable to resolve dependency tree',
        'npm error Found: react@18.3.1'
      ].join('\n')
    )
    expect(result.category).toBe('dependency')
    expect(result.rules[0]).toBe('npm-eresolve')
  })

  it('calls a test run that failed to compile code_failure when no assertion failed', () => {
    const result = classify(
      [
        ' FAIL  src/cart.test.ts',
        '  ● Test suite failed to run',
        "    src/cart.test.ts:4:7 - error TS2322: Type 'string' is not assignable to type 'number'.",
        'Tests:       0 total'
      ].join('\n')
    )
    expect(result.category).toBe('code_failure')
  })

  it('keeps test_failure when assertions failed next to a compile error elsewhere', () => {
    const result = classify(
      [
        "src/legacy.ts(3,1): error TS6133: 'x' is declared but its value is never read.",
        ' FAIL  src/cart.test.ts',
        '  ● Cart › total › applies the coupon once',
        '    expect(received).toBe(expected) // Object.is equality',
        'Tests:       1 failed, 41 passed, 42 total'
      ].join('\n')
    )
    expect(result.category).toBe('test_failure')
  })

  it('calls a dependency download broken by a network reset infrastructure and transient', () => {
    const result = classify(
      [
        '[ERROR] Failed to execute goal on project cart: Could not resolve dependencies for project acme:cart:jar:1.0:',
        '[ERROR] Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central: Connection reset by peer'
      ].join('\n')
    )
    expect(result.category).toBe('infrastructure')
    expect(result.transient).toBe(true)
  })

  it('weighs "exit code 1" and "Test failed" consequences too little to decide anything', () => {
    const result = classify(
      [
        'npm ERR! Test failed.  See above for more details.',
        '##[error]Process completed with exit code 1.'
      ].join('\n')
    )
    expect(result.category).toBe('unknown')
    expect(isUnsure(result)).toBe(true)
  })

  it('answers unknown when nothing known is in the log', () => {
    const result = classify(
      'Run ./ci/check-links.sh\n3 links are broken\n##[error]Process completed with exit code 3.'
    )
    expect(result.category).toBe('unknown')
    expect(result.rootCause).toMatch(/No known failure/)
  })

  it('lets a weak hint win only when nothing stronger is present', () => {
    expect(classify("ModuleNotFoundError: No module named 'yaml'").category).toBe('dependency')
    const mixed = classify(
      [
        "ModuleNotFoundError: No module named 'yaml'",
        'FAILED tests/test_cart.py::test_total - assert 1 == 2'
      ].join('\n')
    )
    expect(mixed.category).toBe('test_failure')
  })

  it('uses the failed step name only to strengthen evidence already in the log', () => {
    const log = 'trivy image --exit-code 1 acme/cart:latest'
    const plain = classify(log)
    const hinted = classify(log, { failedStep: 'Security scan' })
    expect(hinted.category).toBe('security_scan')
    expect(hinted.confidence).toBeGreaterThan(plain.confidence)
    expect(classify('all good here', { failedStep: 'Run npm audit' }).category).toBe('unknown')
  })

  it('uses annotations as evidence, redacted', () => {
    const result = classify('', {
      annotations: [
        'The job running on runner Hosted Agent has exceeded the maximum execution time of 60 minutes.'
      ]
    })
    expect(result.category).toBe('infrastructure')
  })
})

describe('classification output', () => {
  const log = [
    '2026-05-10T12:00:00.0000000Z ##[group]Run npm ci',
    '2026-05-10T12:00:01.0000000Z npm error code E401',
    '2026-05-10T12:00:01.0000000Z npm error 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui - authentication token not provided',
    '2026-05-10T12:00:02.0000000Z ##[error]Process completed with exit code 1.'
  ].join('\n')
  const result = classify(log)

  it('is a rules answer with evidence, rule ids, a masked primary line and a root cause from the rule text', () => {
    expect(result).toMatchObject({ category: 'authentication', source: 'rules', transient: false })
    expect(result.rules).toContain('npm-auth')
    expect(result.evidence.some(line => line.includes('E401'))).toBe(true)
    expect(result.primaryLine).toBe('npm error code E401')
    expect(result.rootCause).toBe('The npm registry rejected the credentials (E401/E403/ENEEDAUTH).')
    expect(result.confidence).toBeGreaterThanOrEqual(0.7)
    expect(isUnsure(result)).toBe(false)
  })

  it('lowers confidence when two categories explain the log equally well', () => {
    const mixed = classify(
      ['npm error ERESOLVE unable to resolve dependency tree', 'ENOSPC: no space left on device, write'].join(
        '\n'
      )
    )
    const clear = classify('npm error ERESOLVE unable to resolve dependency tree')
    expect(mixed.confidence).toBeLessThan(clear.confidence)
  })

  it('never puts raw log text in the root cause', () => {
    const hostile = classify('npm error code ERESOLVE <script>@everyone</script>')
    expect(hostile.rootCause).not.toContain('everyone')
  })
})
