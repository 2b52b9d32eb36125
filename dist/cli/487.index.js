export const id = 487;
export const ids = [487];
export const modules = {

/***/ 6487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ExcerptBuilder: () => (/* binding */ ExcerptBuilder),
  cleanLine: () => (/* binding */ cleanLine),
  extractExcerpt: () => (/* binding */ extractExcerpt),
  extractExcerptFromText: () => (/* binding */ extractExcerptFromText),
  isDenied: () => (/* binding */ isDenied),
  lineSpecificity: () => (/* binding */ lineSpecificity)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/classify/fingerprint.ts
var fingerprint = __webpack_require__(1078);
// EXTERNAL MODULE: ./src/classify/redact.ts
var redact = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/classify/literals.ts
var literals = __webpack_require__(2936);
// EXTERNAL MODULE: ./src/classify/rules.ts
var rules = __webpack_require__(6093);
;// CONCATENATED MODULE: ./src/classify/tests.ts
/**
 * The failing tests a job log names, told line by line (pure). The collector rides the
 * streamed log scan (extract.ts): it sees the cleaned, redacted lines that hold one of
 * TEST_LINE_LITERALS, and, while it asks for them (`wantsNextLine`), the lines right after,
 * since some runners spread one failure over several lines (mocha's nested titles, the
 * list after PHPUnit's "There were 2 failures:", the file under an ExUnit or minitest
 * failure). Memory is bounded by `maxTests`; every regex is anchored and free of nested
 * quantifiers, so a line costs time linear in its length.
 */
/**
 * Text one of which every line a test runner prints about a failure (or its summary) holds,
 * ASCII case aside, unless it holds one of TEST_FAILURE_WORDS: the scan hands the collector
 * only such lines (and those it asks for).
 */
const TEST_LINE_LITERALS = [
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
];
/**
 * The failure words every other line a test runner prints about a failure holds, ASCII case
 * aside. Most lines holding one are error lines ("the request fails") that no runner's pattern
 * can match: the scan hands such a line over only when `mayNameFailingTests` says it may.
 */
const TEST_FAILURE_WORDS = ['FAIL', 'ERROR'];
/**
 * The part of TEST_LINE_HINT a line without any of TEST_LINE_LITERALS can match and that
 * `startLine` can use: the failure words as the hint spells them, pytest's summary line
 * (`= 1 error in 2s =`) and vstest's `X Namespace.Class.Method`, which name no failure word.
 * A third of the hint's alternatives, searched several times faster.
 */
const FAILURE_WORD_HINT = /F(?:AIL|ail)|E(?:RROR|rror)|fail(?:ed|ing|ures)|errors|^=|^\s*X\s/;
/**
 * Whether `line`, which holds a failure word (TEST_FAILURE_WORDS) and none of
 * TEST_LINE_LITERALS, may be a line the collector uses: when it is not, handing it over
 * would cost the hint's search and change nothing.
 */
function mayNameFailingTests(line) {
    return FAILURE_WORD_HINT.test(line);
}
/**
 * Case-sensitive text one of which every line `startLine` can use holds: the scan's literals
 * ignore case, so most lines it hands over are error lines ("the request fails") that no
 * runner's pattern can match; one search spares them the patterns.
 */
const TEST_LINE_HINT = /FAIL|ERROR|Fail|Error|failed|failing|failures|errors|●|×|✗|❯|›|<<<|----|test result|Tests|tests|rspec|example|runs, |There w|Assertions|Total|\) (?:doc)?test |Ran |___|passing|panicked|rails test|XCT|Dubious|^=/;
const DEFAULT_MAX_TESTS = 50;
/** Lines a multi-line failure list is followed past its last test (a stack trace is shorter). */
const MAX_FOLLOWED_LINES = 200;
const JEST_BULLET = /^\s*● (.+)$/;
const JEST_NOT_A_TEST = /^(?:Console|Test suite failed to run|.* › \(hook\)|Summary of all failing tests)$/;
const JEST_FILE = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)(?:\s+\(.*\))?$/;
const VITEST_FAIL = /^\s*(?:FAIL|×|✗)\s+(\S+\.[cm]?[jt]sx?)(?:\s+\[[^\]]*\])? > (.+)$/;
/** vitest's tree: a failed file (`❯ file (3 tests | 1 failed)`), then its failed tests (`× name 5ms`). */
const VITEST_FILE = /^\s*❯ (\S+\.[cm]?[jt]sx?) \(\d+ tests?\b/;
const VITEST_CROSS = /^\s*× (.+?)(?: \d+ms)?$/;
/** Playwright's list of failures: `1) [project] › file:line:column › suite › test ───`. */
const PLAYWRIGHT_FAILED = /^\s*\d+\) \[[^\]]+\] › (\S+?):(\d+):\d+ › (.+?)(?: ─+)?$/;
const JEST_SUMMARY = /^Tests:\s+(.*\d.*\btotal)$/;
const VITEST_SUMMARY = /^\s*Tests\s+(\d+ failed\b.*)$/;
const MOCHA_FAILING = /^\s*(\d+) failing$/;
const MOCHA_PASSING = /^\s*(\d+) passing\b/;
const MOCHA_ENTRY = /^\s*\d+\)(?: (.*))?$/;
/** The short summary (`FAILED path::test - message`), with pytest-xdist's worker prefix or not. */
const PYTEST_SUMMARY_LINE = /^(?:\[gw\d+\] \[\s*\d+%\] )?(?:FAILED|ERROR) (\S+?\.py)::(.+)$/;
const PYTEST_VERBOSE = /^(\S+?\.py)::(\S+) FAILED\b/;
const PYTEST_TOTALS = /^=+ (.*\d+ (?:failed|errors?)\b.*) in [\d.]+s\b/;
const UNITTEST_HEADER = /^(?:FAIL|ERROR): (\w+) \(([\w.]+)\)/;
/** nose and `python -m unittest -v` name a test by its dotted path alone. */
const UNITTEST_DOTTED = /^(?:FAIL|ERROR): ([A-Za-z_][\w]*(?:\.\w+)+)$/;
const UNITTEST_VERBOSE = /^(\w+ \([\w.]+\)|[A-Za-z_]\w*(?:\.\w+)+) \.\.\. (?:FAIL|ERROR)$/;
const UNITTEST_RAN = /^Ran (\d+) tests? in /;
const UNITTEST_FAILED = /^FAILED \((?:failures=(\d+))?(?:, )?(?:errors=(\d+))?/;
const GO_FAIL = /^\s*--- FAIL: (\S+) \(/;
/** gotestsum: `=== FAIL: package TestName (0.00s)`. */
const GOTESTSUM_FAIL = /^=== FAIL: (\S+) (\S+)(?: \(|$)/;
/** cargo-nextest: `FAIL [   0.004s] crate::binary module::test`. */
const NEXTEST_FAIL = /^\s*FAIL \[\s*[\d.]+s\] (\S+) (\S+)$/;
const GO_FILE = /^\s+(\S+_test\.go):(\d+):/;
const CARGO_STDOUT = /^---- (\S+) stdout ----$/;
const CARGO_RESULT_LINE = /^test (\S+) \.\.\. FAILED$/;
const CARGO_LIST_ENTRY = /^ {4}([A-Za-z_][\w:]*)$/;
/** cargo runs each test in a thread named after it. */
const CARGO_PANIC = /^thread '([\w:]+)' panicked at/;
const CARGO_TOTALS = /^test result: FAILED\. (\d+) passed; (\d+) failed;/;
const SUREFIRE_OLD = /^(?:\[ERROR\] )?([\w$]+)\(([\w.$]+)\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/;
const SUREFIRE_NEW = /^(?:\[ERROR\] )?([\w.$]+)\.([\w$]+)(?:\([^)]*\))?(?:\[\d+\])?\s+(?:--\s+)?Time elapsed:.*<<< (?:FAILURE|ERROR)!/;
/** JUnit 5 under surefire names the method alone, after its class's `Tests run: ... - in Class` line. */
const SUREFIRE_METHOD_ONLY = /^(?:\[ERROR\] )?([\w$]+)\(\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/;
const SUREFIRE_CLASS = / - in ([\w.$]+)\s*$/;
const SUREFIRE_LIST_HEAD = /^(?:\[ERROR\] )?(?:Failures|Errors|Failed tests|Tests in error):\s*$/;
/**
 * `Class.method:line`, `Class.method » Exception` (errors), `TestClass>Base.method:line` (an
 * inherited method: the test is the subclass's), or the older `method(Class)`.
 */
const SUREFIRE_LIST_ENTRY = /^(?:\[ERROR\])?\s+(?:(?:([\w$]+)>)?([\w$]+)\.([\w$]+)(?::(\d+)| »)|([\w$]+)\(([\w.$]+)\))/;
const SUREFIRE_TOTALS = /^(?:\[\w+\] )?Tests run: (\d+), Failures: (\d+), Errors: (\d+)(?:, Skipped: \d+)?\s*$/;
const GRADLE_FAIL = /^(\S+) > (.+) FAILED$/;
const GRADLE_TOTALS = /^(\d+) tests completed, (\d+) failed\b/;
const RSPEC_RERUN = /^rspec (\.\/\S+?)(?::(\d+)|\[[\d:]+\]) # (.+)$/;
const RSPEC_QUOTED = /^rspec '(\.\/\S+?)\[[\d:]+\]' # (.+)$/;
const RSPEC_TOTALS = /^(\d+) examples?, (\d+) failures?\b/;
const MINITEST_HEAD = /^\s*(?:\d+\) )?(?:Failure|Error):$/;
const MINITEST_NAME = /^([\w:]+)#(.+?)(?:\s+\[(\S+?):(\d+)\])?:?$/;
const RAILS_RERUN = /^(?:bin\/)?rails test (\S+?):(\d+)$/;
const MINITEST_OLD_NAME = /^(\w+)\(([\w:]+)\)(?: \[(.+?):(\d+)\])?:?$/;
const MINITEST_TOTALS = /^(\d+) (?:runs|tests), \d+ assertions, (\d+) failures, (\d+) errors\b/;
const PHPUNIT_HEAD = /^There (?:was 1|were \d+) (?:failure|error)s?:$/;
const PHPUNIT_ENTRY = /^\d+\) (\S+::\S+)/;
const PHPUNIT_FILE = /^(\S+\.php):(\d+)$/;
const PHPUNIT_TOTALS = /^Tests: (\d+), Assertions: \d+/;
const PHPUNIT_COUNT = /\b(Failures|Errors): (\d+)/g;
/** vstest names NUnit tests by their method alone, always followed by a duration. */
const DOTNET_FAILED_TIMED = /^\s*Failed ([A-Za-z_].*?) \[[<\d][\d .<a-z]*\]$/;
const DOTNET_FAILED = /^\s*(?:Failed|X)\s+([A-Za-z_][\w`+<>]*(?:\.[\w`+<>]+)+(?:\(.*\))?)(?:\s+\[[^\]]*\])?$/;
/** The NUnit console's list: `1) Failed : Namespace.Class.Method`. */
const NUNIT_CONSOLE_FAILED = /^\s*\d+\) (?:Failed|Error) : ([A-Za-z_][\w.`+<>]*(?:\(.*\))?)$/;
const XUNIT_FAIL = /^\s*(?:\[xUnit\.net [\d:.]+\]\s+)?([A-Za-z_][\w`+<>]*(?:\.[\w`+<>]+)+(?:\(.*\))?) \[FAIL\]$/;
/** Microsoft.Testing.Platform (MSTest runner): `failed Name (args) (6s 220ms)`. */
const MTP_FAILED = /^\s*failed ([A-Za-z_][\w.`+<>]*(?: \(.*\))?) \((?:\d+(?:ms|s|m|h) ?)+\)$/;
const SCALATEST_FAILED = /^(?:\[info\] )?- (.+) \*\*\* FAILED \*\*\*$/;
const XCTEST_FAILED = /^Test Case '-\[(\S+) (\w+)\]' failed\b/;
/** xcpretty's summary: the test, a comma, the failed assertion. */
const XCPRETTY_FAILED = /^\S*\s+(test\w+), XCT\w+ failed\b/;
/** Erlang Common Test: `suite:case failed on line N`. */
const COMMON_TEST_FAILED = /^(\w+):(\w+) failed on line (\d+)$/;
/** Perl's prove (TAP): a test script that failed or died. */
const PROVE_FAILED = /^(?:\[[\d:]+\] )?(\S+\.(?:t|sh|pl)) \.+ (?:Dubious|Failed)\b/;
const TESTTHAT_FAILED = /^\s*\d+\. (?:Failure|Error): (.+) \(@(\S+?)#(\d+)\)$/;
const DOTNET_TOTALS = /^\s*Failed!\s+- Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+), Total:\s+(\d+)/;
const XUNIT_TOTALS = /^\s*\S+\s+Total: (\d+), Errors: (\d+), Failed: (\d+),/;
const EXUNIT_ENTRY = /^\s+\d+\) ((?:test|doctest) .+) \(([\w.]+)\)$/;
const EXUNIT_FILE = /^\s+(\S+\.exs?):(\d+)$/;
const EXUNIT_TOTALS = /^(?:\d+ (?:doctests?|propert(?:y|ies)), )*(\d+) tests?, (\d+) failures?\b/;
class FailingTestCollector {
    kept = new Map();
    maxTests;
    omittedCount = 0;
    mode = 'none';
    /** Lines the current mode may still take without naming a test. */
    followBudget = 0;
    /** The test the lines after the current one may add a file and line to. */
    last = null;
    /** Mocha's title so far, over several lines. */
    titleParts = [];
    jestFile = null;
    vitestFile = null;
    surefireClass = null;
    /** pytest section headers (`____ test_x ____`): used only when no summary line named a test. */
    pytestHeaders = [];
    failed = 0;
    total = 0;
    summaries = 0;
    mochaPassing = null;
    constructor(maxTests = DEFAULT_MAX_TESTS) {
        this.maxTests = maxTests;
    }
    /** Whether the next line must be handed over whatever its literals (see the module comment). */
    get wantsNextLine() {
        return this.mode !== 'none';
    }
    line(text) {
        if (this.mode !== 'none' && this.followBudget-- > 0 && this.continueMode(text))
            return;
        this.mode = 'none';
        this.startLine(text);
    }
    /** Asks for the lines after this one, for a while: a list that never ends must not keep every line coming. */
    follow(mode) {
        this.mode = mode;
        this.followBudget = MAX_FOLLOWED_LINES;
    }
    result() {
        if (!this.hasFramework('pytest')) {
            for (const name of this.pytestHeaders)
                this.add('pytest', name, null, null);
        }
        return {
            tests: [...this.kept.values()],
            totals: this.summaries > 0 ? { failed: this.failed, total: this.total } : null,
            omitted: this.omittedCount
        };
    }
    /** Handles a line in the mode an earlier line set; false when the mode ends here. */
    continueMode(text) {
        switch (this.mode) {
            case 'mocha':
                return this.mochaLine(text);
            case 'mocha-title':
                return this.mochaTitleLine(text);
            case 'cargo-list': {
                if (text.trim() === '')
                    return true;
                const entry = CARGO_LIST_ENTRY.exec(text);
                if (entry)
                    this.add('cargo', entry[1], null, null);
                return entry !== null;
            }
            case 'phpunit':
                return this.phpunitLine(text);
            case 'minitest-name': {
                const entry = MINITEST_NAME.exec(text);
                const old = entry ? null : MINITEST_OLD_NAME.exec(text);
                if (entry)
                    this.add('minitest', `${entry[1]}#${entry[2]}`, entry[3] ?? null, toLine(entry[4]));
                else if (old)
                    this.add('minitest', `${old[2]}#${old[1]}`, old[3] ?? null, toLine(old[4]));
                this.mode = 'none';
                return true;
            }
            case 'exunit-file':
            case 'go-file': {
                const pattern = this.mode === 'go-file' ? GO_FILE : EXUNIT_FILE;
                const place = pattern.exec(text);
                this.mode = 'none';
                if (place && this.last && this.last.file === null) {
                    this.last.file = place[1];
                    this.last.line = toLine(place[2]);
                }
                return place !== null || text.trim() === '';
            }
            case 'surefire-list': {
                const entry = SUREFIRE_LIST_ENTRY.exec(text);
                if (!entry)
                    return text.trim() === '' || /^(?:\[ERROR\])?\s{3,}\S/.test(text);
                if (entry[3] !== undefined) {
                    this.addJvm('surefire', entry[1] ?? entry[2], entry[3], toLine(entry[4]));
                }
                else {
                    this.addJvm('surefire', entry[6], entry[5], null);
                }
                return true;
            }
            default:
                return false;
        }
    }
    /** One line of a test runner's output, tried against each family of runners in turn. */
    startLine(text) {
        if (!TEST_LINE_HINT.test(text))
            return;
        const trimmed = text.trimStart();
        // Tried in order: the first family that claims the line ends the search.
        if (this.jsLine(text, trimmed) || this.goPythonLine(text, trimmed) || this.rustJvmLine(text))
            return;
        if (!this.rubyElixirPhpLine(text))
            this.otherLine(text, trimmed);
    }
    /** Jest, Vitest and nextest, told by a line's first character or a FAIL. True: the line was theirs. */
    jsLine(text, trimmed) {
        const first = trimmed.charCodeAt(0);
        let match;
        if (first === 0x25cf /* ● */) {
            if ((match = JEST_BULLET.exec(text)) && !JEST_NOT_A_TEST.test(match[1])) {
                this.add('jest', match[1].trim(), this.jestFile, null);
            }
            return true;
        }
        if (first === 0x276f /* ❯ */) {
            if ((match = VITEST_FILE.exec(text)))
                this.vitestFile = match[1];
            return true;
        }
        if (first === 0xd7 /* × */ && this.vitestFile !== null && !VITEST_FAIL.test(text)) {
            if ((match = VITEST_CROSS.exec(text)))
                this.add('vitest', match[1], this.vitestFile, null);
            return true;
        }
        if (trimmed.startsWith('FAIL') || first === 0xd7 /* × */ || first === 0x2717 /* ✗ */) {
            if ((match = VITEST_FAIL.exec(text))) {
                this.add('vitest', match[2].trim(), match[1], null);
                return true;
            }
            if ((match = NEXTEST_FAIL.exec(text))) {
                this.add('cargo', match[2], null, null);
                return true;
            }
            if ((match = JEST_FILE.exec(text))) {
                this.jestFile = match[1];
                return true;
            }
        }
        return false;
    }
    /** Go, pytest, unittest, a Rust panic and a Rails re-run command. True when the line was one of theirs. */
    goPythonLine(text, trimmed) {
        let match;
        if (trimmed.startsWith('--- FAIL: ') && (match = GO_FAIL.exec(text))) {
            this.add('go', match[1], null, null);
            this.follow('go-file');
            return true;
        }
        if (text.startsWith('=== FAIL: ') && (match = GOTESTSUM_FAIL.exec(text))) {
            this.add('go', match[2], null, null);
            return true;
        }
        if (text.startsWith('FAIL') || text.startsWith('ERROR') || text.startsWith('[gw')) {
            if ((match = PYTEST_SUMMARY_LINE.exec(text))) {
                // The message follows the first " - " after the parameters, which may hold one too.
                const rest = match[2];
                const end = rest.indexOf(' - ', rest.indexOf('[') === -1 ? 0 : Math.max(0, rest.indexOf(']')));
                const test = (end === -1 ? rest : rest.slice(0, end)).trim();
                this.add('pytest', `${match[1]}::${test}`, match[1], null);
                return true;
            }
            if ((match = UNITTEST_HEADER.exec(text))) {
                this.add('unittest', `${match[1]} (${match[2]})`, null, null);
                return true;
            }
            if ((match = UNITTEST_DOTTED.exec(text))) {
                this.add('unittest', match[1], null, null);
                return true;
            }
            if ((match = UNITTEST_FAILED.exec(text)) && (match[1] !== undefined || match[2] !== undefined)) {
                this.failed += Number(match[1] ?? 0) + Number(match[2] ?? 0);
                return true;
            }
        }
        if (text.endsWith(' ... FAIL') || text.endsWith(' ... ERROR')) {
            if ((match = UNITTEST_VERBOSE.exec(text)))
                this.add('unittest', match[1], null, null);
            return true;
        }
        if (text.startsWith('thread ') && (match = CARGO_PANIC.exec(text))) {
            if (match[1] !== 'main' && match[1] !== '<unnamed>')
                this.add('cargo', match[1], null, null);
            return true;
        }
        if ((match = RAILS_RERUN.exec(text))) {
            if (this.last?.framework === 'minitest' && this.last.file === null) {
                this.last.file = match[1];
                this.last.line = toLine(match[2]);
            }
            return true;
        }
        if (text.startsWith('_')) {
            const name = text.replace(/^_{3,} /, '').replace(/ _{3,}$/, '');
            if (name !== text && /^[\w.[\]-]+$/.test(name) && /(?:^|\.)test/i.test(name))
                this.pytestHeaders.push(name);
            return true;
        }
        if ((match = PYTEST_VERBOSE.exec(text))) {
            this.add('pytest', `${match[1]}::${match[2]}`, match[1], null);
            return true;
        }
        if (text.startsWith('=') && (match = PYTEST_TOTALS.exec(text))) {
            this.countWords(match[1]);
            return true;
        }
        if (text.startsWith('Ran ') && (match = UNITTEST_RAN.exec(text))) {
            // The FAILED line after it gives the failures.
            this.count(0, Number(match[1]));
            return true;
        }
        return false;
    }
    /** cargo test, Maven Surefire and Gradle. True when the line was one of theirs. */
    rustJvmLine(text) {
        let match;
        if (text.includes(' stdout ----') && (match = CARGO_STDOUT.exec(text))) {
            this.add('cargo', match[1], null, null);
            return true;
        }
        if (text.startsWith('test ')) {
            if ((match = CARGO_RESULT_LINE.exec(text)))
                this.add('cargo', match[1], null, null);
            else if ((match = CARGO_TOTALS.exec(text))) {
                const failed = Number(match[2]);
                this.count(failed, failed + Number(match[1]));
            }
            return true;
        }
        if (text === 'failures:') {
            this.follow('cargo-list');
            return true;
        }
        if (text.includes('<<<')) {
            if ((match = SUREFIRE_CLASS.exec(text)))
                this.surefireClass = match[1];
            if ((match = SUREFIRE_OLD.exec(text))) {
                this.addJvm('surefire', match[2], match[1], null);
            }
            else if ((match = SUREFIRE_NEW.exec(text))) {
                this.addJvm('surefire', match[1], match[2], null);
            }
            else if ((match = SUREFIRE_METHOD_ONLY.exec(text)) && this.surefireClass !== null) {
                this.addJvm('surefire', this.surefireClass, match[1], null);
            }
            return true;
        }
        if (SUREFIRE_LIST_HEAD.test(text)) {
            this.follow('surefire-list');
            return true;
        }
        if (text.includes('Tests run:') && (match = SUREFIRE_TOTALS.exec(text))) {
            this.count(Number(match[2]) + Number(match[3]), Number(match[1]));
            return true;
        }
        if (text.endsWith(' FAILED') && (match = GRADLE_FAIL.exec(text))) {
            this.addJvm('gradle', match[1], match[2], null);
            return true;
        }
        if ((match = GRADLE_TOTALS.exec(text))) {
            this.count(Number(match[2]), Number(match[1]));
            return true;
        }
        return false;
    }
    /** RSpec, minitest, ExUnit and PHPUnit. True when the line was one of theirs. */
    rubyElixirPhpLine(text) {
        let match;
        if (text.startsWith('rspec ')) {
            if ((match = RSPEC_RERUN.exec(text))) {
                this.add('rspec', match[3].trim(), stripDotSlash(match[1]), toLine(match[2]));
            }
            else if ((match = RSPEC_QUOTED.exec(text))) {
                this.add('rspec', match[2].trim(), stripDotSlash(match[1]), null);
            }
            return true;
        }
        if ((match = RSPEC_TOTALS.exec(text))) {
            this.count(Number(match[2]), Number(match[1]));
            return true;
        }
        if ((match = MINITEST_TOTALS.exec(text))) {
            this.count(Number(match[2]) + Number(match[3]), Number(match[1]));
            return true;
        }
        if (MINITEST_HEAD.test(text)) {
            this.follow('minitest-name');
            return true;
        }
        if ((match = EXUNIT_ENTRY.exec(text))) {
            this.add('exunit', `${match[1]} (${match[2]})`, null, null);
            this.follow('exunit-file');
            return true;
        }
        if ((match = EXUNIT_TOTALS.exec(text))) {
            this.count(Number(match[2]), Number(match[1]));
            return true;
        }
        if (PHPUNIT_HEAD.test(text)) {
            this.follow('phpunit');
            return true;
        }
        if (text.startsWith('Tests: ') && (match = PHPUNIT_TOTALS.exec(text))) {
            let failed = 0;
            for (const count of text.matchAll(PHPUNIT_COUNT))
                failed += Number(count[2]);
            this.count(failed, Number(match[1]));
            return true;
        }
        return false;
    }
    /** Swift, Erlang, Perl, R, .NET, Playwright, and the summaries of Jest, Vitest and Mocha. True when the line was one of theirs. */
    otherLine(text, trimmed) {
        let match;
        if (text.endsWith(' FAILED ***') && (match = SCALATEST_FAILED.exec(text))) {
            this.add('scalatest', match[1], null, null);
            return true;
        }
        if (text.startsWith('Test Case ') && (match = XCTEST_FAILED.exec(text))) {
            this.add('xctest', `${match[1]}.${match[2]}`, null, null);
            return true;
        }
        if (text.includes(', XCT') && (match = XCPRETTY_FAILED.exec(text))) {
            this.add('xctest', match[1], null, null);
            return true;
        }
        if ((match = COMMON_TEST_FAILED.exec(text))) {
            this.add('common_test', `${match[1]}:${match[2]}`, null, null);
            return true;
        }
        if ((match = PROVE_FAILED.exec(text))) {
            this.add('prove', match[1], null, null);
            return true;
        }
        if ((match = TESTTHAT_FAILED.exec(text))) {
            this.add('testthat', match[1], match[2], toLine(match[3]));
            return true;
        }
        if (text.endsWith('[FAIL]') && (match = XUNIT_FAIL.exec(text))) {
            this.add('dotnet', match[1], null, null);
            return true;
        }
        if ((match = NUNIT_CONSOLE_FAILED.exec(text))) {
            this.add('dotnet', match[1], null, null);
            return true;
        }
        if ((match = PLAYWRIGHT_FAILED.exec(text))) {
            this.add('playwright', match[3], match[1], toLine(match[2]));
            return true;
        }
        if ((match = DOTNET_FAILED_TIMED.exec(text)) || (match = DOTNET_FAILED.exec(text))) {
            this.add('dotnet', match[1], null, null);
            return true;
        }
        if (text.startsWith('failed ', text.length - trimmed.length) && (match = MTP_FAILED.exec(text))) {
            this.add('dotnet', match[1], null, null);
            return true;
        }
        if ((match = DOTNET_TOTALS.exec(text))) {
            this.count(Number(match[1]), Number(match[4]));
            return true;
        }
        if ((match = XUNIT_TOTALS.exec(text))) {
            this.count(Number(match[2]) + Number(match[3]), Number(match[1]));
            return true;
        }
        if ((match = JEST_SUMMARY.exec(text))) {
            this.countWords(match[1]);
            return true;
        }
        if ((match = VITEST_SUMMARY.exec(text))) {
            this.countWords(match[1]);
            return true;
        }
        if ((match = MOCHA_PASSING.exec(text))) {
            this.mochaPassing = Number(match[1]);
            return true;
        }
        if ((match = MOCHA_FAILING.exec(text))) {
            const failed = Number(match[1]);
            this.count(failed, this.mochaPassing === null ? null : failed + this.mochaPassing);
            this.follow('mocha');
        }
        return false;
    }
    /** Mocha's list of failures: `N) ` then the title's parts, the last ending with a colon. */
    mochaLine(text) {
        const entry = MOCHA_ENTRY.exec(text);
        if (entry) {
            this.titleParts = [];
            this.follow('mocha-title');
            return this.mochaTitleLine(entry[1] ?? '');
        }
        // Messages and stack traces are indented; the list ends with the first line that is not.
        return text === '' || /^\s/.test(text);
    }
    mochaTitleLine(text) {
        const part = text.trim();
        if (part === '')
            return true;
        if (part.endsWith(':')) {
            this.titleParts.push(part.slice(0, -1).trim());
            this.add('mocha', this.titleParts.filter(p => p !== '').join(' '), null, null);
            this.titleParts = [];
            this.follow('mocha');
            return true;
        }
        if (this.titleParts.length >= 8) {
            this.follow('mocha');
            return true;
        }
        this.titleParts.push(part);
        return true;
    }
    /** PHPUnit's numbered list after "There were N failures:", up to its summary. */
    phpunitLine(text) {
        if (text === 'FAILURES!' || text === 'ERRORS!' || text.startsWith('Tests: '))
            return false;
        let match;
        if ((match = PHPUNIT_ENTRY.exec(text))) {
            this.add('phpunit', match[1], null, null);
        }
        else if ((match = PHPUNIT_FILE.exec(text)) && this.last && this.last.file === null) {
            const file = match[1];
            // The trace ends in the test; the first frame in a *Test.php file is the test's own line.
            if (/Test\.php$/.test(file)) {
                this.last.file = file;
                this.last.line = toLine(match[2]);
            }
        }
        return true;
    }
    /** A summary's counts: `failed` failures (errors included) of `total` tests. */
    count(failed, total) {
        this.summaries++;
        this.failed += failed;
        this.total = this.total === null || total === null ? null : this.total + total;
    }
    /** A summary of words: "1 failed, 2 passed, 3 total", "2 failed | 3 passed (5)", "1 failed, 2 errors". */
    countWords(summary) {
        let failed = 0;
        let counted = 0;
        let total = null;
        for (const [, value, word] of summary.matchAll(/(\d+) (failed|errors?|passed|skipped|todo|total|xfailed|xpassed)\b/g)) {
            const n = Number(value);
            if (word === 'total')
                total = n;
            else {
                counted += n;
                if (word === 'failed' || word?.startsWith('error'))
                    failed += n;
            }
        }
        const bracketed = /\((\d+)\)\s*$/.exec(summary);
        if (total === null && bracketed)
            total = Number(bracketed[1]);
        this.count(failed, total ?? counted);
    }
    hasFramework(framework) {
        for (const test of this.kept.values())
            if (test.framework === framework)
                return true;
        return false;
    }
    /** A JVM test as `Class.method`, one entry per simple class name and method whichever form named it. */
    addJvm(framework, className, method, line) {
        const simple = className.slice(className.lastIndexOf('.') + 1);
        const key = `jvm:${simple}.${method}`;
        const known = this.kept.get(key);
        if (known) {
            if (known.line === null)
                known.line = line;
            // A fully qualified class names the test better than a simple one.
            if (className.length > simple.length && !known.name.startsWith(className))
                known.name = `${className}.${method}`;
            return;
        }
        this.keep(key, { framework, name: `${className}.${method}`, file: null, line });
    }
    add(framework, name, file, line) {
        if (name === '')
            return;
        this.followBudget = MAX_FOLLOWED_LINES;
        const key = `${framework}:${name}`;
        const known = this.kept.get(key);
        if (known) {
            this.last = known;
            if (known.file === null)
                known.file = file;
            if (known.line === null)
                known.line = line;
            return;
        }
        this.keep(key, { framework, name, file, line });
    }
    keep(key, test) {
        if (this.kept.size >= this.maxTests) {
            this.omittedCount++;
            this.last = null;
            return;
        }
        this.kept.set(key, test);
        this.last = test;
    }
}
function toLine(text) {
    return text === undefined ? null : Number(text);
}
function stripDotSlash(path) {
    return path.startsWith('./') ? path.slice(2) : path;
}
/** The failing tests of log lines already cleaned and redacted. */
function failingTestsOfLines(lines, maxTests) {
    const collector = new FailingTestCollector(maxTests);
    for (const line of lines)
        collector.line(line);
    return collector.result();
}

;// CONCATENATED MODULE: ./src/classify/extract.ts
/**
 * Streamed, bounded error-excerpt extraction (DESIGN 3.3). A job log can be 1 GB with
 * single lines of 50 MB, so the log is read line by line with every buffer capped:
 * long lines are cut while reading, only a few lines of context and a fixed number of
 * excerpt lines are kept, and a small tail window stands in when nothing triggered.
 *
 * Each line is cleaned of transport noise (timestamps, ANSI colours, CR progress bars) and
 * redacted right after it is read, before any other code looks at it. Cleaning comes first
 * so that redaction sees the text everyone else will: a token split by a colour code is
 * whole again once the code is gone.
 *
 * Speed: most lines of a log can be neither an error nor a secret, and proving that needs
 * no decoding. A byte automaton finds, in one pass, every literal the rules, the generic
 * error words and the secret patterns need (see LINE_SCAN and literals.ts); only lines
 * holding all the literals of some pattern are decoded and tested, each against the
 * patterns its literals allow. The other lines are counted and skipped, and decoded later
 * only when they turn out to be context: the lines around an error line and the last lines
 * of each chunk (the tail window).
 */







const DEFAULTS = {
    maxLines: 60,
    contextBefore: 2,
    contextAfter: 2,
    maxLineLength: 2000,
    tailLines: 20,
    startsMidway: false
};
/**
 * Characters read past maxLineLength so that a secret on the cut is redacted whole before
 * the line is cut: longer than any token format with a fixed length; the formats without
 * one match whatever part of them is there.
 */
const REDACTION_MARGIN = 1024;
/**
 * Noise that looks like an error but is not one: passing tests whose names contain "error",
 * configuration echoed by the runner, deprecation and cache warnings, and the vulnerability
 * summary `npm install` prints whatever the outcome. The patterns anchored at the line's
 * start come first: they fail at once on most lines, and a denied line stops the search.
 */
const DENY = [
    /^\[command\]/,
    /^npm (?:WARN|warn|notice)\b/,
    /^\s*(?:✓|✔|√|PASS\b|ok\s|--- PASS|\[PASS\]|\[ {2}OK {2}\]|\[ {5}OK \])|\s(?:PASSED|passed|\.\.\. ok)\s*$/,
    /^\s*(?:run `npm audit(?: fix)?`|found \d+ (?:\w+ severity )?vulnerabilit|Run `npm audit` for details|To address (?:all )?issues)/i,
    /^\s*[\w-]*(?:error|fail)[\w-]*:\s+\S+$/i,
    /(?:error_reporting|display_errors|continue-on-error|if-no-files-found|fail-fast|fail_ci_if_error|failOnError|ignore-errors|errexit|-Werror|--no-fail|stop-on-failure)/i,
    /\bdeprecat(?:ed|ion)\b/i,
    /Failures: 0, Errors: 0/,
    /Unable to reserve cache with key|^(?:Warning: )?Failed to (?:save|restore): |Cache not found for input keys/
];
/** Generic error words: a line with one is part of the excerpt even if no rule knows it. */
const GENERIC_TRIGGER = /(?:^|[^\w-])(?:error|errors|fail|failed|failure|failing|fatal|exception|panic|abort(?:ed)?|denied|refused|rejected|timed? ?out|killed|traceback)(?:[^\w-]|$)|^##\[error\]|^::error\b|^Error:|\bERR!|\bE\d{3,4}\b|\bERROR\b/i;
/** Messages that follow a failure rather than explain it: the weakest primary lines. */
const CONSEQUENCE = /Process completed with exit code|exited with (?:code )?\d+|make(?:\[\d+\])?: \*\*\*|npm (?:ERR!|error) (?:Test failed|code ELIFECYCLE|errno|A complete log|Lifecycle script)|BUILD FAILURE|BUILD FAILED|Build step .* marked build as failure|Finished: FAILURE|did not complete successfully|Command failed with (?:exit code|status)|rake aborted!|recipe for target|Error: Process completed|^\s*at\s|^\s*\.\.\.\s*$/;
// An OSC sequence (an OSC-8 hyperlink) ends at the first BEL or ESC: a greedy end would delete
// the text between two of them, a token's prefix with it, and leave its tail.
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-B]?|\[(?:\d{1,3}(?:;\d{1,3})*)?[mK](?=\S|$)/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
/**
 * Format characters (Unicode Cf: zero-width, bidi, soft hyphen, BOM, tags), blank fillers and
 * C1 controls (U+0085): invisible, removed by every renderer, so removed before redaction
 * (a token split by one is whole again when it is matched).
 */
const HIDDEN = new RegExp(redact/* INVISIBLE_CHARACTERS */.Ht, 'g');
const HAS_CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;
const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT)/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s?/;
const TRAVIS_MARKER = /^travis_(?:fold|time):\S*/;
/**
 * Strips transport noise: CR progress bars, ANSI colours, invisible characters, runner
 * timestamps, CI markers. `controls: false` promises the line holds no control character
 * (CR, ESC) nor ESC-less colour code such as `[0m` (the scan knows), which skips their
 * searches; `stamped: false` that the runner's timestamp was cut off already, and the line
 * holds no tab; `hidden: false` that it holds no invisible character (the caller looked).
 */
function cleanLine(raw, controls = true, stamped = true, hidden = true) {
    let line = controls ? stripControls(raw) : raw;
    if (hidden && (0,redact/* holdsInvisible */.ue)(line))
        line = line.replace(HIDDEN, '');
    // `gh run view --log` prefixes need two tabs: most lines have none and skip the search.
    if (line.includes('\t'))
        line = line.replace(GH_CLI_PREFIX, '');
    if (stamped && line.charCodeAt(0) <= 0x39)
        line = line.replace(ISO_TIMESTAMP, '');
    return line.startsWith('travis_') ? line.replace(TRAVIS_MARKER, '').trimEnd() : line.trimEnd();
}
/** Keeps the last frame of a CR progress bar and drops ANSI codes and control characters. */
function stripControls(raw) {
    let line = raw;
    if (line.includes('\r')) {
        const segments = line.split('\r').filter(segment => segment.trim() !== '');
        line = segments[segments.length - 1] ?? '';
    }
    const colourless = withoutColourCodes(line);
    if (colourless !== null)
        return colourless;
    if (line.includes('\x1b') || line.includes('['))
        line = line.replace(ANSI, '');
    return HAS_CONTROL.test(line) ? line.replace(CONTROL, '') : line;
}
/**
 * `line` without its CSI codes (`ESC [`, parameters, intermediates, a final byte), which is
 * what ANSI and CONTROL make of a line holding no other code or control character; null for
 * any other line, left to them. Colours are almost all CSI codes, and one pass over the
 * line costs less than the two regexes.
 */
function withoutColourCodes(line) {
    let kept = '';
    let from = 0;
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === 0x09 || (code >= 0x20 && code !== 0x5b && code !== 0x7f))
            continue;
        if (code !== 0x1b || line.charCodeAt(i + 1) !== 0x5b)
            return null;
        let end = i + 2;
        while (isCsiParameter(line.charCodeAt(end)))
            end++;
        while (isCsiIntermediate(line.charCodeAt(end)))
            end++;
        const final = line.charCodeAt(end);
        if (!(final >= 0x40 && final <= 0x7e))
            return null;
        kept += line.slice(from, i);
        from = end + 1;
        i = end;
    }
    return from === 0 ? line : kept + line.slice(from);
}
/** `[0-9;?]`, the parameter bytes ANSI allows. */
function isCsiParameter(code) {
    return (code >= 0x30 && code <= 0x39) || code === 0x3b || code === 0x3f;
}
/** `[ -/]`. */
function isCsiIntermediate(code) {
    return code >= 0x20 && code <= 0x2f;
}
/** "0 errors" is noise unless the same line counts some other failure ("1 failed, 0 errors"). */
const ZERO_COUNT = /\b0 (?:errors?|failures?|failed|failing|vulnerabilities|problems|issues|offenses)\b|\b(?:errors?|failures?|failed|vulnerabilities):? 0\b(?![.,]\d)/i;
const NONZERO_COUNT = /\b[1-9]\d* (?:errors?|failures?|failed|failing)\b|\b(?:errors?|failures?|failed):? [1-9]/i;
function isDenied(line) {
    // DENY first: most of its patterns fail at once, the counts search the whole line, case aside.
    return DENY.some(pattern => pattern.test(line)) || (ZERO_COUNT.test(line) && !NONZERO_COUNT.test(line));
}
/** Lines that name no particular failure rank below any line that does. */
const GENERIC_WEIGHT = 0.6;
/** Tags of the line scan: rule indices first, then these, then one per secret pattern. */
const GENERIC_TAG = rules/* RULES */.y0.length;
const TRANSPORT_TAG = rules/* RULES */.y0.length + 1;
const KEY_BOUNDARY_TAG = rules/* RULES */.y0.length + 2;
const ENCODED_TAG = rules/* RULES */.y0.length + 3;
const TESTS_TAG = rules/* RULES */.y0.length + 4;
const TEST_WORD_TAG = rules/* RULES */.y0.length + 5;
const FIRST_SECRET_TAG = rules/* RULES */.y0.length + 6;
const TAG_COUNT = FIRST_SECRET_TAG + redact/* SECRET_REGEXPS */.wz.length;
/**
 * Text whose removal by cleanLine can join the words around it or move a line's end: control
 * characters (ESC and CR among them) and ANSI colour codes that lost their ESC (`[0m`).
 */
const TRANSPORT_LITERALS = [
    ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter(c => c !== '\n' && c !== '\t'),
    '\x7f',
    ...[...'0123456789mk'].map(c => `[${c}`)
];
/** Routes each line to the rules, error words and secret patterns its literals allow. */
const LINE_SCAN = new literals/* PatternPrefilter */.y2([
    ...rules/* RULES */.y0.map((rule, index) => ({ tag: index, pattern: rule.pattern })),
    { tag: GENERIC_TAG, pattern: GENERIC_TRIGGER },
    ...redact/* SECRET_REGEXPS */.wz.flatMap((pattern, index) => redact/* UNROUTED_SECRETS */.rw.includes(index) ? [] : [{ tag: FIRST_SECRET_TAG + index, pattern }]),
    { tag: TRANSPORT_TAG, literals: TRANSPORT_LITERALS },
    { tag: KEY_BOUNDARY_TAG, pattern: redact/* PRIVATE_KEY_BOUNDARY */.hb },
    // Percent escapes of printable ASCII: a secret may hide behind them (redactSecrets decodes).
    { tag: ENCODED_TAG, literals: ['%2', '%3', '%4', '%5', '%6', '%7'] },
    { tag: TESTS_TAG, literals: TEST_LINE_LITERALS },
    { tag: TEST_WORD_TAG, literals: TEST_FAILURE_WORDS }
]);
/** Space, tab, CR, VT, FF: what trimEnd removes in ASCII. */
function isAsciiSpace(byte) {
    return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}
/**
 * Whether the line `bytes[start, end)` may end with one of the endings rules look for: its
 * last byte before trailing ASCII spaces is the last byte of an ending, or not ASCII (it may
 * be other whitespace that trimEnd removes).
 */
function mayEndWithEnding(bytes, start, end) {
    let last = end - 1;
    while (last >= start && isAsciiSpace(bytes[last]))
        last--;
    return (last >= start && (bytes[last] >= 0x80 || LINE_SCAN.endingBytes[bytes[last]] === 1));
}
/** The length of `0000-00-00T00:00:00`, the shape every runner timestamp starts with. */
const TIMESTAMP_SHAPE_LENGTH = 19;
/**
 * Bytes of the runner timestamp (`2026-05-10T12:00:01.1234567Z`) at `bytes[at]`, 0 if there
 * is none: never more than cleanLine removes, so the scan may skip them.
 */
function timestampLength(bytes, at, end) {
    // The separators first: most lines without a timestamp fail at once.
    if (end - at < TIMESTAMP_SHAPE_LENGTH ||
        bytes[at + 4] !== 0x2d ||
        bytes[at + 7] !== 0x2d ||
        bytes[at + 10] !== 0x54 ||
        bytes[at + 13] !== 0x3a ||
        bytes[at + 16] !== 0x3a) {
        return 0;
    }
    // Spelled out: this runs on every line, and a loop over the offsets took most of its time.
    if (!isDigit(bytes[at]) ||
        !isDigit(bytes[at + 1]) ||
        !isDigit(bytes[at + 2]) ||
        !isDigit(bytes[at + 3]) ||
        !isDigit(bytes[at + 5]) ||
        !isDigit(bytes[at + 6]) ||
        !isDigit(bytes[at + 8]) ||
        !isDigit(bytes[at + 9]) ||
        !isDigit(bytes[at + 11]) ||
        !isDigit(bytes[at + 12]) ||
        !isDigit(bytes[at + 14]) ||
        !isDigit(bytes[at + 15]) ||
        !isDigit(bytes[at + 17]) ||
        !isDigit(bytes[at + 18])) {
        return 0;
    }
    let length = TIMESTAMP_SHAPE_LENGTH;
    if (bytes[at + length] === 0x2e && isDigit(bytes[at + length + 1])) {
        length += 2;
        while (isDigit(bytes[at + length]))
            length++;
    }
    return bytes[at + length] === 0x5a ? length + 1 : length;
}
/**
 * Where the line starting at `bytes[at]` goes on after its runner timestamp and the space
 * that follows it; `at` when there is no such pair (cleanLine then deals with the line).
 */
function afterTimestamp(bytes, at, end) {
    const length = timestampLength(bytes, at, end);
    return length > 0 && bytes[at + length] === 0x20 ? at + length + 1 : at;
}
function isDigit(byte) {
    return byte >= 0x30 && byte <= 0x39;
}
/**
 * How specific a line is as the statement of the failure: the confidence of the strongest
 * rule it matches, a low score for generic error words, 0 for lines that are no error.
 * Only the rules in `tags` are tested (with the rules matching by their line's end): the
 * scan found the literals every other rule needs missing from the line.
 */
function lineScore(line, tags) {
    const bare = (0,rules/* bareLine */.V1)(line);
    const endingTags = tagsByEnding(bare, tags);
    let named = false;
    for (let k = 0; k < tags.size && !named; k++)
        named = tags.at(k) <= GENERIC_TAG;
    if (!named && endingTags.length === 0 && LINE_SCAN.always.length === 0)
        return 0;
    // A denied line scores 0 whatever it matches: one test spares the rules' many.
    if (isDenied(line))
        return 0;
    let best = 0;
    for (let k = 0; k < tags.size; k++)
        best = Math.max(best, ruleWeight(tags.at(k), bare, best));
    for (const tag of LINE_SCAN.always)
        best = Math.max(best, ruleWeight(tag, bare, best));
    for (const tag of endingTags)
        best = Math.max(best, ruleWeight(tag, bare, best));
    if (best > 0)
        return best;
    if (!tags.has(GENERIC_TAG) && !LINE_SCAN.always.includes(GENERIC_TAG))
        return 0;
    if (!GENERIC_TRIGGER.test(line))
        return 0;
    return CONSEQUENCE.test(bare) ? 0.1 : 0.3;
}
const NO_TAGS = [];
/** The rules the scan did not name that match by how `bare` ends and may match it. */
function tagsByEnding(bare, tags) {
    if (LINE_SCAN.byEnding.length === 0)
        return NO_TAGS;
    const last = bare.charCodeAt(bare.length - 1);
    if (last < 0x80 && LINE_SCAN.endingBytes[last] !== 1)
        return NO_TAGS;
    let found = null;
    const lower = bare.slice(-64).toLowerCase();
    for (const { tag, endings } of LINE_SCAN.byEnding) {
        if (!tags.has(tag) && endings.some(ending => lower.endsWith(ending)))
            (found ??= []).push(tag);
    }
    return found ?? NO_TAGS;
}
const EVERY_TAG = new literals/* TagSet */.tG(TAG_COUNT);
for (let tag = 0; tag < TAG_COUNT; tag++)
    EVERY_TAG.add(tag);
/**
 * How specific a cleaned line is as the statement of the failure, against every rule: what
 * the scan computes from the rules the line's literals name (its tests compare the two).
 */
function lineSpecificity(line) {
    return lineScore(line, EVERY_TAG);
}
/** The weight of rule `tag` on `bare` when it matches and would beat `best`, else 0. */
function ruleWeight(tag, bare, best) {
    if (tag >= rules/* RULES */.y0.length)
        return 0;
    const rule = rules/* RULES */.y0[tag];
    const weight = rule.generic ? rule.confidence * GENERIC_WEIGHT : rule.confidence;
    return weight > best && rule.pattern.test(bare) ? weight : 0;
}
const REDACTED_PRIVATE_KEY_LINE = (0,redact/* redactLine */.Mq)('', true);
const ENDGROUP = /^##\[endgroup\]|^::endgroup::/;
const REPLACEMENT_CHARACTER = Buffer.from('\ufffd', 'utf8');
/** Distinct literal matches remembered per line; a line with more is tested against every rule. */
const MAX_LINE_MATCHES = 64;
/**
 * Incremental excerpt builder: feed it the log (`write`, strings or bytes, in any pieces)
 * and take the excerpt (`finish`). Memory is bounded by the options, whatever the size of
 * the log or of one line.
 */
class ExcerptBuilder {
    options;
    before = [];
    head = [];
    tail = [];
    tailWindow = [];
    /** Masked text of the lines kept, so a line repeated with other numbers is kept once. */
    seen = new Map();
    afterRemaining = 0;
    lineNo = 0;
    dropped = false;
    warnings = new Set();
    privateKeyOpen = false;
    /**
     * Whether no BEGIN or END line of a private key has been read yet in a log read from the
     * middle: an END line then closes a block whose BEGIN was cut off.
     */
    keyUnseen;
    /** Whether the first line of a log read from the middle is still to be looked at. */
    firstLineUnseen;
    /** Start of the lines scanned but not yet given to the context and tail windows. */
    pendingStart = 0;
    /** Match numbers of the states the line being scanned met, each once (`stateSeen`). */
    lineMatches = new Int32Array(MAX_LINE_MATCHES);
    stateSeen = new Uint8Array(LINE_SCAN.automaton.tags.length);
    /** The tags the line being handled proved. */
    tags = new literals/* TagSet */.tG(TAG_COUNT);
    /** The tags of a context line decoded after the fact (`tags` belongs to the line in hand). */
    quietTags = new literals/* TagSet */.tG(TAG_COUNT);
    secretCandidates = [];
    /** The start of a line that continues in the next piece, at most `maxCarryBytes`. */
    carry = [];
    carryBytes = 0;
    maxCarryBytes;
    /** Whether a line is being carried (it may be empty so far). */
    carrying = false;
    /** Checks the carried line's bytes for invalid UTF-8, across pieces. */
    carryDecoder = new external_node_util_.TextDecoder('utf-8');
    /** A high surrogate that ended a string piece; its pair starts the next one. */
    heldSurrogate = '';
    tests = new FailingTestCollector();
    /** Whether the test collector wants the next line, whatever its literals. */
    testsFollow = false;
    constructor(options = {}) {
        this.options = { ...DEFAULTS, ...options };
        // Enough bytes for maxLineLength characters, the redaction margin and one more (a UTF-16
        // unit takes at most 3).
        this.maxCarryBytes = 3 * (this.options.maxLineLength + REDACTION_MARGIN + 2);
        this.keyUnseen = this.options.startsMidway;
        this.firstLineUnseen = this.options.startsMidway;
    }
    warn(warning) {
        this.warnings.add(warning);
    }
    write(piece) {
        let bytes = typeof piece === 'string'
            ? this.encode(piece)
            : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
        if (bytes.includes(0)) {
            this.warn('binary');
            bytes = Buffer.from(bytes.filter(byte => byte !== 0));
        }
        if (this.firstLineUnseen)
            this.lookAtFirstLine(bytes);
        let start = 0;
        if (this.carrying) {
            const newline = bytes.indexOf(10);
            if (newline === -1) {
                this.appendCarry(bytes);
                return;
            }
            this.appendCarry(bytes.subarray(0, newline));
            this.scanCarry();
            start = newline + 1;
        }
        const lastNewline = bytes.lastIndexOf(10);
        if (lastNewline >= start)
            this.scan(bytes, start, lastNewline + 1);
        if (lastNewline + 1 < bytes.length)
            this.appendCarry(bytes.subarray(Math.max(start, lastNewline + 1)));
    }
    /**
     * A log read from the middle whose first line is a line of key material started inside a
     * private key block: everything up to its END line, or to the end when there is none, is
     * key material.
     */
    lookAtFirstLine(bytes) {
        const newline = bytes.indexOf(10);
        this.firstLineUnseen = false;
        const first = bytes.toString('utf8', 0, Math.min(newline === -1 ? bytes.length : newline, this.maxCarryBytes));
        if ((0,redact/* looksLikeKeyBody */.dH)(cleanLine(first)))
            this.privateKeyOpen = true;
    }
    encode(piece) {
        let text = this.heldSurrogate + piece;
        this.heldSurrogate = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
            this.heldSurrogate = text.slice(-1);
            text = text.slice(0, -1);
        }
        return Buffer.from(text, 'utf8');
    }
    /**
     * Keeps the start of an unfinished line, up to `maxCarryBytes`; all of it goes through the
     * UTF-8 check, which a line split anywhere (even inside a character) cannot fool.
     */
    appendCarry(bytes) {
        if (!this.warnings.has('non-utf8') &&
            this.carryDecoder.decode(bytes, { stream: true }).includes('\ufffd')) {
            this.warn('non-utf8');
        }
        const kept = Math.min(bytes.length, this.maxCarryBytes - this.carryBytes);
        if (kept > 0)
            this.carry.push(Buffer.from(bytes.subarray(0, kept)));
        this.carryBytes += kept;
        this.carrying = true;
    }
    /** Scans the carried line, now complete (an overlong one is truncated by the scan). */
    scanCarry() {
        if (this.carryDecoder.decode().includes('\ufffd'))
            this.warn('non-utf8');
        const line = Buffer.concat([...this.carry, Buffer.of(10)]);
        this.carry = [];
        this.carryBytes = 0;
        this.carrying = false;
        this.scan(line, 0, line.length, false);
    }
    /**
     * Scans the complete lines `bytes[from, to)` (`bytes[to - 1]` is a line feed). Lines with
     * a literal some rule, the generic error words, the secret patterns or the cleaning need
     * are handled at once (`line`); the others only when context needs them (`materialize`).
     */
    scan(bytes, from, to, checkUtf8 = true) {
        if (checkUtf8 && !this.warnings.has('non-utf8')) {
            const region = bytes.subarray(from, to);
            if (!(0,external_node_buffer_.isUtf8)(region) || region.includes(REPLACEMENT_CHARACTER))
                this.warn('non-utf8');
        }
        this.pendingStart = from;
        this.lineNo = this.scanLines(bytes, from, to);
        this.materialize(bytes, this.pendingStart, to, this.lineNo);
    }
    /**
     * The loop of `scan`, which returns the number of the last line it scanned. It is a
     * function of its own because it runs in code optimized while the loop ran (on-stack
     * replacement): code after the loop, never run before that, would have no type feedback
     * and deoptimize on every call, at a cost of about 0.25 ms per piece of the log.
     */
    scanLines(bytes, from, to) {
        const { columns, next, firstMatch, width, lineEnd } = LINE_SCAN.automaton;
        const matches = this.lineMatches;
        const seen = this.stateSeen;
        const maxLineLength = this.options.maxLineLength;
        const everyLine = LINE_SCAN.always.length > 0;
        let state = 0;
        let matchCount = 0;
        let lineStart = from;
        let contentStart = afterTimestamp(bytes, from, to);
        let lineNo = this.lineNo;
        for (let i = contentStart; i < to; i++) {
            const byte = bytes[i];
            state = next[state + columns[byte]];
            if (state < firstMatch)
                continue;
            if (state === lineEnd) {
                lineNo++;
                if (matchCount > 0)
                    this.prove(bytes, contentStart, i, matchCount);
                if (this.tags.size > 0 ||
                    this.afterRemaining > 0 ||
                    this.testsFollow ||
                    everyLine ||
                    i - lineStart > maxLineLength ||
                    mayEndWithEnding(bytes, lineStart, i)) {
                    this.lineNo = lineNo;
                    this.line(bytes, lineStart, contentStart, i);
                }
                lineStart = i + 1;
                state = 0;
                matchCount = 0;
                contentStart = afterTimestamp(bytes, lineStart, to);
                i = contentStart - 1;
            }
            else {
                const match = (state - firstMatch) / width;
                // (A CR right before the line feed is no progress bar: cleanLine trims it like a space.)
                if (seen[match] === 0 && !(byte === 13 && bytes[i + 1] === 10)) {
                    seen[match] = 1;
                    if (matchCount < MAX_LINE_MATCHES)
                        matches[matchCount] = match;
                    matchCount++;
                }
            }
        }
        return lineNo;
    }
    /**
     * The line `bytes[lineStart, end)` decoded from `from` (after an ASCII prefix the caller
     * dropped), with REDACTION_MARGIN characters more than `cut` keeps: it is cut only once
     * redacted, so a secret on the cut is redacted whole.
     */
    decode(bytes, lineStart, end, from = lineStart) {
        const limit = this.options.maxLineLength - (from - lineStart);
        const text = bytes.toString('utf8', from, Math.min(end, lineStart + this.maxCarryBytes));
        if (text.length <= limit)
            return text;
        this.warn('long-lines-truncated');
        return text.slice(0, limit + REDACTION_MARGIN);
    }
    /**
     * Puts the tags of the `matchCount` match states of the line whose text after its
     * timestamp is `bytes[start, end)` into `tags`.
     */
    prove(bytes, start, end, matchCount) {
        if (matchCount > MAX_LINE_MATCHES) {
            this.stateSeen.fill(0);
            for (let tag = 0; tag < TAG_COUNT; tag++)
                this.tags.add(tag);
            return;
        }
        for (let k = 0; k < matchCount; k++)
            this.stateSeen[this.lineMatches[k]] = 0;
        LINE_SCAN.prove(this.lineMatches, matchCount, bytes, start, end, this.tags);
    }
    /**
     * Handles line `this.lineNo`, `bytes[start, end)`, with the tags its literals proved in
     * `tags`; its runner timestamp ends at `contentStart` (`start` if none).
     */
    line(bytes, start, contentStart, end) {
        const tags = this.tags;
        const transport = tags.has(TRANSPORT_TAG);
        // The timestamp is dropped unread unless cleanLine must see it: a CR progress bar may
        // drop it with its frame, a tab may make it part of a `gh run view` prefix, and a line
        // cut inside it leaves a part of it.
        let from = contentStart - start <= this.options.maxLineLength ? contentStart : start;
        let raw = this.decode(bytes, start, end, from);
        if (from !== start && (raw.includes('\t') || (transport && raw.includes('\r')))) {
            from = start;
            raw = this.decode(bytes, start, end);
        }
        const hidden = (0,redact/* holdsInvisible */.ue)(raw);
        const cleaned = cleanLine(raw, transport, from === start, hidden);
        // Removing a control character, colour code or invisible character joins the text around
        // it: scan the result, so that a secret split by one is redacted as what it becomes.
        if (transport || hidden)
            LINE_SCAN.collect(cleaned, tags);
        let openBefore = this.privateKeyOpen;
        const boundary = tags.has(KEY_BOUNDARY_TAG) && redact/* PRIVATE_KEY_BOUNDARY */.hb.test(cleaned);
        if (boundary && this.keyUnseen) {
            this.keyUnseen = false;
            if (!openBefore && (0,redact/* closesPrivateKey */.o8)(cleaned)) {
                this.enterCutOffKey(bytes, start);
                openBefore = true;
            }
        }
        const secrets = this.secretsRoutedBy(tags);
        const redacted = openBefore
            ? REDACTED_PRIVATE_KEY_LINE
            : tags.has(ENCODED_TAG)
                ? (0,redact/* redactSecrets */.fp)(cleaned)
                : (0,redact/* redactSecretsAmong */.Ft)(cleaned, secrets);
        const openAfter = boundary ? (0,redact/* privateKeyOpenAfter */.Tq)(cleaned, openBefore) : openBefore;
        // A redaction marker is text the scan did not see either.
        if (redacted !== cleaned)
            LINE_SCAN.collect(redacted, tags);
        // Every pattern runs on a line about to be cut, the unrouted ones too.
        const line = this.cut(redacted.length > this.options.maxLineLength ? (0,redact/* redactSecrets */.fp)(redacted) : redacted);
        const score = lineScore(line, tags);
        if (this.testsFollow || tags.has(TESTS_TAG) || (tags.has(TEST_WORD_TAG) && mayNameFailingTests(line))) {
            this.tests.line(line);
            this.testsFollow = this.tests.wantsNextLine;
        }
        tags.clear();
        if (score > 0 || openAfter !== openBefore) {
            this.materialize(bytes, this.pendingStart, start, this.lineNo - 1);
            this.accept(line, this.lineNo, score);
            this.pendingStart = end + 1;
            this.privateKeyOpen = openAfter;
        }
        else if (this.afterRemaining > 0) {
            this.accept(line, this.lineNo, 0);
            this.pendingStart = end + 1;
        }
    }
    /**
     * A line with no error words, redacted as `line()` redacts: by the secret patterns its
     * literals route it to (every pattern when it hides percent escapes or is about to be cut).
     * Running every pattern on each context line cost a quarter of the scan; the patterns too
     * common to route by still run on every kept line at the end.
     */
    redactQuiet(cleaned) {
        if (this.privateKeyOpen)
            return REDACTED_PRIVATE_KEY_LINE;
        const tags = this.quietTags;
        LINE_SCAN.collect(cleaned, tags);
        const secrets = this.secretsRoutedBy(tags);
        const routed = tags.has(ENCODED_TAG) || cleaned.length > this.options.maxLineLength
            ? (0,redact/* redactSecrets */.fp)(cleaned)
            : (0,redact/* redactSecretsAmong */.Ft)(cleaned, secrets);
        tags.clear();
        return routed;
    }
    /** The secret patterns (indices into SECRET_REGEXPS) `tags` route a line to. */
    secretsRoutedBy(tags) {
        const secrets = this.secretCandidates;
        // Emptying an array is a call into the runtime, and most lines leave nothing to empty.
        if (secrets.length > 0)
            secrets.length = 0;
        for (let k = 0; k < tags.size; k++) {
            if (tags.at(k) >= FIRST_SECRET_TAG)
                secrets.push(tags.at(k) - FIRST_SECRET_TAG);
        }
        return secrets;
    }
    /** A cleaned and redacted line cut to maxLineLength characters. */
    cut(line) {
        const limit = this.options.maxLineLength;
        return line.length <= limit ? line : line.slice(0, limit);
    }
    /**
     * The END line of a private key block whose BEGIN line the log's start cut off: every line
     * before it is key material. The lines not yet handled become markers, and so do those
     * kept already, which can no longer be the failure's statement.
     */
    enterCutOffKey(bytes, lineStart) {
        this.privateKeyOpen = true;
        this.materialize(bytes, this.pendingStart, lineStart, this.lineNo - 1);
        this.pendingStart = lineStart;
        for (const kept of [...this.before, ...this.head, ...this.tail, ...this.tailWindow]) {
            kept.text = REDACTED_PRIVATE_KEY_LINE;
            kept.score = 0;
        }
        this.seen.clear();
        for (const kept of [...this.head, ...this.tail]) {
            this.seen.set((0,fingerprint.maskLine)(kept.text), (this.seen.get((0,fingerprint.maskLine)(kept.text)) ?? 0) + 1);
        }
    }
    /**
     * Gives the lines `bytes[from, to)`, which end with line `lastLineNo` and hold no error
     * line, to the context and tail windows. Only the last lines that fit the windows are
     * decoded, from the end backwards: the rest would only pass through and be evicted.
     */
    materialize(bytes, from, to, lastLineNo) {
        const wanted = Math.max(this.options.tailLines, this.options.contextBefore);
        const found = [];
        let lineNo = lastLineNo;
        for (let end = to - 1; end >= from && found.length < wanted; lineNo--) {
            const start = end > from ? Math.max(bytes.lastIndexOf(10, end - 1) + 1, from) : from;
            const line = this.cut(this.redactQuiet(cleanLine(this.decode(bytes, start, end))));
            if (!isSkipped(line))
                found.push({ text: line, lineNo, score: 0 });
            end = start - 1;
        }
        for (const line of found.reverse())
            this.accept(line.text, line.lineNo, 0);
    }
    /** One cleaned line, in order, into the windows and the excerpt. */
    accept(line, lineNo, score) {
        if (isSkipped(line))
            return;
        const kept = { text: line, lineNo, score };
        this.tailWindow.push(kept);
        if (this.tailWindow.length > this.options.tailLines)
            this.tailWindow.shift();
        if (score > 0) {
            for (const context of this.before)
                this.keep(context);
            this.before.length = 0;
            this.keep(kept);
            this.afterRemaining = this.options.contextAfter;
            return;
        }
        if (this.afterRemaining > 0) {
            this.afterRemaining--;
            this.keep(kept);
            return;
        }
        this.before.push(kept);
        if (this.before.length > this.options.contextBefore)
            this.before.shift();
    }
    keep(line) {
        const key = (0,fingerprint.maskLine)(line.text);
        const existing = this.seen.get(key);
        if (existing !== undefined) {
            this.seen.set(key, existing + 1);
            return;
        }
        // The first errors often name the root cause, the last ones the failure: keep both ends.
        const headCap = Math.floor(this.options.maxLines / 3);
        if (this.head.length < headCap) {
            this.head.push(line);
        }
        else {
            this.tail.push(line);
            if (this.tail.length > this.options.maxLines - headCap) {
                const evicted = this.tail.shift();
                this.forget((0,fingerprint.maskLine)(evicted.text));
                this.dropped = true;
            }
        }
        this.seen.set(key, 1);
    }
    forget(key) {
        const count = this.seen.get(key);
        if (count !== undefined && count <= 1)
            this.seen.delete(key);
        else if (count !== undefined)
            this.seen.set(key, count - 1);
    }
    finish() {
        if (this.heldSurrogate !== '') {
            this.appendCarry(Buffer.from(this.heldSurrogate, 'utf8'));
            this.heldSurrogate = '';
        }
        if (this.carrying)
            this.scanCarry();
        const kept = [...this.head, ...this.tail];
        const totalLines = this.lineNo;
        // The patterns too common to route lines by (UNROUTED_SECRETS) run here, on the few lines kept.
        const lines = (kept.length > 0 ? kept : this.tailWindow).map(line => (0,redact/* redactSecrets */.fp)(line.text));
        const primary = pickPrimary(kept, totalLines);
        return {
            lines,
            primaryLine: primary === null ? null : (0,redact/* redactSecrets */.fp)(primary),
            totalLines,
            truncated: this.dropped || (kept.length === 0 && totalLines > this.tailWindow.length),
            warnings: [...this.warnings],
            failingTests: this.tests.result()
        };
    }
}
function isSkipped(line) {
    return line.trim() === '' || ENDGROUP.test(line);
}
/**
 * The most specific error line, weighted toward the end of the log where the failure
 * usually is; ties go to the later line. A line that names the failure outranks any count,
 * summary or advice printed after it (`generic` rules), wherever it is.
 */
function pickPrimary(kept, totalLines) {
    let best = null;
    let bestNamed = false;
    let bestScore = 0;
    for (const line of kept) {
        if (line.score === 0)
            continue;
        const named = (0,rules/* namesTheFailure */.mY)(line.text);
        if (bestNamed && !named)
            continue;
        const score = line.score + 0.1 * (line.lineNo / Math.max(totalLines, 1));
        if (score >= bestScore || (named && !bestNamed)) {
            best = line;
            bestNamed = named;
            bestScore = score;
        }
    }
    return best ? best.text : null;
}
function extractExcerptFromText(text, options) {
    const builder = new ExcerptBuilder(options);
    builder.write(text);
    return builder.finish();
}
/** Extracts the excerpt from a whole text or a stream of chunks (strings or bytes). */
async function extractExcerpt(source, options) {
    if (typeof source === 'string')
        return extractExcerptFromText(source, options);
    const builder = new ExcerptBuilder(options);
    for await (const chunk of source)
        builder.write(chunk);
    return builder.finish();
}


/***/ })

};
