import { describe, expect, it } from '@jest/globals'
import { failingTestsOfJunit, JunitError, looksLikeJunit, MAX_JUNIT_BYTES } from '../../src/classify/junit.js'

/** The shape Maven Surefire writes to target/surefire-reports/TEST-*.xml. */
const SUREFIRE = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="org.dirty.flag.DirtyFlagTest" time="0.088" tests="2" errors="0" skipped="0" failures="1">
  <properties>
    <property name="java.version" value="11.0.2"/>
  </properties>
  <testcase name="testIsDirty" classname="org.dirty.flag.DirtyFlagTest" time="0.058">
    <failure message="expected: &lt;false&gt; but was: &lt;true&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <false> but was: <true>
	at org.dirty.flag.DirtyFlagTest.testIsDirty(DirtyFlagTest.java:45)
]]></failure>
  </testcase>
  <testcase name="testIsClean" classname="org.dirty.flag.DirtyFlagTest" time="0.003"/>
</testsuite>
`

/** The shape pytest --junitxml writes (with file and line, as junit_family=xunit1 does). */
const PYTEST = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="0" tests="3" time="0.1">
<testcase classname="tests.test_cart" name="test_add[a &amp; b]" file="tests/test_cart.py" line="11" time="0.001"><failure message="assert 1 == 2">def test_add(): assert 1 == 2</failure></testcase>
<testcase classname="tests.test_cart" name="test_remove" file="tests/test_cart.py" line="20" time="0.001"><error message="fixture 'db' not found">E fixture 'db' not found</error></testcase>
<testcase classname="tests.test_cart" name="test_total" file="tests/test_cart.py" line="30" time="0.001"/>
</testsuite></testsuites>`

describe('JUnit XML', () => {
  it('names the failing test cases as Class.method and counts the report', () => {
    expect(failingTestsOfJunit(SUREFIRE)).toEqual({
      tests: [
        { framework: 'junit', name: 'org.dirty.flag.DirtyFlagTest.testIsDirty', file: null, line: null }
      ],
      totals: { failed: 1, total: 2 },
      omitted: 0
    })
  })

  it('counts errors as failures and keeps file and line, entities decoded', () => {
    expect(failingTestsOfJunit(PYTEST)).toEqual({
      tests: [
        { framework: 'junit', name: 'tests.test_cart.test_add[a & b]', file: 'tests/test_cart.py', line: 11 },
        { framework: 'junit', name: 'tests.test_cart.test_remove', file: 'tests/test_cart.py', line: 20 }
      ],
      totals: { failed: 2, total: 3 },
      omitted: 0
    })
  })

  it('names nothing in a passing report', () => {
    const passing = SUREFIRE.replace(/<failure[\s\S]*?<\/failure>/, '')
    expect(failingTestsOfJunit(passing).tests).toEqual([])
  })

  it('refuses a document type declaration: no entity is ever expanded', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<testsuite><testcase name="&lol2;"><failure/></testcase></testsuite>`
    expect(() => failingTestsOfJunit(laughs)).toThrow(JunitError)
    const external = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>`
    expect(() => failingTestsOfJunit(external)).toThrow(/document type/)
  })

  it('refuses entities it does not know, oversized reports and deep nesting', () => {
    expect(() => failingTestsOfJunit('<testsuite><testcase name="&x;"/></testsuite>')).toThrow(
      /undefined entity/
    )
    expect(() => failingTestsOfJunit(`<testsuite name="${'a'.repeat(MAX_JUNIT_BYTES)}"/>`)).toThrow(/over/)
    const deep = `<testsuites>${'<testsuite>'.repeat(100)}${'</testsuite>'.repeat(100)}</testsuites>`
    expect(() => failingTestsOfJunit(deep)).toThrow(/deeper/)
    expect(() => failingTestsOfJunit('<html><body/></html>')).toThrow(/not a JUnit report/)
    expect(() => failingTestsOfJunit('<testsuite><testcase name="x">')).toThrow(/never closed/)
  })

  it('keeps at most the cap and redacts secrets in names', () => {
    const cases = Array.from({ length: 60 }, (_, i) => `<testcase name="t${i}"><failure/></testcase>`).join(
      ''
    )
    const found = failingTestsOfJunit(`<testsuite>${cases}</testsuite>`)
    expect(found.tests).toHaveLength(50)
    expect(found.omitted).toBe(10)
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'
    const leaky = failingTestsOfJunit(
      `<testsuite><testcase name="uses ${token}"><error/></testcase></testsuite>`
    )
    expect(leaky.tests[0]?.name).not.toContain(token)
  })

  it('tells a report from a log', () => {
    expect(looksLikeJunit(SUREFIRE)).toBe(true)
    expect(looksLikeJunit('\uFEFF<testsuites>')).toBe(true)
    expect(looksLikeJunit('--- FAIL: TestX (0.00s)')).toBe(false)
  })
})
