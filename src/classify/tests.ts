/**
 * The failing tests a job log names, told line by line (pure). The collector rides the
 * streamed log scan (extract.ts): it sees the cleaned, redacted lines that hold one of
 * TEST_LINE_LITERALS, and, while it asks for them (`wantsNextLine`), the lines right after,
 * since some runners spread one failure over several lines (mocha's nested titles, the
 * list after PHPUnit's "There were 2 failures:", the file under an ExUnit or minitest
 * failure). Memory is bounded by `maxTests`; every regex is anchored and free of nested
 * quantifiers, so a line costs time linear in its length.
 */

type TestFramework =
  | 'jest'
  | 'vitest'
  | 'mocha'
  | 'pytest'
  | 'unittest'
  | 'go'
  | 'cargo'
  | 'surefire'
  | 'gradle'
  | 'rspec'
  | 'minitest'
  | 'phpunit'
  | 'dotnet'
  | 'exunit'
  | 'scalatest'
  | 'xctest'
  | 'testthat'
  | 'common_test'
  | 'playwright'
  | 'prove'
  | 'junit'

export interface FailingTest {
  framework: TestFramework
  /** The test's identifier as its runner prints it. */
  name: string
  file: string | null
  line: number | null
}

/** The counts of a run's summary lines, added up over every summary the log holds. */
export interface TestTotals {
  failed: number
  /** Tests run, when the summaries say; null when one of them did not. */
  total: number | null
}

export interface FailingTests {
  tests: FailingTest[]
  totals: TestTotals | null
  /** Failing tests named beyond the cap, and so not kept. */
  omitted: number
}

/**
 * Text one of which every line a test runner prints about a failure (or its summary) holds,
 * ASCII case aside, unless it holds one of TEST_FAILURE_WORDS: the scan hands the collector
 * only such lines (and those it asks for).
 */
export const TEST_LINE_LITERALS: readonly string[] = [
  '●',
  '×',
  '<<<',
  ' stdout ----',
  'test result:',
  'Tests run:',
  'tests completed',
  'rspec ',
  ' examples, ',
  ' example, ',
  '✗',
  ' runs, ',
  ' tests, ',
  ' test, ',
  'There w',
  'Assertions:',
  'Total:',
  ') test ',
  ') doctest ',
  'Tests:',
  'Tests ',
  'Ran ',
  '___',
  ' passing',

  'panicked at',
  'rails test ',
  ', XCT',
  '❯',
  ' › ',
  'Dubious'
]

/**
 * The failure words every other line a test runner prints about a failure holds, ASCII case
 * aside. Most lines holding one are error lines ("the request fails") that no runner's pattern
 * can match: the scan hands such a line over only when `mayNameFailingTests` says it may.
 */
export const TEST_FAILURE_WORDS: readonly string[] = ['FAIL', 'ERROR']

/**
 * The part of TEST_LINE_HINT a line without any of TEST_LINE_LITERALS can match and that
 * `startLine` can use: the failure words as the hint spells them, pytest's summary line
 * (`= 1 error in 2s =`) and vstest's `X Namespace.Class.Method`, which name no failure word.
 * A third of the hint's alternatives, searched several times faster.
 */
const FAILURE_WORD_HINT = /F(?:AIL|ail)|E(?:RROR|rror)|fail(?:ed|ing|ures)|errors|^=|^\s*X\s/

/**
 * Whether `line`, which holds a failure word (TEST_FAILURE_WORDS) and none of
 * TEST_LINE_LITERALS, may be a line the collector uses: when it is not, handing it over
 * would cost the hint's search and change nothing.
 */
export function mayNameFailingTests(line: string): boolean {
  return FAILURE_WORD_HINT.test(line)
}

/**
 * Case-sensitive text one of which every line `startLine` can use holds: the scan's literals
 * ignore case, so most lines it hands over are error lines ("the request fails") that no
 * runner's pattern can match; one search spares them the patterns.
 */
const TEST_LINE_HINT =
  /FAIL|ERROR|Fail|Error|failed|failing|failures|errors|●|×|✗|❯|›|<<<|----|test result|Tests|tests|rspec|example|runs, |There w|Assertions|Total|\) (?:doc)?test |Ran |___|passing|panicked|rails test|XCT|Dubious|^=/
const DEFAULT_MAX_TESTS = 50
/** Lines a multi-line failure list is followed past its last test (a stack trace is shorter). */
const MAX_FOLLOWED_LINES = 200

type Mode =
  | 'none'
  | 'mocha'
  | 'mocha-title'
  | 'cargo-list'
  | 'phpunit'
  | 'minitest-name'
  | 'exunit-file'
  | 'go-file'
  | 'surefire-list'

const JEST_BULLET = /^\s*● (.+)$/
const JEST_NOT_A_TEST = /^(?:Console|Test suite failed to run|.* › \(hook\)|Summary of all failing tests)$/
const JEST_FILE = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)(?:\s+\(.*\))?$/
const VITEST_FAIL = /^\s*(?:FAIL|×|✗)\s+(\S+\.[cm]?[jt]sx?)(?:\s+\[[^\]]*\])? > (.+)$/
/** vitest's tree: a failed file (`❯ file (3 tests | 1 failed)`), then its failed tests (`× name 5ms`). */
const VITEST_FILE = /^\s*❯ (\S+\.[cm]?[jt]sx?) \(\d+ tests?\b/
const VITEST_CROSS = /^\s*× (.+?)(?: \d+ms)?$/
/** Playwright's list of failures: `1) [project] › file:line:column › suite › test ───`. */
const PLAYWRIGHT_FAILED = /^\s*\d+\) \[[^\]]+\] › (\S+?):(\d+):\d+ › (.+?)(?: ─+)?$/
const JEST_SUMMARY = /^Tests:\s+(.*\d.*\btotal)$/
const VITEST_SUMMARY = /^\s*Tests\s+(\d+ failed\b.*)$/
const MOCHA_FAILING = /^\s*(\d+) failing$/
const MOCHA_PASSING = /^\s*(\d+) passing\b/
const MOCHA_ENTRY = /^\s*\d+\)(?: (.*))?$/
/** The short summary (`FAILED path::test - message`), with pytest-xdist's worker prefix or not. */
const PYTEST_SUMMARY_LINE = /^(?:\[gw\d+\] \[\s*\d+%\] )?(?:FAILED|ERROR) (\S+?\.py)::(.+)$/
const PYTEST_VERBOSE = /^(\S+?\.py)::(\S+) FAILED\b/
const PYTEST_TOTALS = /^=+ (.*\d+ (?:failed|errors?)\b.*) in [\d.]+s\b/
const UNITTEST_HEADER = /^(?:FAIL|ERROR): (\w+) \(([\w.]+)\)/
/** nose and `python -m unittest -v` name a test by its dotted path alone. */
const UNITTEST_DOTTED = /^(?:FAIL|ERROR): ([A-Za-z_][\w]*(?:\.\w+)+)$/
const UNITTEST_VERBOSE = /^(\w+ \([\w.]+\)|[A-Za-z_]\w*(?:\.\w+)+) \.\.\. (?:FAIL|ERROR)$/
const UNITTEST_RAN = /^Ran (\d+) tests? in /
const UNITTEST_FAILED = /^FAILED \((?:failures=(\d+))?(?:, )?(?:errors=(\d+))?/
const GO_FAIL = /^\s*--- FAIL: (\S+) \(/
/** gotestsum: `=== FAIL: package TestName (0.00s)`. */
const GOTESTSUM_FAIL = /^=== FAIL: (\S+) (\S+)(?: \(|$)/
/** cargo-nextest: `FAIL [   0.004s] crate::binary module::test`. */
const NEXTEST_FAIL = /^\s*FAIL \[\s*[\d.]+s\] (\S+) (\S+)$/
const GO_FILE = /^\s+(\S+_test\.go):(\d+):/
const CARGO_STDOUT = /^---- (\S+) stdout ----$/
const CARGO_RESULT_LINE = /^test (\S+) \.\.\. FAILED$/
const CARGO_LIST_ENTRY = /^ {4}([A-Za-z_][\w:]*)$/
/** cargo runs each test in a thread named after it. */
const CARGO_PANIC = /^thread '([\w:]+)' panicked at/
const CARGO_TOTALS = /^test result: FAILED\. (\d+) passed; (\d+) failed;/
const SUREFIRE_OLD = /^(?:\[ERROR\] )?([\w$]+)\(([\w.$]+)\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/
const SUREFIRE_NEW =
  /^(?:\[ERROR\] )?([\w.$]+)\.([\w$]+)(?:\([^)]*\))?(?:\[\d+\])?\s+(?:--\s+)?Time elapsed:.*<<< (?:FAILURE|ERROR)!/
/** JUnit 5 under surefire names the method alone, after its class's `Tests run: ... - in Class` line. */
const SUREFIRE_METHOD_ONLY = /^(?:\[ERROR\] )?([\w$]+)\(\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/
const SUREFIRE_CLASS = / - in ([\w.$]+)\s*$/
const SUREFIRE_LIST_HEAD = /^(?:\[ERROR\] )?(?:Failures|Errors|Failed tests|Tests in error):\s*$/
/**
 * `Class.method:line`, `Class.method » Exception` (errors), `TestClass>Base.method:line` (an
 * inherited method: the test is the subclass's), or the older `method(Class)`.
 */
const SUREFIRE_LIST_ENTRY =
  /^(?:\[ERROR\])?\s+(?:(?:([\w$]+)>)?([\w$]+)\.([\w$]+)(?::(\d+)| »)|([\w$]+)\(([\w.$]+)\))/
const SUREFIRE_TOTALS =
  /^(?:\[\w+\] )?Tests run: (\d+), Failures: (\d+), Errors: (\d+)(?:, Skipped: \d+)?\s*$/
const GRADLE_FAIL = /^(\S+) > (.+) FAILED$/
const GRADLE_TOTALS = /^(\d+) tests completed, (\d+) failed\b/
const RSPEC_RERUN = /^rspec (\.\/\S+?)(?::(\d+)|\[[\d:]+\]) # (.+)$/
const RSPEC_QUOTED = /^rspec '(\.\/\S+?)\[[\d:]+\]' # (.+)$/
const RSPEC_TOTALS = /^(\d+) examples?, (\d+) failures?\b/
const MINITEST_HEAD = /^\s*(?:\d+\) )?(?:Failure|Error):$/
const MINITEST_NAME = /^([\w:]+)#(.+?)(?:\s+\[(\S+?):(\d+)\])?:?$/
const RAILS_RERUN = /^(?:bin\/)?rails test (\S+?):(\d+)$/
const MINITEST_OLD_NAME = /^(\w+)\(([\w:]+)\)(?: \[(.+?):(\d+)\])?:?$/
const MINITEST_TOTALS = /^(\d+) (?:runs|tests), \d+ assertions, (\d+) failures, (\d+) errors\b/
const PHPUNIT_HEAD = /^There (?:was 1|were \d+) (?:failure|error)s?:$/
const PHPUNIT_ENTRY = /^\d+\) (\S+::\S+)/
const PHPUNIT_FILE = /^(\S+\.php):(\d+)$/
const PHPUNIT_TOTALS = /^Tests: (\d+), Assertions: \d+/
const PHPUNIT_COUNT = /\b(Failures|Errors): (\d+)/g
/** vstest names NUnit tests by their method alone, always followed by a duration. */
const DOTNET_FAILED_TIMED = /^\s*Failed ([A-Za-z_].*?) \[[<\d][\d .<a-z]*\]$/
const DOTNET_FAILED = /^\s*(?:Failed|X)\s+([A-Za-z_][\w`+<>]*(?:\.[\w`+<>]+)+(?:\(.*\))?)(?:\s+\[[^\]]*\])?$/
/** The NUnit console's list: `1) Failed : Namespace.Class.Method`. */
const NUNIT_CONSOLE_FAILED = /^\s*\d+\) (?:Failed|Error) : ([A-Za-z_][\w.`+<>]*(?:\(.*\))?)$/
const XUNIT_FAIL =
  /^\s*(?:\[xUnit\.net [\d:.]+\]\s+)?([A-Za-z_][\w`+<>]*(?:\.[\w`+<>]+)+(?:\(.*\))?) \[FAIL\]$/
/** Microsoft.Testing.Platform (MSTest runner): `failed Name (args) (6s 220ms)`. */
const MTP_FAILED = /^\s*failed ([A-Za-z_][\w.`+<>]*(?: \(.*\))?) \((?:\d+(?:ms|s|m|h) ?)+\)$/
const SCALATEST_FAILED = /^(?:\[info\] )?- (.+) \*\*\* FAILED \*\*\*$/
const XCTEST_FAILED = /^Test Case '-\[(\S+) (\w+)\]' failed\b/
/** xcpretty's summary: the test, a comma, the failed assertion. */
const XCPRETTY_FAILED = /^\S*\s+(test\w+), XCT\w+ failed\b/
/** Erlang Common Test: `suite:case failed on line N`. */
const COMMON_TEST_FAILED = /^(\w+):(\w+) failed on line (\d+)$/
/** Perl's prove (TAP): a test script that failed or died. */
const PROVE_FAILED = /^(?:\[[\d:]+\] )?(\S+\.(?:t|sh|pl)) \.+ (?:Dubious|Failed)\b/
const TESTTHAT_FAILED = /^\s*\d+\. (?:Failure|Error): (.+) \(@(\S+?)#(\d+)\)$/
const DOTNET_TOTALS = /^\s*Failed!\s+- Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+), Total:\s+(\d+)/
const XUNIT_TOTALS = /^\s*\S+\s+Total: (\d+), Errors: (\d+), Failed: (\d+),/
const EXUNIT_ENTRY = /^\s+\d+\) ((?:test|doctest) .+) \(([\w.]+)\)$/
const EXUNIT_FILE = /^\s+(\S+\.exs?):(\d+)$/
const EXUNIT_TOTALS = /^(?:\d+ (?:doctests?|propert(?:y|ies)), )*(\d+) tests?, (\d+) failures?\b/

export class FailingTestCollector {
  private readonly kept = new Map<string, FailingTest>()
  private readonly maxTests: number
  private omittedCount = 0
  private mode: Mode = 'none'
  /** Lines the current mode may still take without naming a test. */
  private followBudget = 0
  /** The test the lines after the current one may add a file and line to. */
  private last: FailingTest | null = null
  /** Mocha's title so far, over several lines. */
  private titleParts: string[] = []
  private jestFile: string | null = null
  private vitestFile: string | null = null
  private surefireClass: string | null = null
  /** pytest section headers (`____ test_x ____`): used only when no summary line named a test. */
  private readonly pytestHeaders: string[] = []
  private failed = 0
  private total: number | null = 0
  private summaries = 0
  private mochaPassing: number | null = null

  constructor(maxTests = DEFAULT_MAX_TESTS) {
    this.maxTests = maxTests
  }

  /** Whether the next line must be handed over whatever its literals (see the module comment). */
  get wantsNextLine(): boolean {
    return this.mode !== 'none'
  }

  line(text: string): void {
    if (this.mode !== 'none' && this.followBudget-- > 0 && this.continueMode(text)) return
    this.mode = 'none'
    this.startLine(text)
  }

  /** Asks for the lines after this one, for a while: a list that never ends must not keep every line coming. */
  private follow(mode: Mode): void {
    this.mode = mode
    this.followBudget = MAX_FOLLOWED_LINES
  }

  result(): FailingTests {
    if (!this.hasFramework('pytest')) {
      for (const name of this.pytestHeaders) this.add('pytest', name, null, null)
    }
    return {
      tests: [...this.kept.values()],
      totals: this.summaries > 0 ? { failed: this.failed, total: this.total } : null,
      omitted: this.omittedCount
    }
  }

  /** Handles a line in the mode an earlier line set; false when the mode ends here. */
  private continueMode(text: string): boolean {
    switch (this.mode) {
      case 'mocha':
        return this.mochaLine(text)
      case 'mocha-title':
        return this.mochaTitleLine(text)
      case 'cargo-list': {
        if (text.trim() === '') return true
        const entry = CARGO_LIST_ENTRY.exec(text)
        if (entry) this.add('cargo', entry[1] as string, null, null)
        return entry !== null
      }
      case 'phpunit':
        return this.phpunitLine(text)
      case 'minitest-name': {
        const entry = MINITEST_NAME.exec(text)
        const old = entry ? null : MINITEST_OLD_NAME.exec(text)
        if (entry) this.add('minitest', `${entry[1]}#${entry[2]}`, entry[3] ?? null, toLine(entry[4]))
        else if (old) this.add('minitest', `${old[2]}#${old[1]}`, old[3] ?? null, toLine(old[4]))
        this.mode = 'none'
        return true
      }
      case 'exunit-file':
      case 'go-file': {
        const pattern = this.mode === 'go-file' ? GO_FILE : EXUNIT_FILE
        const place = pattern.exec(text)
        this.mode = 'none'
        if (place && this.last && this.last.file === null) {
          this.last.file = place[1] as string
          this.last.line = toLine(place[2])
        }
        return place !== null || text.trim() === ''
      }
      case 'surefire-list': {
        const entry = SUREFIRE_LIST_ENTRY.exec(text)
        if (!entry) return text.trim() === '' || /^(?:\[ERROR\])?\s{3,}\S/.test(text)
        if (entry[3] !== undefined) {
          this.addJvm('surefire', entry[1] ?? (entry[2] as string), entry[3], toLine(entry[4]))
        } else {
          this.addJvm('surefire', entry[6] as string, entry[5] as string, null)
        }
        return true
      }
      default:
        return false
    }
  }

  /** One line of a test runner's output, tried against each family of runners in turn. */
  private startLine(text: string): void {
    if (!TEST_LINE_HINT.test(text)) return
    const trimmed = text.trimStart()
    // Tried in order: the first family that claims the line ends the search.
    if (this.jsLine(text, trimmed) || this.goPythonLine(text, trimmed) || this.rustJvmLine(text)) return
    if (!this.rubyElixirPhpLine(text)) this.otherLine(text, trimmed)
  }

  /** Jest, Vitest and nextest, told by a line's first character or a FAIL. True: the line was theirs. */
  private jsLine(text: string, trimmed: string): boolean {
    const first = trimmed.charCodeAt(0)
    let match: RegExpExecArray | null
    if (first === 0x25cf /* ● */) {
      if ((match = JEST_BULLET.exec(text)) && !JEST_NOT_A_TEST.test(match[1] as string)) {
        this.add('jest', (match[1] as string).trim(), this.jestFile, null)
      }
      return true
    }
    if (first === 0x276f /* ❯ */) {
      if ((match = VITEST_FILE.exec(text))) this.vitestFile = match[1] as string
      return true
    }
    if (first === 0xd7 /* × */ && this.vitestFile !== null && !VITEST_FAIL.test(text)) {
      if ((match = VITEST_CROSS.exec(text))) this.add('vitest', match[1] as string, this.vitestFile, null)
      return true
    }
    if (trimmed.startsWith('FAIL') || first === 0xd7 /* × */ || first === 0x2717 /* ✗ */) {
      if ((match = VITEST_FAIL.exec(text))) {
        this.add('vitest', (match[2] as string).trim(), match[1] as string, null)
        return true
      }
      if ((match = NEXTEST_FAIL.exec(text))) {
        this.add('cargo', match[2] as string, null, null)
        return true
      }
      if ((match = JEST_FILE.exec(text))) {
        this.jestFile = match[1] as string
        return true
      }
    }
    return false
  }

  /** Go, pytest, unittest, a Rust panic and a Rails re-run command. True when the line was one of theirs. */
  private goPythonLine(text: string, trimmed: string): boolean {
    let match: RegExpExecArray | null
    if (trimmed.startsWith('--- FAIL: ') && (match = GO_FAIL.exec(text))) {
      this.add('go', match[1] as string, null, null)
      this.follow('go-file')
      return true
    }
    if (text.startsWith('=== FAIL: ') && (match = GOTESTSUM_FAIL.exec(text))) {
      this.add('go', match[2] as string, null, null)
      return true
    }
    if (text.startsWith('FAIL') || text.startsWith('ERROR') || text.startsWith('[gw')) {
      if ((match = PYTEST_SUMMARY_LINE.exec(text))) {
        // The message follows the first " - " after the parameters, which may hold one too.
        const rest = match[2] as string
        const end = rest.indexOf(' - ', rest.indexOf('[') === -1 ? 0 : Math.max(0, rest.indexOf(']')))
        const test = (end === -1 ? rest : rest.slice(0, end)).trim()
        this.add('pytest', `${match[1]}::${test}`, match[1] as string, null)
        return true
      }
      if ((match = UNITTEST_HEADER.exec(text))) {
        this.add('unittest', `${match[1]} (${match[2]})`, null, null)
        return true
      }
      if ((match = UNITTEST_DOTTED.exec(text))) {
        this.add('unittest', match[1] as string, null, null)
        return true
      }
      if ((match = UNITTEST_FAILED.exec(text)) && (match[1] !== undefined || match[2] !== undefined)) {
        this.failed += Number(match[1] ?? 0) + Number(match[2] ?? 0)
        return true
      }
    }
    if (text.endsWith(' ... FAIL') || text.endsWith(' ... ERROR')) {
      if ((match = UNITTEST_VERBOSE.exec(text))) this.add('unittest', match[1] as string, null, null)
      return true
    }
    if (text.startsWith('thread ') && (match = CARGO_PANIC.exec(text))) {
      if (match[1] !== 'main' && match[1] !== '<unnamed>') this.add('cargo', match[1] as string, null, null)
      return true
    }
    if ((match = RAILS_RERUN.exec(text))) {
      if (this.last?.framework === 'minitest' && this.last.file === null) {
        this.last.file = match[1] as string
        this.last.line = toLine(match[2])
      }
      return true
    }
    if (text.startsWith('_')) {
      const name = text.replace(/^_{3,} /, '').replace(/ _{3,}$/, '')
      if (name !== text && /^[\w.[\]-]+$/.test(name) && /(?:^|\.)test/i.test(name))
        this.pytestHeaders.push(name)
      return true
    }
    if ((match = PYTEST_VERBOSE.exec(text))) {
      this.add('pytest', `${match[1]}::${match[2]}`, match[1] as string, null)
      return true
    }
    if (text.startsWith('=') && (match = PYTEST_TOTALS.exec(text))) {
      this.countWords(match[1] as string)
      return true
    }
    if (text.startsWith('Ran ') && (match = UNITTEST_RAN.exec(text))) {
      // The FAILED line after it gives the failures.
      this.count(0, Number(match[1]))
      return true
    }
    return false
  }

  /** cargo test, Maven Surefire and Gradle. True when the line was one of theirs. */
  private rustJvmLine(text: string): boolean {
    let match: RegExpExecArray | null
    if (text.includes(' stdout ----') && (match = CARGO_STDOUT.exec(text))) {
      this.add('cargo', match[1] as string, null, null)
      return true
    }
    if (text.startsWith('test ')) {
      if ((match = CARGO_RESULT_LINE.exec(text))) this.add('cargo', match[1] as string, null, null)
      else if ((match = CARGO_TOTALS.exec(text))) {
        const failed = Number(match[2])
        this.count(failed, failed + Number(match[1]))
      }
      return true
    }
    if (text === 'failures:') {
      this.follow('cargo-list')
      return true
    }
    if (text.includes('<<<')) {
      if ((match = SUREFIRE_CLASS.exec(text))) this.surefireClass = match[1] as string
      if ((match = SUREFIRE_OLD.exec(text))) {
        this.addJvm('surefire', match[2] as string, match[1] as string, null)
      } else if ((match = SUREFIRE_NEW.exec(text))) {
        this.addJvm('surefire', match[1] as string, match[2] as string, null)
      } else if ((match = SUREFIRE_METHOD_ONLY.exec(text)) && this.surefireClass !== null) {
        this.addJvm('surefire', this.surefireClass, match[1] as string, null)
      }
      return true
    }
    if (SUREFIRE_LIST_HEAD.test(text)) {
      this.follow('surefire-list')
      return true
    }
    if (text.includes('Tests run:') && (match = SUREFIRE_TOTALS.exec(text))) {
      this.count(Number(match[2]) + Number(match[3]), Number(match[1]))
      return true
    }
    if (text.endsWith(' FAILED') && (match = GRADLE_FAIL.exec(text))) {
      this.addJvm('gradle', match[1] as string, match[2] as string, null)
      return true
    }
    if ((match = GRADLE_TOTALS.exec(text))) {
      this.count(Number(match[2]), Number(match[1]))
      return true
    }
    return false
  }

  /** RSpec, minitest, ExUnit and PHPUnit. True when the line was one of theirs. */
  private rubyElixirPhpLine(text: string): boolean {
    let match: RegExpExecArray | null
    if (text.startsWith('rspec ')) {
      if ((match = RSPEC_RERUN.exec(text))) {
        this.add('rspec', (match[3] as string).trim(), stripDotSlash(match[1] as string), toLine(match[2]))
      } else if ((match = RSPEC_QUOTED.exec(text))) {
        this.add('rspec', (match[2] as string).trim(), stripDotSlash(match[1] as string), null)
      }
      return true
    }
    if ((match = RSPEC_TOTALS.exec(text))) {
      this.count(Number(match[2]), Number(match[1]))
      return true
    }
    if ((match = MINITEST_TOTALS.exec(text))) {
      this.count(Number(match[2]) + Number(match[3]), Number(match[1]))
      return true
    }
    if (MINITEST_HEAD.test(text)) {
      this.follow('minitest-name')
      return true
    }
    if ((match = EXUNIT_ENTRY.exec(text))) {
      this.add('exunit', `${match[1]} (${match[2]})`, null, null)
      this.follow('exunit-file')
      return true
    }
    if ((match = EXUNIT_TOTALS.exec(text))) {
      this.count(Number(match[2]), Number(match[1]))
      return true
    }
    if (PHPUNIT_HEAD.test(text)) {
      this.follow('phpunit')
      return true
    }
    if (text.startsWith('Tests: ') && (match = PHPUNIT_TOTALS.exec(text))) {
      let failed = 0
      for (const count of text.matchAll(PHPUNIT_COUNT)) failed += Number(count[2])
      this.count(failed, Number(match[1]))
      return true
    }
    return false
  }

  /** Swift, Erlang, Perl, R, .NET, Playwright, and the summaries of Jest, Vitest and Mocha. True when the line was one of theirs. */
  private otherLine(text: string, trimmed: string): boolean {
    let match: RegExpExecArray | null
    if (text.endsWith(' FAILED ***') && (match = SCALATEST_FAILED.exec(text))) {
      this.add('scalatest', match[1] as string, null, null)
      return true
    }
    if (text.startsWith('Test Case ') && (match = XCTEST_FAILED.exec(text))) {
      this.add('xctest', `${match[1]}.${match[2]}`, null, null)
      return true
    }
    if (text.includes(', XCT') && (match = XCPRETTY_FAILED.exec(text))) {
      this.add('xctest', match[1] as string, null, null)
      return true
    }
    if ((match = COMMON_TEST_FAILED.exec(text))) {
      this.add('common_test', `${match[1]}:${match[2]}`, null, null)
      return true
    }
    if ((match = PROVE_FAILED.exec(text))) {
      this.add('prove', match[1] as string, null, null)
      return true
    }
    if ((match = TESTTHAT_FAILED.exec(text))) {
      this.add('testthat', match[1] as string, match[2] as string, toLine(match[3]))
      return true
    }
    if (text.endsWith('[FAIL]') && (match = XUNIT_FAIL.exec(text))) {
      this.add('dotnet', match[1] as string, null, null)
      return true
    }
    if ((match = NUNIT_CONSOLE_FAILED.exec(text))) {
      this.add('dotnet', match[1] as string, null, null)
      return true
    }
    if ((match = PLAYWRIGHT_FAILED.exec(text))) {
      this.add('playwright', match[3] as string, match[1] as string, toLine(match[2]))
      return true
    }
    if ((match = DOTNET_FAILED_TIMED.exec(text)) || (match = DOTNET_FAILED.exec(text))) {
      this.add('dotnet', match[1] as string, null, null)
      return true
    }
    if (text.startsWith('failed ', text.length - trimmed.length) && (match = MTP_FAILED.exec(text))) {
      this.add('dotnet', match[1] as string, null, null)
      return true
    }
    if ((match = DOTNET_TOTALS.exec(text))) {
      this.count(Number(match[1]), Number(match[4]))
      return true
    }
    if ((match = XUNIT_TOTALS.exec(text))) {
      this.count(Number(match[2]) + Number(match[3]), Number(match[1]))
      return true
    }
    if ((match = JEST_SUMMARY.exec(text))) {
      this.countWords(match[1] as string)
      return true
    }
    if ((match = VITEST_SUMMARY.exec(text))) {
      this.countWords(match[1] as string)
      return true
    }
    if ((match = MOCHA_PASSING.exec(text))) {
      this.mochaPassing = Number(match[1])
      return true
    }
    if ((match = MOCHA_FAILING.exec(text))) {
      const failed = Number(match[1])
      this.count(failed, this.mochaPassing === null ? null : failed + this.mochaPassing)
      this.follow('mocha')
    }
    return false
  }

  /** Mocha's list of failures: `N) ` then the title's parts, the last ending with a colon. */
  private mochaLine(text: string): boolean {
    const entry = MOCHA_ENTRY.exec(text)
    if (entry) {
      this.titleParts = []
      this.follow('mocha-title')
      return this.mochaTitleLine(entry[1] ?? '')
    }
    // Messages and stack traces are indented; the list ends with the first line that is not.
    return text === '' || /^\s/.test(text)
  }

  private mochaTitleLine(text: string): boolean {
    const part = text.trim()
    if (part === '') return true
    if (part.endsWith(':')) {
      this.titleParts.push(part.slice(0, -1).trim())
      this.add('mocha', this.titleParts.filter(p => p !== '').join(' '), null, null)
      this.titleParts = []
      this.follow('mocha')
      return true
    }
    if (this.titleParts.length >= 8) {
      this.follow('mocha')
      return true
    }
    this.titleParts.push(part)
    return true
  }

  /** PHPUnit's numbered list after "There were N failures:", up to its summary. */
  private phpunitLine(text: string): boolean {
    if (text === 'FAILURES!' || text === 'ERRORS!' || text.startsWith('Tests: ')) return false
    let match: RegExpExecArray | null
    if ((match = PHPUNIT_ENTRY.exec(text))) {
      this.add('phpunit', match[1] as string, null, null)
    } else if ((match = PHPUNIT_FILE.exec(text)) && this.last && this.last.file === null) {
      const file = match[1] as string
      // The trace ends in the test; the first frame in a *Test.php file is the test's own line.
      if (/Test\.php$/.test(file)) {
        this.last.file = file
        this.last.line = toLine(match[2])
      }
    }
    return true
  }

  /** A summary's counts: `failed` failures (errors included) of `total` tests. */
  private count(failed: number, total: number | null): void {
    this.summaries++
    this.failed += failed
    this.total = this.total === null || total === null ? null : this.total + total
  }

  /** A summary of words: "1 failed, 2 passed, 3 total", "2 failed | 3 passed (5)", "1 failed, 2 errors". */
  private countWords(summary: string): void {
    let failed = 0
    let counted = 0
    let total: number | null = null
    for (const [, value, word] of summary.matchAll(
      /(\d+) (failed|errors?|passed|skipped|todo|total|xfailed|xpassed)\b/g
    )) {
      const n = Number(value)
      if (word === 'total') total = n
      else {
        counted += n
        if (word === 'failed' || word?.startsWith('error')) failed += n
      }
    }
    const bracketed = /\((\d+)\)\s*$/.exec(summary)
    if (total === null && bracketed) total = Number(bracketed[1])
    this.count(failed, total ?? counted)
  }

  private hasFramework(framework: TestFramework): boolean {
    for (const test of this.kept.values()) if (test.framework === framework) return true
    return false
  }

  /** A JVM test as `Class.method`, one entry per simple class name and method whichever form named it. */
  private addJvm(framework: TestFramework, className: string, method: string, line: number | null): void {
    const simple = className.slice(className.lastIndexOf('.') + 1)
    const key = `jvm:${simple}.${method}`
    const known = this.kept.get(key)
    if (known) {
      if (known.line === null) known.line = line
      // A fully qualified class names the test better than a simple one.
      if (className.length > simple.length && !known.name.startsWith(className))
        known.name = `${className}.${method}`
      return
    }
    this.keep(key, { framework, name: `${className}.${method}`, file: null, line })
  }

  private add(framework: TestFramework, name: string, file: string | null, line: number | null): void {
    if (name === '') return
    this.followBudget = MAX_FOLLOWED_LINES
    const key = `${framework}:${name}`
    const known = this.kept.get(key)
    if (known) {
      this.last = known
      if (known.file === null) known.file = file
      if (known.line === null) known.line = line
      return
    }
    this.keep(key, { framework, name, file, line })
  }

  private keep(key: string, test: FailingTest): void {
    if (this.kept.size >= this.maxTests) {
      this.omittedCount++
      this.last = null
      return
    }
    this.kept.set(key, test)
    this.last = test
  }
}

function toLine(text: string | undefined): number | null {
  return text === undefined ? null : Number(text)
}

function stripDotSlash(path: string): string {
  return path.startsWith('./') ? path.slice(2) : path
}

/** The failing tests of log lines already cleaned and redacted. */
export function failingTestsOfLines(lines: Iterable<string>, maxTests?: number): FailingTests {
  const collector = new FailingTestCollector(maxTests)
  for (const line of lines) collector.line(line)
  return collector.result()
}
