/**
 * The failing tests of a JUnit XML report (pure). Reports come from the run, so they are
 * untrusted like its logs: the reader is small and strict rather than a general XML parser.
 * It refuses a document type declaration (and with it every entity definition, the way to
 * entity expansion attacks and external entities), knows only XML's five predefined
 * entities and character references, caps the input size and the element depth, and
 * keeps at most `maxTests` tests. Test names are redacted like log text.
 */
import { redactSecrets } from './redact.js'
import type { FailingTest, FailingTests } from './tests.js'

/** Larger reports are refused: a test report of this size is already unusual. */
export const MAX_JUNIT_BYTES = 20 * 1024 * 1024
const MAX_DEPTH = 64
const DEFAULT_MAX_TESTS = 50

export class JunitError extends Error {}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,31});/g
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g
const TAG_NAME = /^[A-Za-z_:][\w:.-]*/
// Control characters other than tab, line feed and carriage return never belong in a name.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g

/** Whether `text` looks like a JUnit XML report rather than a log. */
export function looksLikeJunit(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  return start.startsWith('<?xml') || start.startsWith('<testsuite')
}

function decode(text: string): string {
  return text.replace(REFERENCE, (whole, reference: string) => {
    if (reference.startsWith('#')) {
      const code =
        reference[1] === 'x'
          ? Number.parseInt(reference.slice(2), 16)
          : Number.parseInt(reference.slice(1), 10)
      if (code > 0x10ffff || code === 0) throw new JunitError(`invalid character reference ${whole}`)
      return String.fromCodePoint(code)
    }
    const value = PREDEFINED[reference]
    if (value === undefined) throw new JunitError(`undefined entity ${whole} (entities are not read)`)
    return value
  })
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of source.matchAll(ATTRIBUTE)) {
    found.set(match[1] as string, decode(match[2] ?? match[3] ?? ''))
  }
  return found
}

/** A name as a reader may see it: one line, no control characters, secrets redacted. */
function cleanName(text: string): string {
  return redactSecrets(text.replace(CONTROL, '').replace(/\s+/g, ' ').trim())
}

interface OpenCase {
  name: string
  file: string | null
  line: number | null
  failed: boolean
}

/** The failing test cases (`<failure>` or `<error>` inside `<testcase>`) and the report's totals. */
export function failingTestsOfJunit(xml: string, maxTests = DEFAULT_MAX_TESTS): FailingTests {
  if (Buffer.byteLength(xml, 'utf8') > MAX_JUNIT_BYTES) {
    throw new JunitError(`the report is over ${MAX_JUNIT_BYTES / 1024 / 1024} MB`)
  }
  const tests: FailingTest[] = []
  const seen = new Set<string>()
  const stack: string[] = []
  let omitted = 0
  let total = 0
  let failed = 0
  let current: OpenCase | null = null
  let sawRoot = false
  const close = (test: OpenCase): void => {
    total++
    if (!test.failed) return
    failed++
    if (seen.has(test.name)) return
    if (tests.length >= maxTests) {
      omitted++
      return
    }
    seen.add(test.name)
    tests.push({ framework: 'junit', name: test.name, file: test.file, line: test.line })
  }
  let at = 0
  for (;;) {
    const open = xml.indexOf('<', at)
    if (open === -1) break
    if (xml.startsWith('<!--', open)) {
      at = after(xml, '-->', open + 4, 'comment')
    } else if (xml.startsWith('<![CDATA[', open)) {
      at = after(xml, ']]>', open + 9, 'CDATA section')
    } else if (xml.startsWith('<!', open)) {
      throw new JunitError('the report declares a document type (DTDs and entities are not read)')
    } else if (xml.startsWith('<?', open)) {
      at = after(xml, '?>', open + 2, 'processing instruction')
    } else {
      const end = tagEnd(xml, open + 1)
      const body = xml.slice(open + 1, end)
      at = end + 1
      if (body.startsWith('/')) {
        const name = body.slice(1).trim()
        if (stack.pop() !== name) throw new JunitError(`unexpected </${name}>`)
        if (name === 'testcase' && current) {
          close(current)
          current = null
        }
        continue
      }
      const selfClosing = body.endsWith('/')
      const name = TAG_NAME.exec(body)?.[0]
      if (name === undefined) throw new JunitError('a tag without a name')
      if (!sawRoot) {
        if (name !== 'testsuites' && name !== 'testsuite')
          throw new JunitError(`<${name}> is not a JUnit report`)
        sawRoot = true
      }
      if (name === 'testcase') {
        const opened = openCase(attributes(body.slice(name.length, selfClosing ? -1 : undefined)))
        if (selfClosing) close(opened)
        else current = opened
      } else if ((name === 'failure' || name === 'error') && current) {
        current.failed = true
      }
      if (!selfClosing) {
        stack.push(name)
        if (stack.length > MAX_DEPTH) throw new JunitError(`elements nest deeper than ${MAX_DEPTH}`)
      }
    }
  }
  if (!sawRoot) throw new JunitError('no <testsuites> or <testsuite> element')
  if (stack.length > 0) throw new JunitError(`<${stack.at(-1)}> is never closed`)
  return { tests, totals: { failed, total }, omitted }
}

/** A `<testcase>` as its attributes name it: `classname.name`, with its file and line when given. */
function openCase(attrs: Map<string, string>): OpenCase {
  const test = attrs.get('name') ?? ''
  const className = attrs.get('classname') ?? ''
  const line = Number(attrs.get('line'))
  return {
    name: cleanName(className !== '' && className !== test ? `${className}.${test}` : test),
    file: attrs.has('file') ? cleanName(attrs.get('file') as string) : null,
    line: Number.isSafeInteger(line) && line > 0 ? line : null,
    failed: false
  }
}

function after(xml: string, terminator: string, from: number, what: string): number {
  const end = xml.indexOf(terminator, from)
  if (end === -1) throw new JunitError(`an unterminated ${what}`)
  return end + terminator.length
}

/** The `>` that ends the tag starting at `from`, quotes respected. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return i
    } else if (c === '<') {
      break
    }
  }
  throw new JunitError('an unterminated tag')
}
