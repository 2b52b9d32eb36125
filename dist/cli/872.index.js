export const id = 872;
export const ids = [872,78];
export const modules = {

/***/ 1078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fingerprint: () => (/* binding */ fingerprint),
/* harmony export */   maskLine: () => (/* binding */ maskLine),
/* harmony export */   normaliseJobName: () => (/* binding */ normaliseJobName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Failure fingerprints (SPEC 3.5): the same cause in the same job must hash to the same id
 * across runs, whatever the run-specific noise (numbers, hashes, timestamps, temp paths,
 * durations, ports) in its primary error line.
 */

/**
 * Masks run-specific tokens, most specific first: a UUID must be masked before its hex
 * groups, a timestamp before its numbers, a temp path before the ids inside it.
 */
const MASKS = [
    // ISO-8601 and common log timestamps.
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<ts>'],
    [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?[AP]M)?\b/g, '<time>'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    // Temporary directories: Linux/macOS, the runner's _temp, Windows user temp.
    [
        /(?:\/home\/runner\/work\/_temp|\/tmp|\/var\/folders|\/private\/var\/folders)(?:\/[^\s:'"`)\]]*)?/g,
        '<tmp>'
    ],
    [/[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp(?:\\[^\s:'"`)\]]*)?/gi, '<tmp>'],
    [/[A-Za-z]:\\(?:Windows\\)?Temp(?:\\[^\s:'"`)\]]*)?/gi, '<tmp>'],
    // Hex: git shas, digests, addresses. Pure-letter words ("deadline", "accepted") are not hex ids.
    [/\b(?:sha\d*:)?[0-9a-f]{7,}\b/gi, m => (/\d/.test(m) ? '<hex>' : m)],
    [/\b0x[0-9a-f]+\b/gi, '<hex>'],
    // Durations: 1.23s, 450ms, 2m 24s, 6h0m0s.
    [/\b\d+(?:\.\d+)?\s?(?:ms|µs|us|ns|s|sec|secs|seconds|m|min|mins|minutes|h|hours)\b/gi, '<dur>'],
    // Ports and file positions alike: host:8080, file.ts:12:5, (12,5), [12,5].
    [/:\d+(?::\d+)?\b/g, ':<n>'],
    [/\(\d+,\d+\)/g, '(<n>,<n>)'],
    [/\[\d+,\d+\]/g, '[<n>,<n>]'],
    // Numbers, but not error codes such as TS2345, E0308 or CS0103, which name the cause, nor
    // exit codes: 137 (killed, most often out of memory) and 1 are different failures.
    [/(?<![A-Za-z_\d])(?<!\bexit(?:ed)?(?: with)?(?: code| status)?:? ?)\d+(?:[.,]\d+)*/gi, '<n>']
];
/** Masked lines are shown in issues: long enough to read, short enough to scan. */
const MASKED_LINE_MAX = 300;
/** The primary error line with everything that differs between runs of the same cause masked. */
function maskLine(line) {
    let masked = line.slice(0, MASKED_LINE_MAX * 2);
    for (const [pattern, replacement] of MASKS) {
        masked =
            typeof replacement === 'function'
                ? masked.replace(pattern, replacement)
                : masked.replace(pattern, replacement);
    }
    return masked.replace(/\s+/g, ' ').trim().slice(0, MASKED_LINE_MAX);
}
/**
 * Strips matrix suffixes GitHub appends to job names, so `test (ubuntu-latest, 20)` and
 * `test (windows-latest, 22)` share one fingerprint.
 */
function normaliseJobName(name) {
    return name
        .replace(/\s*\([^()]*\)\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function fingerprint(input) {
    const maskedLine = input.primaryLine === null ? '' : maskLine(input.primaryLine);
    const key = [input.workflowPath, normaliseJobName(input.jobName), input.category, maskedLine].join('\n');
    return { id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16), maskedLine };
}


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ bareLine),
/* harmony export */   VA: () => (/* binding */ matchRules),
/* harmony export */   mY: () => (/* binding */ namesTheFailure),
/* harmony export */   nK: () => (/* binding */ namesFailure),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const branchConflict = [
    {
        id: 'git-push-rejected',
        category: 'branch_conflict',
        pattern: /!\s*\[rejected\]\s+\S+\s+->\s+\S+\s+\((?:non-fast-forward|fetch first|stale info)\)/,
        tool: 'git push rejected the update because the remote branch has moved (non-fast-forward)',
        confidence: 0.95
    },
    {
        id: 'git-updates-rejected-hint',
        category: 'branch_conflict',
        pattern: /Updates were rejected because (?:the (?:tip of your current branch is behind|remote contains work)|a pushed branch tip is behind)/,
        tool: 'git push was rejected because the remote contains commits the local branch does not have',
        confidence: 0.95,
        // git's advice after the error, wrapped differently by each git version: never the primary line.
        generic: true
    },
    {
        id: 'git-failed-to-push',
        category: 'branch_conflict',
        pattern: /error: failed to push some refs/,
        tool: 'git push failed to update some refs',
        confidence: 0.55
    },
    {
        id: 'git-cannot-lock-ref',
        category: 'branch_conflict',
        pattern: /cannot lock ref '[^']+'/,
        tool: 'git could not lock a ref because another update changed it concurrently',
        confidence: 0.9
    },
    {
        id: 'git-merge-conflict',
        category: 'branch_conflict',
        pattern: /^CONFLICT \([a-z/ ]+\): |Automatic merge failed; fix conflicts|Merge conflict in \S+/,
        tool: 'git reported a merge conflict',
        confidence: 0.9
    },
    {
        id: 'git-rebase-conflict',
        category: 'branch_conflict',
        pattern: /error: could not apply [0-9a-f]{7,}|Resolve all conflicts manually, mark them as resolved/,
        tool: 'git rebase stopped on a conflicting commit',
        confidence: 0.85
    }
];
const testFailure = [
    {
        id: 'jest-fail-file',
        category: 'test_failure',
        pattern: /^\s*FAIL\s+\S+\.(?:test|spec)\.[cm]?[jt]sx?\b|^\s*FAIL\s+\S*__tests__\S*\.[cm]?[jt]sx?\b/,
        tool: 'jest/vitest reported a failing test file',
        confidence: 0.7
    },
    {
        id: 'jest-test-title',
        category: 'test_failure',
        pattern: /^\s*●\s+\S.*›\s+\S/,
        tool: 'jest reported a failing test',
        confidence: 0.8,
        assertion: true
    },
    {
        id: 'jest-summary',
        category: 'test_failure',
        pattern: /^Tests:\s+\d+ failed|^\s*Test Files\s+\d+ failed|^\s*Tests\s+\d+ failed/,
        tool: 'the jest/vitest summary counts failed tests',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'jest-expect',
        category: 'test_failure',
        pattern: /expect\((?:received|jest\.fn\(\)|value)\)\.(?:not\.)?\w+\(|Received value does not match stored snapshot|\d+ snapshots? failed/,
        tool: 'a jest expectation or snapshot did not match',
        confidence: 0.85,
        generic: true,
        assertion: true
    },
    {
        id: 'assertion-error',
        category: 'test_failure',
        pattern: /\bAssertionError\b(?!:?\s*$)|\bassertion failed\b|\bAssertionFailedError\b|\bComparisonFailure\b/i,
        tool: 'a test assertion failed',
        confidence: 0.8,
        assertion: true
    },
    {
        id: 'expected-but-was',
        category: 'test_failure',
        pattern: /expected:?\s*<.*>\s*but was:?\s*<.*>|\bExpected\b.*\bbut (?:got|was|received)\b|Expected and actual values differ/i,
        tool: 'a test assertion compared an expected and an actual value',
        confidence: 0.75,
        assertion: true
    },
    {
        id: 'mocha-failing',
        category: 'test_failure',
        pattern: /^\s*\d+ failing\b/,
        tool: 'mocha counted failing tests',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'pytest-failed-test',
        category: 'test_failure',
        pattern: /^(?:FAILED|ERROR) \S+\.py::\S+/,
        tool: 'pytest reported a failed test',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'pytest-summary',
        category: 'test_failure',
        pattern: /^=+ .*\b\d+ (?:failed|errors?)\b.* in [\d.]+s(?: \([\d:]+\))? =+$/,
        tool: 'the pytest summary counts failed tests',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'pytest-assert',
        category: 'test_failure',
        pattern: /^E\s+(?:assert\b|AssertionError)/,
        tool: 'a pytest assertion failed',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'pytest-failure-section',
        category: 'test_failure',
        pattern: /^_{3,} (?:\w+\.)*test\w*(?:\[.*\])? _{3,}$|^E\s{2,}\w+(?:Error|Exception): /,
        tool: 'pytest reported a failing test and its exception',
        confidence: 0.8,
        assertion: true
    },
    {
        id: 'unittest-fail',
        category: 'test_failure',
        pattern: /^(?:FAIL|ERROR): test\w*/,
        tool: 'Python unittest reported a failing test',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'unittest-summary',
        category: 'test_failure',
        pattern: /^FAILED \((?:failures|errors)=\d+/,
        tool: 'Python unittest counted failing tests',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'go-test-fail',
        category: 'test_failure',
        pattern: /^\s*--- FAIL: \S+/,
        tool: 'go test reported a failing test',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'go-test-package-fail',
        category: 'test_failure',
        pattern: /^FAIL\s+\S+\s+[\d.]+s$/,
        tool: 'go test reported a failing package',
        confidence: 0.8
    },
    {
        id: 'go-test-timeout',
        category: 'test_failure',
        pattern: /^panic: test timed out after \S+/,
        tool: 'go test hit its -timeout',
        confidence: 0.8
    },
    {
        id: 'surefire-failures',
        category: 'test_failure',
        pattern: /<<< (?:FAILURE|ERROR)!/,
        tool: 'Maven Surefire/JUnit reported a failing test',
        confidence: 0.85
    },
    {
        id: 'surefire-summary',
        category: 'test_failure',
        pattern: /Tests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9]\d*)/,
        tool: 'Maven Surefire/JUnit counted failing tests',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'maven-test-failures',
        category: 'test_failure',
        pattern: /There (?:are|were) test failures|There were failing tests|Tests in error:|^\s*Failed tests:/,
        tool: 'the build tool reported test failures',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'gradle-test-failed',
        category: 'test_failure',
        pattern: /^\S+ > \S+.*\bFAILED$/,
        tool: 'Gradle reported a failing test',
        confidence: 0.85
    },
    {
        id: 'gradle-test-summary',
        category: 'test_failure',
        pattern: /\b\d+ tests completed, \d+ failed|Execution failed for task '[^']*:test'/,
        tool: 'Gradle counted failing tests',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'rspec-failures',
        category: 'test_failure',
        pattern: /^\s*\d+ examples?, [1-9]\d* failures?|Failure\/Error:|^rspec \.\/spec\/\S+:\d+|^(?:bin\/)?rails test \S+:\d+/,
        tool: 'RSpec or Rails reported failing tests',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'rspec-expectation',
        category: 'test_failure',
        pattern: /\(RSpec::Expectations::ExpectationNotMetError\)/,
        tool: 'an RSpec expectation was not met',
        confidence: 0.85,
        generic: true,
        assertion: true
    },
    {
        id: 'minitest-failures',
        category: 'test_failure',
        pattern: /\d+ runs, \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)|Minitest::(?:Assertion|UnexpectedError)/,
        tool: 'Minitest reported failures',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'phpunit-failures',
        category: 'test_failure',
        pattern: /Failed asserting that|^\d+\) \S+::test\w*/,
        tool: 'PHPUnit reported failing tests',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'phpunit-summary',
        category: 'test_failure',
        pattern: /^FAILURES!$|^Tests: \d+, Assertions: \d+, (?:Failures|Errors): [1-9]/,
        tool: 'PHPUnit counted failing tests',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'dotnet-test-failed',
        category: 'test_failure',
        pattern: /Assert\.\w+\(\) Failure|Assert\.\w+ failed\.|\[FAIL\]$|^\s*Failed\s+[\w.]+(?:\(.*\))?\s*\[[\d.]+\s*m?s\]|Failed!\s+-\s+Failed:\s+[1-9]/,
        tool: 'dotnet test (xUnit/NUnit/MSTest) reported a failing test',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'cargo-test-failed',
        category: 'test_failure',
        pattern: /^test \S+ \.\.\. FAILED$|^---- \S+ stdout ----$/,
        tool: 'cargo test reported failing tests',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'cargo-test-summary',
        category: 'test_failure',
        pattern: /^test result: FAILED\./,
        tool: 'cargo test counted failing tests',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'rust-panic-assert',
        category: 'test_failure',
        pattern: /thread '[^']+' panicked at .*(?:assert|left == right|Unexpected)|^assertion `left [=!]= right` failed/,
        tool: 'a Rust test panicked on an assertion',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'tap-failed',
        category: 'test_failure',
        pattern: /^not ok \d+ /,
        tool: 'a TAP test harness (prove, node --test) reported failing tests',
        confidence: 0.8
    },
    {
        id: 'tap-summary',
        category: 'test_failure',
        pattern: /^Failed \d+\/\d+ subtests|Dubious, test returned \d+/,
        tool: 'a TAP test harness (prove) counted failing tests',
        confidence: 0.8,
        generic: true
    },
    {
        id: 'exunit-failures',
        category: 'test_failure',
        pattern: /^\s*\d+\) test .+ \([\w.]+\)$/,
        tool: 'ExUnit reported failing tests',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'exunit-summary',
        category: 'test_failure',
        pattern: /\b\d+ (?:doctests?, )?\d* ?tests?, [1-9]\d* failures?/,
        tool: 'ExUnit counted failing tests',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'ginkgo-failed',
        category: 'test_failure',
        pattern: /^\[Fail\] .+ \[It\] /,
        tool: 'Ginkgo reported failing specs',
        confidence: 0.85,
        assertion: true
    },
    {
        id: 'ginkgo-summary',
        category: 'test_failure',
        pattern: /^FAIL! -- \d+ Passed \| [1-9]\d* Failed/,
        tool: 'Ginkgo counted failing specs',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'gocheck-failed',
        category: 'test_failure',
        pattern: /^(?:FAIL|PANIC): \S+_test\.go:\d+: \S+/,
        tool: 'gocheck reported a failing or panicking test',
        confidence: 0.85
    },
    {
        id: 'cucumber-failed',
        category: 'test_failure',
        pattern: /^Failing Scenarios:$|^cucumber \S+\.feature:\d+ # Scenario: /,
        tool: 'Cucumber reported failing scenarios',
        confidence: 0.85
    },
    {
        id: 'common-test-failed',
        category: 'test_failure',
        pattern: /^\S+:\S+ failed on line \d+$/,
        tool: 'Erlang common_test reported a failed case',
        confidence: 0.8
    },
    {
        id: 'scalatest-failed',
        category: 'test_failure',
        pattern: /\*\*\* FAILED \*\*\*|Tests: succeeded \d+, failed [1-9]/,
        tool: 'ScalaTest reported failing tests',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'xctest-failed',
        category: 'test_failure',
        pattern: /XCTAssert\w* failed|\*\* TEST FAILED \*\*|Test Case .* failed \(/,
        tool: 'xcodebuild test (XCTest) reported failing tests',
        confidence: 0.9,
        assertion: true
    },
    {
        id: 'r-tests-failed',
        category: 'test_failure',
        pattern: /Running the tests in .* failed|══ (?:testthat results|Failed tests)/,
        tool: 'R CMD check reported failing testthat tests',
        confidence: 0.85
    },
    {
        id: 'karma-failed',
        category: 'test_failure',
        pattern: /Executed \d+ of \d+ \(\d+ FAILED\)/,
        tool: 'Karma reported failing specs',
        confidence: 0.9
    },
    {
        id: 'e2e-failed',
        category: 'test_failure',
        pattern: /✖\s+\d+ of \d+ failed|^\s*\d+ failed\s*$|^\s*\[\w+\] › .+ › |^\s*\d+\) \[[\w-]+\] › \S+/,
        tool: 'Cypress/Playwright reported failing specs',
        confidence: 0.8
    },
    {
        id: 'generic-tests-failed',
        category: 'test_failure',
        pattern: /\b[1-9]\d* (?:tests?|specs?|examples?) failed\b|\bSome tests failed\b/i,
        tool: 'the test runner reported failed tests',
        confidence: 0.75,
        generic: true
    }
];
const codeFailure = [
    {
        id: 'tsc-error',
        category: 'code_failure',
        pattern: /\berror TS\d{4,5}:|\.tsx?\s?\(\d+,\d+\): .+\(\d{4}\)$|TSError: ⨯ Unable to compile TypeScript/,
        tool: 'the TypeScript compiler (tsc) reported type errors',
        confidence: 0.9
    },
    {
        id: 'tsc-summary',
        category: 'code_failure',
        pattern: /Found \d+ errors?(?: in \d+ files?)?\. Watching for file changes/,
        tool: 'the TypeScript compiler (tsc) counted type errors',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'eslint-error',
        category: 'code_failure',
        pattern: /^\s*\d+:\d+\s+(?:error|✖|×)\s+.+$/,
        tool: 'a linter (eslint, stylelint) reported errors',
        confidence: 0.85
    },
    {
        id: 'eslint-summary',
        category: 'code_failure',
        pattern: /✖ \d+ problems? \(\d+ errors?/,
        tool: 'a linter (eslint, stylelint) counted errors',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'lint-rule-suffix',
        category: 'code_failure',
        pattern: /^\s*\d+:\d+\s+.+\s\((?:[\w@-]+\/)?[a-z][\w-]+\)$|\(prettier\/prettier\)$/,
        tool: 'a linter reported a rule violation',
        confidence: 0.7
    },
    {
        id: 'prettier-check',
        category: 'code_failure',
        pattern: /Code style issues (?:found|were found) in|Forgot to run Prettier\?/,
        tool: 'prettier --check found unformatted files',
        confidence: 0.9
    },
    {
        id: 'python-formatter',
        category: 'code_failure',
        pattern: /^would reformat \S+|\d+ files? would be reformatted|^Would reformat: \S+|Imports are incorrectly sorted|^Oh no! 💥 💔 💥/,
        tool: 'a Python formatter check (black, ruff format, isort) found unformatted files',
        confidence: 0.9
    },
    {
        id: 'python-lint',
        category: 'code_failure',
        pattern: /^\S+\.pyi?:\d+:\d+: (?:[A-Z]{1,3}\d{3,4}\b|[CRWEF]\d{4}: )/,
        tool: 'a Python linter (flake8, ruff, pylint) reported violations',
        confidence: 0.85
    },
    {
        id: 'mypy-error',
        category: 'code_failure',
        pattern: /^\s*\S+\.pyi?:\d+(?::\d+)?: error: \S/,
        tool: 'mypy reported type errors',
        confidence: 0.9
    },
    {
        id: 'mypy-summary',
        category: 'code_failure',
        pattern: /^\s*Found \d+ errors? in \d+ files? \((?:checked|errors prevented)/,
        tool: 'mypy counted type errors',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'pyright-error',
        category: 'code_failure',
        pattern: /^\s*\S+\.pyi?:\d+:\d+ - error: \S/,
        tool: 'pyright reported type errors',
        confidence: 0.9
    },
    {
        id: 'ruff-summary',
        category: 'code_failure',
        pattern: /\[\*\] \d+ fixable with the `--fix` option/,
        tool: 'ruff counted fixable lint violations',
        confidence: 0.85,
        generic: true
    },
    {
        id: 'python-syntax-error',
        category: 'code_failure',
        pattern: /^\s*(?:SyntaxError|IndentationError|TabError): /,
        tool: 'Python could not parse a source file',
        confidence: 0.7
    },
    {
        id: 'rustc-error',
        category: 'code_failure',
        pattern: /^error\[E\d{4}\]|^error: (?:cannot find|expected|mismatched|unresolved)/,
        tool: 'the Rust compiler (rustc) reported errors',
        confidence: 0.9
    },
    {
        id: 'rustc-summary',
        category: 'code_failure',
        pattern: /^error: could not compile `[^`]+`|^error: aborting due to/,
        tool: 'the Rust compiler (rustc) counted errors',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'rustfmt-diff',
        category: 'code_failure',
        pattern: /^Diff in \S+\.rs at line \d+:/,
        tool: 'cargo fmt --check found unformatted files',
        confidence: 0.9
    },
    {
        id: 'clippy-deny',
        category: 'code_failure',
        pattern: /implied by `-D warnings`|#\[deny\(clippy::/,
        tool: 'cargo clippy turned lint warnings into errors',
        confidence: 0.85
    },
    {
        id: 'go-compile-error',
        category: 'code_failure',
        pattern: /^\S+\.go:\d+:\d+: (?:undefined: |cannot use |syntax error|imported and not used|declared and not used|declared but not used|too many |not enough |missing return|invalid operation|\S+ redeclared)|^FAIL\s+\S+\s+\[(?:build|setup) failed\]|^\S+\.go:\d+: \S+ redeclared/,
        tool: 'the Go compiler reported errors',
        confidence: 0.9
    },
    {
        id: 'go-lint',
        category: 'code_failure',
        pattern: /^\S+\.go:\d+(?::\d+)?:? .+ \((?:errcheck|govet|staticcheck|unused|gosimple|ineffassign|revive|gocritic|gosec|typecheck|misspell|goimports|gofmt|gofumpt|lll|dupl|goconst|unparam|errorlint|[a-z]+lint)\)$|is not (?:gofmt|goimport)ed|not gofmted|not goimported|^\s*(?:Error: )?(?:Error return value (?:of `[^`]+` )?is not checked|`\w+` is unused|\w+ `\w+` is unused|ineffectual assignment to \w+) \((?:errcheck|unused|deadcode|varcheck|structcheck|ineffassign)\)$|level=error msg="Running error: .*errors in package/,
        tool: 'a Go linter (golangci-lint, gofmt, go vet) reported issues',
        confidence: 0.85
    },
    {
        id: 'javac-error',
        category: 'code_failure',
        pattern: /COMPILATION ERROR|Compilation failure|\.java:(?:\[\d+,\d+\]|\d+:) (?:error: )?(?:cannot find symbol|incompatible types|cannot be applied|is not abstract|unreported exception|illegal|';' expected|class, interface|method does not override|might not have been initialized|error:)|error: cannot find symbol|Compilation failed; see the compiler error output/,
        tool: 'the Java compiler (javac) reported compilation errors',
        confidence: 0.9
    },
    {
        id: 'kotlin-error',
        category: 'code_failure',
        pattern: /^e: (?:file:\/\/)?\S+\.kts?:|Compilation error\. See log for more details/,
        tool: 'the Kotlin compiler reported errors',
        confidence: 0.9
    },
    {
        id: 'gradle-compile-task',
        category: 'code_failure',
        pattern: /Execution failed for task '[^']*:(?:compile\w*|spotless\w*|checkstyle\w*|ktlint\w*|detekt\w*|lint\w*|pmd\w*|spotbugs\w*)'/,
        tool: 'a Gradle compile or code-quality task failed',
        confidence: 0.85
    },
    {
        id: 'java-style',
        category: 'code_failure',
        pattern: /You have \d+ Checkstyle violations?|The following files had format violations|There (?:is|are) \d+ errors? reported by Checkstyle|PMD Failure|Undefined reference: /,
        tool: 'a Java code-quality check (Checkstyle, Spotless, PMD, animal-sniffer) failed',
        confidence: 0.85
    },
    {
        id: 'c-compile-error',
        category: 'code_failure',
        pattern: /^\S+\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|cu):\d+(?::\d+)?: (?:fatal )?error: |undefined reference to `|ld: symbol\(s\) not found|collect2: error: ld returned/,
        tool: 'the C/C++ compiler or linker (gcc, clang, ld) reported errors',
        confidence: 0.9
    },
    {
        id: 'csharp-error',
        category: 'code_failure',
        pattern: /error CS\d{4}:|error (?:FS|BC)\d{4}:/,
        tool: 'the .NET compiler (csc) reported errors',
        confidence: 0.9
    },
    {
        id: 'swift-error',
        category: 'code_failure',
        pattern: /\.swift:\d+:\d+: error: |❌\s+\S+\.swift:\d+:\d+:/,
        tool: 'the Swift compiler reported errors',
        confidence: 0.9
    },
    {
        id: 'haskell-error',
        category: 'code_failure',
        pattern: /\.l?hs:\d+:\d+: error:/,
        tool: 'GHC reported compile errors',
        confidence: 0.9
    },
    {
        id: 'erlang-elixir-compile',
        category: 'code_failure',
        pattern: /^\S+\.[eh]rl:\d+: |\*\* \((?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError)\)|mix format failed due to --check-formatted|Compilation failed due to warnings while using the --warnings-as-errors option/,
        tool: 'the Erlang/Elixir compiler or mix format reported errors',
        confidence: 0.85
    },
    {
        id: 'scala-error',
        category: 'code_failure',
        pattern: /^\[error\] \S+\.scala:\d+(?::\d+)?: |^\[error\] \(\S+\) Compilation failed/,
        tool: 'the Scala compiler reported errors',
        confidence: 0.9
    },
    {
        id: 'ruby-lint',
        category: 'code_failure',
        pattern: /^\S+\.rb:\d+:\d+: [CWEF]: /,
        tool: 'RuboCop reported offenses',
        confidence: 0.9
    },
    {
        id: 'rubocop-summary',
        category: 'code_failure',
        pattern: /\d+ files? inspected, [1-9]\d* offenses? detected/,
        tool: 'RuboCop counted offenses',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'php-analysis',
        category: 'code_failure',
        pattern: /FOUND \d+ ERRORS? AFFECTING|PHP Parse error:/,
        tool: 'a PHP analyser (PHPStan, PHP_CodeSniffer, Psalm) reported errors',
        confidence: 0.9
    },
    {
        id: 'php-analysis-summary',
        category: 'code_failure',
        pattern: /\[ERROR\] Found \d+ errors?|^ERROR: \d+ errors? found$/,
        tool: 'a PHP analyser (PHPStan, Psalm) counted errors',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'psalm-error',
        category: 'code_failure',
        pattern: /^ERROR: [A-Z]\w+ - \S+\.php:\d+:\d+ - /,
        tool: 'Psalm reported type errors',
        confidence: 0.9
    },
    {
        id: 'style-lint-misc',
        category: 'code_failure',
        pattern: /\(Severity: \d\)$| failed (?:indent_style|indent_char|indent_size|end_of_line|insert_final_newline|trim_trailing_whitespace|charset|max_line_length)|^\S+\.md:\d+(?::\d+)? MD\d{3}|\[SC\d{4}\]|\bSC\d{4}(?: \(\w+\))?:|^In \S+ line \d+:$|\bDL\d{4}\b/,
        tool: 'a linter (perlcritic, editorconfig, markdownlint, shellcheck, hadolint) reported violations',
        confidence: 0.85
    },
    {
        id: 'actionlint-error',
        category: 'code_failure',
        pattern: /^\S+\.ya?ml:\d+:\d+: .+ \[[a-z-]+\]$/,
        tool: 'actionlint reported errors in workflow files',
        confidence: 0.85
    },
    {
        id: 'css-build-error',
        category: 'code_failure',
        pattern: /^(?:Error: )?Invalid CSS after|SassError: /,
        tool: 'the Sass compiler reported an error',
        confidence: 0.85
    },
    {
        id: 'bundler-build-error',
        category: 'code_failure',
        pattern: /Module not found: Error: Can't resolve|✘ \[ERROR\] |Build failed with \d+ errors?|^ERROR in \S+/,
        tool: 'the JavaScript bundler (webpack, esbuild, vite) reported build errors',
        confidence: 0.8
    },
    {
        id: 'next-build-error',
        category: 'code_failure',
        pattern: /^Type error: \S/,
        tool: 'the Next.js build reported a type error',
        confidence: 0.85
    },
    {
        id: 'frontend-build-failed',
        category: 'code_failure',
        pattern: /^Failed to compile\.$/,
        tool: 'the front-end build (Next.js, Create React App) failed to compile',
        confidence: 0.75,
        generic: true
    },
    {
        id: 'generated-files-stale',
        category: 'code_failure',
        pattern: /Please (?:rebuild|regenerate|re-run \S+|run `?[\w ./:-]+`?) and commit|files? (?:are|is) (?:out of date|not up to date)|changed when we built|Generated (?:code|files?) (?:is|are) out of date|uncommitted changes after (?:build|generation|running)/i,
        tool: 'a check found generated files out of date with their sources',
        confidence: 0.8
    },
    {
        id: 'terraform-invalid',
        category: 'code_failure',
        pattern: /^(?:│\s*)?Error: (?:Unsupported (?:argument|block type|attribute)|Reference to undeclared|Missing required argument|Invalid (?:reference|expression|function argument))/,
        tool: 'terraform validate reported invalid configuration',
        confidence: 0.85
    }
];
const dependency = [
    {
        id: 'npm-eresolve',
        category: 'dependency',
        pattern: /\bERESOLVE (?:unable to resolve|could not resolve)|npm (?:ERR!|error) code ERESOLVE|Conflicting peer dependency/,
        tool: 'npm could not resolve the dependency tree (ERESOLVE)',
        confidence: 0.95
    },
    {
        id: 'npm-etarget',
        category: 'dependency',
        pattern: /npm (?:ERR!|error) code ETARGET|No matching version found for \S+/,
        tool: 'npm found no version matching a requested range (ETARGET)',
        confidence: 0.95
    },
    {
        id: 'npm-e404',
        category: 'dependency',
        pattern: /npm (?:ERR!|error) code E404|npm (?:ERR!|error) 404 .*(?:Not Found|is not in this registry)/,
        tool: 'npm could not find a package in the registry (E404)',
        confidence: 0.85
    },
    {
        id: 'npm-lockfile-sync',
        category: 'dependency',
        pattern: /can only install packages when your package\.json and|^(?:npm (?:ERR!|error) )?(?:Missing|Invalid): \S+ from lock file/,
        tool: 'npm ci found package.json and package-lock.json out of sync',
        confidence: 0.95
    },
    {
        id: 'yarn-lockfile',
        category: 'dependency',
        pattern: /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|The lockfile would have been (?:modified|created) by this install, which is explicitly forbidden/,
        tool: 'yarn refused to change the lockfile (--frozen-lockfile / --immutable)',
        confidence: 0.95
    },
    {
        id: 'yarn-not-found',
        category: 'dependency',
        pattern: /Couldn't find any versions for "|error Couldn't find package "|No candidates found|YN0001: .*(?:No candidates|not found)/,
        tool: 'yarn could not find a package or version',
        confidence: 0.9
    },
    {
        id: 'pnpm-resolution',
        category: 'dependency',
        pattern: /ERR_PNPM_(?:OUTDATED_LOCKFILE|FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE|NO_MATCHING_VERSION|PEER_DEP_ISSUES|LOCKFILE_CONFIG_MISMATCH|FETCH_404|NO_VERSIONS|UNSUPPORTED_ENGINE)/,
        tool: 'pnpm could not resolve dependencies or found the lockfile out of date',
        confidence: 0.95
    },
    {
        id: 'pip-no-distribution',
        category: 'dependency',
        pattern: /No matching distribution found for|Could not find a version that satisfies the requirement/,
        tool: 'pip found no distribution matching a requirement',
        confidence: 0.9
    },
    {
        id: 'pip-conflict',
        category: 'dependency',
        pattern: /ResolutionImpossible|because these package versions have conflicting dependencies|THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE/,
        tool: 'pip could not resolve conflicting requirements',
        confidence: 0.95
    },
    {
        id: 'python-build-dependency',
        category: 'dependency',
        pattern: /Failed building wheel for \S+|Failed to build installable wheels|Getting requirements to build wheel did not run successfully|metadata-generation-failed/,
        tool: 'pip could not build a dependency from source',
        confidence: 0.75
    },
    {
        id: 'node-gyp-failed',
        category: 'dependency',
        pattern: /gyp ERR! (?:build error|not ok|configure error)|node-pre-gyp ERR! (?:build error|install error|not ok)/,
        tool: 'node-gyp could not build a native package during install',
        confidence: 0.75
    },
    {
        id: 'version-solving-failed',
        category: 'dependency',
        pattern: /version solving failed|SolverProblemError|No solution found when resolving dependencies|Because (?:there is no version of|no versions of) \S+/,
        tool: 'a resolver (poetry, uv, dart pub) found no versions satisfying the constraints',
        confidence: 0.95
    },
    {
        id: 'python-lockfile',
        category: 'dependency',
        pattern: /poetry\.lock (?:is not consistent|was last generated)|pyproject\.toml changed significantly since poetry\.lock|The lockfile at `uv\.lock` needs to be updated|Pipfile\.lock \(\w+\) out of date/,
        tool: 'the Python lockfile is out of date with its manifest',
        confidence: 0.95
    },
    {
        id: 'conda-unsatisfiable',
        category: 'dependency',
        pattern: /PackagesNotFoundError|UnsatisfiableError|ResolvePackageNotFound|LibMambaUnsatisfiableError/,
        tool: 'conda could not find or resolve packages',
        confidence: 0.95
    },
    {
        id: 'maven-unresolved',
        category: 'dependency',
        pattern: /Could not resolve dependencies for project|The following artifacts could not be resolved|Could not find artifact \S+|Non-resolvable (?:parent POM|import POM)|(?:Plugin|artifact) \S+ or one of its dependencies could not be resolved/,
        tool: 'Maven could not resolve project dependencies',
        confidence: 0.95
    },
    {
        id: 'gradle-unresolved',
        category: 'dependency',
        pattern: /Could not resolve all (?:files|dependencies|artifacts|task dependencies) for configuration|Could not (?:find|resolve) [\w.-]+:[\w.-]+:[\w.+-]+\.?$|Plugin \[id: '[^']+'.*\] was not found/,
        tool: 'Gradle could not resolve dependencies',
        confidence: 0.9
    },
    {
        id: 'sbt-ivy-unresolved',
        category: 'dependency',
        pattern: /unresolved dependency: |sbt\.librarymanagement\.ResolveException|Error downloading [\w.-]+:[\w.-]+:/,
        tool: 'sbt could not resolve dependencies',
        confidence: 0.95
    },
    {
        id: 'tycho-p2-unresolved',
        category: 'dependency',
        pattern: /Cannot resolve (?:project )?dependencies|Missing requirement: .* but it could not be found/,
        tool: 'Tycho/p2 could not resolve dependencies',
        confidence: 0.9
    },
    {
        id: 'go-module',
        category: 'dependency',
        pattern: /missing go\.sum entry|go: updates to go\.mod needed|inconsistent vendoring|unknown revision \S+|found, but does not contain package|cannot find module providing package|go\.mod file indicates go \S+, but maximum (?:version )?supported version is|(?:^|\s)verifying \S+: checksum mismatch|: verifying module: checksum mismatch/,
        tool: 'Go modules could not be resolved or go.mod/go.sum are out of date',
        confidence: 0.95
    },
    {
        id: 'go-checksum-advice',
        category: 'dependency',
        pattern: /This download does NOT match (?:the one reported by the checksum server|an earlier download recorded in go\.sum)/,
        tool: 'go explained a module checksum mismatch',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'cargo-resolution',
        category: 'dependency',
        pattern: /failed to select a version for|no matching package named `?\S+`? found|the lock file \S+ needs to be updated but --locked was passed|cannot be built because it requires rustc \S+ or newer/,
        tool: 'cargo could not resolve a dependency version',
        confidence: 0.95
    },
    {
        id: 'bundler-resolution',
        category: 'dependency',
        pattern: /Bundler could not find compatible versions for gem|Could not find gem '|Your bundle is locked to .* but that version could not be found|You are trying to install in deployment mode after changing|This Gemfile requires a different version of Bundler|Gem::Ext::BuildError|\(Gem::GemNotFoundException\)|can't find gem bundler \(/,
        tool: 'Bundler could not resolve or install gems',
        confidence: 0.95
    },
    {
        id: 'mix-deps',
        category: 'dependency',
        pattern: /the dependency is not (?:locked|available)\.?|lock (?:mismatch: the dependency is out of date|outdated: the lock is outdated)/,
        tool: 'mix found dependencies missing, unlocked or out of date with mix.lock',
        confidence: 0.9
    },
    {
        id: 'mix-deps-summary',
        category: 'dependency',
        pattern: /^Unchecked dependencies for environment \w+:|\*\* \(Mix\) Can't continue due to errors on dependencies/,
        tool: 'mix stopped on dependency errors',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'terraform-provider',
        category: 'dependency',
        pattern: /Could not retrieve the list of available versions for provider \S+: (?:no available releases match the given constraints|provider registry \S+ does not have a provider named)/,
        tool: 'terraform init found no provider version matching the constraints',
        confidence: 0.9
    },
    {
        id: 'install-error-generic',
        category: 'dependency',
        pattern: /An error occur+ed while installing \S+/,
        tool: 'a package manager failed to install a package',
        confidence: 0.75
    },
    {
        id: 'composer-resolution',
        category: 'dependency',
        pattern: /Your requirements could not be resolved to an installable set of packages|Your lock file does not contain a compatible set of packages|The lock file is not up to date with the latest changes in composer\.json|-> no matching package found|The requested package \S+ (?:could not be found|exists as)|it is missing from your system/,
        tool: 'Composer could not resolve the requirements',
        confidence: 0.95
    },
    {
        id: 'nuget-restore',
        category: 'dependency',
        pattern: /error NU1(?:10[0-9]|20[0-9]|60[0-9]|40[0-9]):\s+[A-Z]|Unable to find package \S+|Unable to resolve '[^']+ \(/,
        tool: 'NuGet restore could not resolve packages',
        confidence: 0.9
    },
    {
        id: 'cocoapods-resolution',
        category: 'dependency',
        pattern: /CocoaPods could not find compatible versions for pod|None of your spec sources contain a spec satisfying|The sandbox is not in sync with the Podfile\.lock/,
        tool: 'CocoaPods could not resolve pods',
        confidence: 0.95
    },
    {
        id: 'swiftpm-resolution',
        category: 'dependency',
        pattern: /Dependencies could not be resolved because/,
        tool: 'Swift Package Manager could not resolve dependencies',
        confidence: 0.9
    },
    {
        id: 'helm-dependency',
        category: 'dependency',
        pattern: /found in Chart\.yaml, but missing in charts\/ directory|no repository definition for /,
        tool: 'Helm could not find chart dependencies',
        confidence: 0.85
    },
    {
        id: 'r-package-missing',
        category: 'dependency',
        pattern: /Package required but not available|there is no package called ‘|dependenc(?:y|ies) .* (?:is|are) not available/,
        tool: 'R could not install a required package',
        confidence: 0.85
    },
    {
        id: 'cmake-package-missing',
        category: 'dependency',
        pattern: /Could NOT find \w+|Could not find a package configuration file provided by|By not providing "Find\w+\.cmake"/,
        tool: 'CMake could not find a required package',
        confidence: 0.85
    },
    {
        id: 'apt-package-missing',
        category: 'dependency',
        pattern: /E: Unable to locate package|E: Package '\S+' has no installation candidate|The following packages have unmet dependencies|E: Version '\S+' for '\S+' was not found/,
        tool: 'apt could not find or install a package',
        confidence: 0.9
    },
    {
        id: 'cabal-stack-resolution',
        category: 'dependency',
        pattern: /Could not resolve dependencies:|While constructing the build plan/,
        tool: 'cabal/stack could not resolve dependencies',
        confidence: 0.9
    },
    {
        id: 'lockfile-outdated',
        category: 'dependency',
        pattern: /lock ?file (?:is )?(?:out of date|outdated|not up to date|needs to be updated)|Inconsistent dependency lock file/i,
        tool: 'the dependency lockfile is out of date',
        confidence: 0.85
    },
    {
        id: 'terraform-providers',
        category: 'dependency',
        pattern: /no available releases match the given constraints|Could not retrieve the list of available versions for provider/,
        tool: 'terraform init could not resolve a provider version',
        confidence: 0.9
    },
    {
        id: 'docker-image-missing',
        category: 'dependency',
        pattern: /manifest for \S+ not found|manifest unknown|failed to resolve source metadata for \S+: .*not found/,
        tool: 'docker could not find the requested image tag',
        confidence: 0.8
    },
    {
        id: 'action-missing',
        category: 'dependency',
        pattern: /Unable to resolve action `?\S+`?, (?:repository or version |repository )?not found|Can't find 'action\.ya?ml'/,
        tool: 'GitHub Actions could not resolve a referenced action version',
        confidence: 0.85
    },
    {
        id: 'package-not-found-404',
        category: 'dependency',
        pattern: /\b404 Not Found\b.*\.(?:tgz|tar\.gz|whl|jar|pom|gem|nupkg|zip|sig|crate)\b|^\* Failure 404 Not Found|Not Found - GET https?:\/\/\S+/,
        tool: 'a package download answered 404 Not Found',
        confidence: 0.75
    },
    {
        id: 'module-not-found-runtime',
        category: 'dependency',
        pattern: /ModuleNotFoundError: No module named|Error: Cannot find module '[^./]/,
        tool: 'a required module is not installed',
        confidence: 0.5
    },
    {
        id: 'pip-resolver-warning',
        category: 'dependency',
        pattern: /pip's dependency resolver does not currently take into account all the packages/,
        tool: 'pip warned about incompatible installed packages',
        confidence: 0.35
    }
];
const securityScan = [
    {
        id: 'npm-audit-report',
        category: 'security_scan',
        pattern: /^# npm audit report|Failed security audit due to \w+ vulnerabilities|\d+ vulnerabilities found - Packages audited/,
        tool: 'npm/yarn audit reported vulnerable dependencies',
        confidence: 0.9
    },
    {
        id: 'audit-summary',
        category: 'security_scan',
        pattern: /\b[1-9]\d* (?:(?:low|moderate|high|critical) severity )?vulnerabilit(?:y|ies)\b(?! found - Packages audited)/i,
        tool: 'a dependency audit counted vulnerabilities',
        confidence: 0.5,
        generic: true
    },
    {
        id: 'found-vulnerabilities',
        category: 'security_scan',
        pattern: /\bFound [1-9]\d* (?:known )?vulnerabilit(?:y|ies)\b|\berror: [1-9]\d* vulnerabilit(?:y|ies) found|Vulnerabilities found!|Your code is affected by \d+ vulnerabilit|-> Vulnerability found in \S+ version/i,
        tool: 'a vulnerability scanner (pip-audit, cargo audit, bundler-audit, govulncheck) found vulnerabilities',
        confidence: 0.9
    },
    {
        id: 'trivy-findings',
        category: 'security_scan',
        pattern: /^(?:Total|Failures): [1-9]\d* \((?:UNKNOWN|LOW|MEDIUM|HIGH|CRITICAL):|[│|]\s*LIBRARY\s*[│|]\s*VULNERABILITY ID\s*[│|]|[│|]\s*Library\s*[│|]\s*Vulnerability\s*[│|]/,
        tool: 'trivy reported vulnerabilities',
        confidence: 0.9,
        // The count and the table header: the vulnerable packages are the rows below them.
        generic: true
    },
    {
        id: 'snyk-findings',
        category: 'security_scan',
        pattern: /Tested \d+ dependencies for known (?:issues|vulnerabilities), found [1-9]\d* (?:issues|vulnerabilities)|✗ (?:Low|Medium|High|Critical) severity (?:vulnerability|issue) found|✗ \[(?:Low|Medium|High)\]/,
        tool: 'snyk test found vulnerabilities',
        confidence: 0.95
    },
    {
        id: 'grype-threshold',
        category: 'security_scan',
        pattern: /discovered vulnerabilities at or above the severity threshold/,
        tool: 'grype found vulnerabilities at or above the --fail-on severity',
        confidence: 0.95
    },
    {
        id: 'dependency-check-cvss',
        category: 'security_scan',
        pattern: /identified with vulnerabilities that have a CVSS score greater than or equal to/,
        tool: 'OWASP dependency-check failed on CVSS threshold',
        confidence: 0.95
    },
    {
        id: 'secret-scanner',
        category: 'security_scan',
        pattern: /leaks found: [1-9]\d*|Gitleaks encountered leaks|Found verified result 🐷🔑|Potential secrets about to be committed|Secret detected|secrets? (?:were|was) detected/i,
        tool: 'a secret scanner (gitleaks, trufflehog, detect-secrets) found secrets',
        confidence: 0.95
    },
    {
        id: 'sast-findings',
        category: 'security_scan',
        pattern: /^>> Issue: \[B\d{3}:\w+\]|\(\d+ blocking\)|[1-9]\d* (?:new )?(?:code scanning|CodeQL) alerts?|Check: CKV_\w+|Vulnerability #\d+: GO-\d{4}-\d+/i,
        tool: 'a static security analyser (bandit, semgrep, CodeQL, checkov) reported findings',
        confidence: 0.85
    },
    {
        id: 'checkov-summary',
        category: 'security_scan',
        pattern: /Passed checks: \d+, Failed checks: [1-9]\d*/,
        tool: 'checkov counted failed policy checks',
        confidence: 0.9,
        generic: true
    },
    {
        id: 'tfsec-findings',
        category: 'security_scan',
        pattern: /^\s*[1-9]\d* potential problems? detected\.?$/,
        tool: 'tfsec found security problems in Terraform code',
        confidence: 0.85
    },
    {
        id: 'codeql-autobuild',
        category: 'security_scan',
        pattern: /We were unable to automatically build your code\. Please (?:replace the call to the autobuild action|change the build mode)/,
        tool: 'CodeQL could not build the code it was asked to analyse (autobuild failed)',
        confidence: 0.8
    },
    {
        id: 'advisory-id',
        category: 'security_scan',
        pattern: /\bRUSTSEC-\d{4}-\d{4}\b|\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b|\bPYSEC-\d{4}-\d+\b|\bCVE-\d{4}-\d{4,}\b/,
        tool: 'a security advisory was reported for a dependency',
        confidence: 0.6
    },
    {
        id: 'scanner-command',
        category: 'security_scan',
        pattern: /^(?:\$ |\+ |> |Run )?(?:grype|trivy (?:image|fs|repo|config)|snyk (?:test|code test|container test)|npm audit|yarn audit|pnpm audit|pip-audit|safety check|bandit|gitleaks|osv-scanner|cargo audit|bundle(?:r)?-audit|govulncheck|dependency-check)\b/,
        tool: 'a security scanner ran as the failing command',
        confidence: 0.6
    }
];
const infrastructure = [
    {
        id: 'job-timeout',
        category: 'infrastructure',
        pattern: /has exceeded the maximum execution time of|The job exceeded the maximum time limit|The action '[^']+' has timed out after \d+ minutes|No output has been received in the last \d+m|Build timed out \(after \d+ minutes\)|^(?:Error: )?The action has timed out\.$/,
        tool: 'the job hit its time limit',
        confidence: 0.97
    },
    {
        id: 'timeout-command',
        category: 'infrastructure',
        pattern: /exited with 124\b|exit (?:code|status) 124\b/,
        tool: 'a command was killed by timeout(1) (exit 124)',
        confidence: 0.75
    },
    {
        id: 'runner-lost',
        category: 'infrastructure',
        pattern: /The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error|We stopped hearing from agent|no enabled runners online|was not acquired by Runner|An error occurred while provisioning resources|did not respond to a cancelation request|GitHub Actions has encountered an internal error when running your job/,
        tool: 'the GitHub Actions runner shut down or lost contact with the service',
        confidence: 0.97
    },
    {
        id: 'ci-agent-lost',
        category: 'infrastructure',
        pattern: /hudson\.remoting\.(?:Channel\$OrderlyShutdown|ChannelClosedException|RequestAbortedException)|Backing channel '.*' is disconnected|Agent went offline during the build/,
        tool: 'the CI agent disconnected from its controller',
        confidence: 0.9
    },
    {
        id: 'disk-full',
        category: 'infrastructure',
        pattern: /No space left on device|ENOSPC: no space left|not enough space on the disk|You are running out of disk space|disk quota exceeded/i,
        tool: 'the runner ran out of disk space',
        confidence: 0.95
    },
    {
        id: 'oom-killed',
        category: 'infrastructure',
        pattern: /OOMKilled|Out of memory: Killed process|JavaScript heap out of memory|Cannot allocate memory|java\.lang\.OutOfMemoryError|^\s*(?:\S+: )?Killed$|signal: killed/,
        tool: 'the process was killed for running out of memory',
        confidence: 0.85
    },
    {
        id: 'exit-137',
        category: 'infrastructure',
        pattern: /exit(?:ed)? (?:with )?(?:code|status)[: ]*137\b|\(exit code 137\)/,
        tool: 'the process was killed by SIGKILL, most often for running out of memory (exit 137)',
        confidence: 0.85,
        // The exit code follows the kill: the out-of-memory message, when there is one, says more.
        generic: true
    },
    {
        id: 'network-error',
        category: 'infrastructure',
        pattern: /\b(?:ETIMEDOUT|ECONNRESET|EAI_AGAIN|ESOCKETTIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b|socket hang up|Temporary failure in name resolution|Could not resolve host|Connection timed out|Connection reset by peer|TLS handshake timeout|i\/o timeout|Read timed out|ReadTimeoutError|Max retries exceeded with url|Network is unreachable|Empty reply from server|RPC failed; curl \d+|request to \S+ failed, reason:|Could not (?:create connection|connect) to|Failed to connect to \S+ port \d+|Couldn't (?:establish|connect)|waiting for connection \(Client\.Timeout|Unable to load the service index for source|spurious network error|There appears to be trouble with your network connection|Socket connection timeout|context deadline exceeded|RPC failed; HTTP (?:408|5\d\d) curl \d+|Temporary failure resolving '/i,
        tool: 'a network connection to a registry or service failed (timeout, reset, DNS)',
        confidence: 0.85,
        transient: true
    },
    {
        id: 'npm-network-advice',
        category: 'infrastructure',
        pattern: /npm (?:ERR!|error) network\b/,
        tool: 'npm failed on a network error',
        confidence: 0.85,
        transient: true,
        // npm's advice after the error ("This is a problem related to network connectivity").
        generic: true
    },
    {
        id: 'server-error-5xx',
        category: 'infrastructure',
        pattern: /\b(?:500 Internal Server Error|502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|504 Gateway Time-?out)\b|\(5\d\d\) (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|returned error: 5\d\d\b|(?:status code|StatusCode|status)[: ]+5\d\d\b|Received status code 5\d\d|npm (?:ERR!|error) 5\d\d |npm (?:ERR!|error) code E5\d\d\b|Registry returned 5\d\d for|publish Failed PUT 5\d\d|failed to get 200 response from \S+,? got 5\d\d|(?:^|\s)(?:Http)?Error: (?:Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\s*$/i,
        tool: 'a registry or service answered with an HTTP 5xx error',
        confidence: 0.85,
        transient: true
    },
    {
        id: 'rate-limit',
        category: 'infrastructure',
        pattern: /API rate limit exceeded|secondary rate limit|You have reached your pull rate limit|toomanyrequests|429 Too Many Requests|rate limit(?:ed| exceeded| reached)|(?:status code|status)[: ]+429\b/i,
        tool: 'a service rate limit was hit',
        confidence: 0.9,
        transient: true
    },
    {
        id: 'billing-quota',
        category: 'infrastructure',
        pattern: /recent account payments have failed|spending limit needs to be increased|Artifact storage quota has been hit|exceeded (?:the|your) (?:storage |usage )?quota/i,
        tool: 'an account quota or billing limit stopped the job',
        confidence: 0.95
    },
    {
        id: 'actions-service',
        category: 'infrastructure',
        pattern: /Failed to (?:CreateArtifact|FinalizeArtifact)|Create Artifact Container failed|Artifact service responded with \d+|Cache service responded with 5\d\d|Cannot connect to the Docker daemon|Failed to download action '/,
        tool: 'the artifact, cache or Docker service failed',
        confidence: 0.85,
        transient: true
    },
    {
        id: 'tls-certificate',
        category: 'infrastructure',
        pattern: /SSL connect error|certificate verify failed|server certificate verification failed|no certificate subject alternative name matches|certificate has expired|SSL routines:.*handshake failure/i,
        tool: 'a TLS connection to a service failed certificate or handshake checks',
        confidence: 0.7
    },
    {
        id: 'git-dubious-ownership',
        category: 'infrastructure',
        pattern: /detected dubious ownership in repository|unsafe repository \('.*' is owned by someone else\)/,
        tool: "git refused the runner's workspace (safe.directory ownership check)",
        confidence: 0.85
    }
];
const authentication = [
    {
        id: 'github-bad-credentials',
        category: 'authentication',
        pattern: /Bad credentials|Resource not accessible by (?:integration|personal access token)|Requires authentication|Must have admin rights to Repository/,
        tool: 'the GitHub API rejected the token (bad credentials or missing permission)',
        confidence: 0.95
    },
    {
        id: 'git-permission-denied',
        category: 'authentication',
        pattern: /remote: Permission to \S+ denied to|Write access to repository not granted|Support for password authentication was removed|Invalid username or (?:password|token)|Authentication failed for '|could not read (?:Username|Password) for/,
        tool: 'git could not authenticate to the remote or the token lacks write access',
        confidence: 0.95
    },
    {
        id: 'git-workflow-permission',
        category: 'authentication',
        pattern: /refusing to allow an? (?:GitHub App|Personal Access Token|OAuth App) to create or update workflow/,
        tool: 'git push was refused because the token lacks the workflows permission',
        confidence: 0.97
    },
    {
        id: 'ssh-publickey',
        category: 'authentication',
        pattern: /Permission denied \(publickey|Host key verification failed/,
        tool: 'SSH authentication failed (deploy key or known host missing)',
        confidence: 0.95
    },
    {
        id: 'git-repository-not-found',
        category: 'authentication',
        pattern: /^remote: Repository not found\.?$/,
        tool: 'the git host answered Repository not found: the token cannot see the repository (or its name is wrong)',
        confidence: 0.75
    },
    {
        id: 'protected-branch',
        category: 'authentication',
        pattern: /GH006: Protected branch update failed|GH013: Repository rule violations found/,
        tool: 'a push was refused by branch protection or repository rules',
        confidence: 0.8
    },
    {
        id: 'npm-auth',
        category: 'authentication',
        pattern: /npm (?:ERR!|error) code (?:E401|E403|ENEEDAUTH)|Unable to authenticate, need: |You must be logged in to publish packages|ERR_PNPM_FETCH_40[13]|YN0041/,
        tool: 'the npm registry rejected the credentials (E401/E403/ENEEDAUTH)',
        confidence: 0.95
    },
    {
        id: 'registry-http-401-403',
        category: 'authentication',
        pattern: /(?:status code|StatusCode|status|returned error|responded with|Response status code does not indicate success)[:= ]+40[13]\b|Received status code 40[13]|\b40[13] (?:Unauthorized|Forbidden) - (?:GET|PUT|POST|HEAD) https?:|HTTPError: 40[13]|\(40[13]\) Unauthorized|Unauthorized\s*\(401\)/i,
        tool: 'a registry or service refused the request with 401/403 (credentials missing, wrong or without access)',
        confidence: 0.9
    },
    {
        id: 'http-401-403',
        category: 'authentication',
        pattern: /\b401 Unauthorized\b|\b403 Forbidden\b/i,
        tool: 'a service answered 401 Unauthorized or 403 Forbidden',
        confidence: 0.75
    },
    {
        id: 'registry-auth',
        category: 'authentication',
        pattern: /Invalid or non-existent authentication information|unauthorized: authentication required|denied: requested access to the resource is denied|Cannot perform an interactive login from a non TTY device|failed to authenticate when downloading|authentication required but no callback set|unauthorized: incorrect username or password|Error response from daemon: (?:Get|Head) "?https?:\/\/\S+"?: denied: |You must be logged in to the server|requires an authenticated account\. Please run `\w+ auth`|Trusted publishing exchange failure|`invalid-publisher`: valid token, but no corresponding publisher/i,
        tool: 'a package or container registry rejected the credentials',
        confidence: 0.9
    },
    {
        id: 'cloud-credentials',
        category: 'authentication',
        pattern: /Credentials could not be loaded|Could not load credentials from any providers|Unable to locate credentials|The security token included in the request is (?:invalid|expired)|InvalidClientTokenId|ExpiredToken|Not authorized to perform sts:AssumeRoleWithWebIdentity|No valid credential sources found|AADSTS\d+|You do not currently have an active account selected|Unable to get ACTIONS_ID_TOKEN_REQUEST_URL|Could not assume role with OIDC|No OpenIDConnect provider found in your account/,
        tool: 'cloud credentials (AWS, Azure, GCP, OIDC) were missing, invalid or expired',
        confidence: 0.95
    },
    {
        id: 'missing-secret-input',
        category: 'authentication',
        pattern: /Input required and not supplied: \S*(?:token|key|password|secret|credentials)\S*|set the GH_TOKEN environment variable|must specify exactly one of "workload_identity_provider" or "credentials_json"/i,
        tool: 'a required secret input was empty (secret missing or not available to this event)',
        confidence: 0.9
    },
    {
        id: 'token-expired',
        category: 'authentication',
        pattern: /\b(?:token|credentials?) (?:has |have )?expired\b|\bToken is expired\b|invalid_grant|Your credentials are invalid|Invalid credentials/i,
        tool: 'a token or credential expired or is invalid',
        confidence: 0.85
    }
];
const RULES = [
    ...branchConflict,
    ...testFailure,
    ...codeFailure,
    ...dependency,
    ...securityScan,
    ...infrastructure,
    ...authentication
];
/**
 * Normalises a log line for rule matching: drops workflow-command prefixes
 * (`##[error]`, `::error file=...::`) and BuildKit step prefixes (`#9 25.53 `),
 * which would otherwise defeat patterns anchored at the start of a tool's message.
 */
function bareLine(line) {
    // Most lines start with neither prefix: skip both searches.
    const first = line.charCodeAt(0);
    if (first !== 0x23 && first !== 0x3a)
        return line;
    return line
        .replace(/^(?:##\[(?:error|warning|notice)[^\]]*\]|::(?:error|warning|notice)[^:]*::)\s*/, '')
        .replace(/^#\d+ [\d.]+ /, '');
}
/** Every rule that matches a line. */
function matchRules(line) {
    const bare = bareLine(line);
    return RULES.filter(rule => rule.pattern.test(bare));
}
/** Weaker rules are hints at a category, not statements of a failure. */
const NAMING_CONFIDENCE = 0.55;
/**
 * Whether a rule's match is a line a maintainer would quote as the failure: a particular
 * error, not a count, a summary or the advice a tool prints after the error.
 */
function namesFailure(rule) {
    return rule.generic !== true && rule.confidence >= NAMING_CONFIDENCE;
}
/** Whether a line states a particular failure (see `namesFailure`). */
function namesTheFailure(line) {
    return matchRules(line).some(namesFailure);
}


/***/ })

};
