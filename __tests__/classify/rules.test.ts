import { describe, expect, it } from '@jest/globals'
import { classifyExcerpt } from '../../src/classify/classifier.js'
import { literalRequirement, PatternPrefilter, TagSet } from '../../src/classify/literals.js'
import { bareLine, matchRules, RULES } from '../../src/classify/rules.js'

/** One realistic line per rule, in the tool's own words (invented projects and values). */
const SAMPLES: Record<string, string[]> = {
  'git-push-rejected': [
    ' ! [rejected]        main -> main (non-fast-forward)',
    ' ! [rejected]  HEAD -> gh-pages (fetch first)'
  ],
  'git-updates-rejected-hint': [
    'hint: Updates were rejected because the remote contains work that you do not'
  ],
  'git-failed-to-push': ["error: failed to push some refs to 'https://github.com/acme/widgets.git'"],
  'git-cannot-lock-ref': [
    "error: cannot lock ref 'refs/heads/automated/bump-deps': is at 3f2c1a0 but expected 9d8e7b6"
  ],
  'git-merge-conflict': ['CONFLICT (content): Merge conflict in package-lock.json'],
  'git-rebase-conflict': ['error: could not apply 4e5f6a7... chore: regenerate client'],
  'jest-fail-file': [' FAIL  src/cart/total.test.ts'],
  'jest-test-title': ['  ● Cart › total › applies the coupon once'],
  'jest-summary': ['Tests:       2 failed, 118 passed, 120 total'],
  'jest-expect': ['    expect(received).toEqual(expected) // deep equality'],
  'assertion-error': ["AssertionError [ERR_ASSERTION]: Expected values to be strictly equal: 'a' !== 'b'"],
  'expected-but-was': ['  CartTest.totalWithCoupon:41 expected:<90> but was:<100>'],
  'mocha-failing': ['  3 failing'],
  'pytest-failed-test': ['FAILED tests/test_cart.py::test_total_with_coupon - assert 100 == 90'],
  'pytest-summary': ['==================== 2 failed, 311 passed in 12.48s ===================='],
  'pytest-assert': ['E       assert 100 == 90'],
  'pytest-failure-section': [
    '____________________________ test_total_with_coupon ____________________________'
  ],
  'unittest-fail': ['FAIL: test_total_with_coupon (tests.test_cart.CartTest.test_total_with_coupon)'],
  'unittest-summary': ['FAILED (failures=1)'],
  'go-test-fail': ['--- FAIL: TestTotalWithCoupon (0.00s)'],
  'go-test-package-fail': ['FAIL\tgithub.com/acme/widgets/cart\t0.412s'],
  'go-test-timeout': ['panic: test timed out after 10m0s'],
  'surefire-failures': [
    '[ERROR] Tests run: 14, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 0.31 s <<< FAILURE!',
    'totalWithCoupon(acme.CartTest)  Time elapsed: 0.01 sec  <<< FAILURE!'
  ],
  'surefire-summary': ['[ERROR] Tests run: 14, Failures: 2, Errors: 0, Skipped: 0'],
  'maven-test-failures': [
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project cart: There are test failures.'
  ],
  'gradle-test-failed': ['CartTest > totalWithCoupon() FAILED'],
  'gradle-test-summary': ['42 tests completed, 1 failed', "Execution failed for task ':app:test'."],
  'rspec-failures': [
    '12 examples, 1 failure',
    'rspec ./spec/models/cart_spec.rb:27 # Cart#total applies the coupon',
    'bin/rails test test/models/cart_test.rb:14'
  ],
  'rspec-expectation': [' (RSpec::Expectations::ExpectationNotMetError)'],
  'minitest-failures': ['31 runs, 77 assertions, 1 failures, 0 errors, 0 skips'],
  'phpunit-failures': [
    'Failed asserting that 100 matches expected 90.',
    '1) Acme\\Tests\\CartTest::testTotalWithCoupon'
  ],
  'phpunit-summary': ['FAILURES!', 'Tests: 48, Assertions: 120, Failures: 1.'],
  'dotnet-test-failed': [
    '  Failed Acme.Cart.Tests.TotalTests.AppliesCoupon [27 ms]',
    'Failed!  - Failed:     1, Passed:    57, Skipped:     0, Total:    58'
  ],
  'cargo-test-failed': [
    'test cart::tests::applies_coupon ... FAILED',
    '---- cart::tests::applies_coupon stdout ----'
  ],
  'cargo-test-summary': ['test result: FAILED. 41 passed; 1 failed; 0 ignored'],
  'rust-panic-assert': [
    "thread 'cart::tests::applies_coupon' panicked at src/cart.rs:88:9: assertion `left == right` failed",
    'assertion `left == right` failed'
  ],
  'tap-failed': ['not ok 3 - applies the coupon once'],
  'tap-summary': [
    'Failed 1/13 subtests',
    't/cart.t (Wstat: 256 Tests: 13 Failed: 1) Dubious, test returned 1'
  ],
  'exunit-failures': ['  1) test total applies the coupon (Acme.CartTest)'],
  'exunit-summary': ['48 tests, 1 failure'],
  'ginkgo-failed': ['[Fail] Cart totals [It] applies the coupon once '],
  'ginkgo-summary': ['FAIL! -- 41 Passed | 1 Failed | 0 Pending | 0 Skipped'],
  'gocheck-failed': [
    'FAIL: cart_test.go:57: CartSuite.TestCoupon',
    'PANIC: cart_test.go:81: CartSuite.TearDownTest'
  ],
  'cucumber-failed': [
    'Failing Scenarios:',
    'cucumber features/cart.feature:12 # Scenario: applying a coupon'
  ],
  'common-test-failed': ['cart_SUITE:apply_coupon failed on line 57'],
  'scalatest-failed': ['[info] - should apply the coupon once *** FAILED ***'],
  'xctest-failed': [
    'CartTests.swift:33: error: -[CartTests testCoupon] : XCTAssertEqual failed: ("100") is not equal to ("90")'
  ],
  'r-tests-failed': ["Running the tests in 'tests/testthat.R' failed."],
  'karma-failed': [
    'Chrome Headless 120.0.0 (Linux x86_64): Executed 64 of 64 (2 FAILED) (0.8 secs / 0.7 secs)'
  ],
  'e2e-failed': [
    '  ✖  1 of 12 failed (8%)                     02:31       41       40        1        -        -'
  ],
  'generic-tests-failed': ['2 tests failed.'],
  'tsc-error': ["src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'."],
  'tsc-summary': ['[10:02:13 AM] Found 2 errors. Watching for file changes.'],
  'eslint-error': ["  14:9  error  'total' is assigned a value but never used  no-unused-vars"],
  'eslint-summary': ['✖ 3 problems (2 errors, 1 warning)'],
  'lint-rule-suffix': ['  3:1  Expected empty line before rule  (rule-empty-line-before)'],
  'prettier-check': ['[warn] Code style issues found in 3 files. Run Prettier with --write to fix.'],
  'python-formatter': [
    'would reformat src/acme/cart.py',
    '2 files would be reformatted, 40 files would be left unchanged.'
  ],
  'python-lint': ["src/acme/cart.py:3:1: F401 'os' imported but unused"],
  'mypy-error': [
    'src/acme/cart.py:42: error: Argument 1 to "apply" has incompatible type "str"; expected "int"  [arg-type]',
    '  src/acme/helpers.py:93: error: Unused "type: ignore" comment'
  ],
  'mypy-summary': [
    'Found 3 errors in 2 files (checked 41 source files)',
    '  Found 1 error in 1 file (errors prevented further checking)'
  ],
  'pyright-error': [
    '/home/runner/work/shop/shop/src/cart.py:42:12 - error: Argument of type "str" cannot be assigned to parameter "qty" of type "int"'
  ],
  'ruff-summary': ['[*] 2 fixable with the `--fix` option.'],
  'python-syntax-error': ['SyntaxError: invalid syntax'],
  'rustc-error': ['error[E0425]: cannot find value `total` in this scope'],
  'rustc-summary': [
    'error: could not compile `cart` (lib) due to 1 previous error',
    'error: aborting due to 2 previous errors'
  ],
  'rustfmt-diff': ['Diff in /home/runner/work/cart/cart/src/lib.rs at line 12:'],
  'clippy-deny': ['  = note: `-D clippy::needless-return` implied by `-D warnings`'],
  'go-compile-error': [
    'cart/total.go:17:2: undefined: applyCoupon',
    'FAIL\tgithub.com/acme/cart [build failed]'
  ],
  'go-lint': [
    'cart/total.go:22:9: Error return value of `f.Close` is not checked (errcheck)',
    '##[error]Error return value of `f.Close` is not checked (errcheck)',
    '  Error: `applyCoupon` is unused (deadcode)',
    'level=error msg="Running error: buildir: analysis skipped: errors in package: [cart/total.go:12:3: undefined: coupon]"'
  ],
  'javac-error': ['[ERROR] /home/runner/work/cart/src/main/java/acme/Cart.java:[27,14] cannot find symbol'],
  'kotlin-error': [
    'e: file:///home/runner/work/cart/src/main/kotlin/Cart.kt:12:5 Unresolved reference: coupon'
  ],
  'gradle-compile-task': ["Execution failed for task ':app:compileJava'."],
  'java-style': ['[ERROR] You have 3 Checkstyle violations.'],
  'c-compile-error': ["src/cart.c:41:5: error: implicit declaration of function 'apply_coupon'"],
  'csharp-error': ["Cart.cs(14,20): error CS0103: The name 'coupon' does not exist in the current context"],
  'swift-error': [
    "/Users/runner/work/Cart/Sources/Cart/Cart.swift:19:9: error: cannot find 'coupon' in scope"
  ],
  'haskell-error': ['src/Cart.hs:31:7: error:'],
  'erlang-elixir-compile': [
    '** (CompileError) lib/cart.ex:14: undefined function coupon/0',
    'Compilation failed due to warnings while using the --warnings-as-errors option'
  ],
  'scala-error': ['[error] /home/runner/work/cart/src/main/scala/Cart.scala:12:5: not found: value coupon'],
  'ruby-lint': ['lib/cart.rb:12:5: C: Style/StringLiterals: Prefer single-quoted strings.'],
  'rubocop-summary': ['42 files inspected, 3 offenses detected, 2 offenses autocorrectable'],
  'php-analysis': ['FOUND 2 ERRORS AFFECTING 2 LINES'],
  'php-analysis-summary': [' [ERROR] Found 4 errors'],
  'psalm-error': [
    'ERROR: InvalidArgument - src/Cart.php:42:17 - Argument 1 of Acme\\Cart::apply expects int, string provided'
  ],
  'style-lint-misc': [
    'In deploy.sh line 12:',
    'deploy.sh:12:9: note: Double quote to prevent globbing and word splitting. [SC2086]'
  ],
  'actionlint-error': [
    '.github/workflows/ci.yml:12:9: property "node" is not defined in object type {} [expression]'
  ],
  'css-build-error': ['SassError: Undefined variable.'],
  'bundler-build-error': [
    "Module not found: Error: Can't resolve './Coupon' in '/home/runner/work/cart/src'"
  ],
  'next-build-error': ["Type error: Property 'total' does not exist on type 'Cart'."],
  'frontend-build-failed': ['Failed to compile.'],
  'generated-files-stale': [
    'Generated files are out of date: please run `make generate` and commit the result.'
  ],
  'terraform-invalid': ['Error: Unsupported argument', '│ Error: Unsupported argument'],
  'npm-eresolve': ['npm error ERESOLVE unable to resolve dependency tree'],
  'npm-etarget': ['npm ERR! notarget No matching version found for left-pad@^9.0.0.'],
  'npm-e404': ["npm ERR! 404 'acme-internal-ui@2.1.0' is not in this registry."],
  'npm-lockfile-sync': ['npm error Missing: left-pad@1.3.0 from lock file'],
  'yarn-lockfile': ['error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.'],
  'yarn-not-found': ['error Couldn\'t find any versions for "left-pad" that matches "^9.0.0"'],
  'pnpm-resolution': [
    'ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date'
  ],
  'pip-no-distribution': ['ERROR: No matching distribution found for numpy==9.9.9'],
  'pip-conflict': [
    'ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/'
  ],
  'python-build-dependency': ['  ERROR: Failed building wheel for psycopg2'],
  'node-gyp-failed': ['gyp ERR! build error ', 'npm ERR! gyp ERR! not ok '],
  'version-solving-failed': [
    'So, because acme-cart depends on both requests (>=3.0) and legacy-http (1.2), version solving failed.'
  ],
  'python-lockfile': ['The lockfile at `uv.lock` needs to be updated, but `--locked` was provided.'],
  'conda-unsatisfiable': [
    'PackagesNotFoundError: The following packages are not available from current channels:'
  ],
  'maven-unresolved': [
    '[ERROR] Failed to execute goal on project cart: Could not resolve dependencies for project acme:cart:jar:1.0.0'
  ],
  'gradle-unresolved': ["> Could not resolve all files for configuration ':app:runtimeClasspath'."],
  'sbt-ivy-unresolved': [
    '[error] sbt.librarymanagement.ResolveException: Error downloading acme:cart_2.13:1.0.0'
  ],
  'tycho-p2-unresolved': ['[ERROR] Cannot resolve project dependencies:'],
  'go-module': [
    'go: updates to go.mod needed; to update it:',
    'verifying github.com/acme/coupon@v1.2.0/go.mod: checksum mismatch',
    'go: github.com/acme/coupon@v1.2.0: verifying module: checksum mismatch'
  ],
  'go-checksum-advice': ['This download does NOT match the one reported by the checksum server.'],
  'cargo-resolution': ['error: failed to select a version for the requirement `serde = "^9.0"`'],
  'bundler-resolution': [
    "Could not find gem 'rails (~> 9.0)' in rubygems repository https://rubygems.org/ or installed locally.",
    "in `find_spec_for_exe': can't find gem bundler (= 2.4.13) with executable bundle (Gem::GemNotFoundException)"
  ],
  'mix-deps': [
    '  lock mismatch: the dependency is out of date. To fetch locked version run "mix deps.get"',
    '  the dependency is not available, run "mix deps.get"'
  ],
  'mix-deps-summary': [
    'Unchecked dependencies for environment test:',
    "** (Mix) Can't continue due to errors on dependencies"
  ],
  'terraform-provider': [
    '│ Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints >= 6.0.0, < 5.0.0'
  ],
  'install-error-generic': [
    'An error occurred while installing nokogiri (1.16.2), and Bundler cannot continue.'
  ],
  'composer-resolution': ['Your requirements could not be resolved to an installable set of packages.'],
  'nuget-restore': [
    'error NU1101: Unable to find package Acme.Coupons. No packages exist with this id in source(s): nuget.org'
  ],
  'cocoapods-resolution': ['[!] CocoaPods could not find compatible versions for pod "Alamofire":'],
  'swiftpm-resolution': [
    "error: Dependencies could not be resolved because root depends on 'swift-nio' 9.0.0..<10.0.0."
  ],
  'helm-dependency': ['Error: found in Chart.yaml, but missing in charts/ directory: postgresql'],
  'r-package-missing': ['Error in loadNamespace(x) : there is no package called ‘tidyr’'],
  'cmake-package-missing': ['  Could NOT find OpenSSL (missing: OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR)'],
  'apt-package-missing': ['E: Unable to locate package libfoo-dev'],
  'cabal-stack-resolution': ['Error: cabal: Could not resolve dependencies:'],
  'lockfile-outdated': ['Lockfile is out of date. Run `deno cache --reload` to update it.'],
  'terraform-providers': ['│ no available releases match the given constraints >= 9.0.0'],
  'docker-image-missing': [
    'Error response from daemon: manifest for node:99-alpine not found: manifest unknown: manifest unknown'
  ],
  'action-missing': ['Error: Unable to resolve action `actions/setup-nodejs@v4`, repository not found'],
  'package-not-found-404': [
    'npm error 404 Not Found - GET https://registry.npmjs.org/acme-does-not-exist - Not found'
  ],
  'module-not-found-runtime': ["ModuleNotFoundError: No module named 'yaml'"],
  'pip-resolver-warning': [
    "ERROR: pip's dependency resolver does not currently take into account all the packages that are installed."
  ],
  'npm-audit-report': ['# npm audit report'],
  'audit-summary': ['7 vulnerabilities (2 moderate, 5 high)'],
  'found-vulnerabilities': ['Found 2 known vulnerabilities in 1 package', 'error: 1 vulnerability found!'],
  'trivy-findings': ['Total: 4 (UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 2, CRITICAL: 1)'],
  'snyk-findings': ['Tested 212 dependencies for known issues, found 3 issues, 5 vulnerable paths.'],
  'grype-threshold': ['1 error occurred: * discovered vulnerabilities at or above the severity threshold'],
  'dependency-check-cvss': [
    "One or more dependencies were identified with vulnerabilities that have a CVSS score greater than or equal to '7.0':"
  ],
  'secret-scanner': ['10:21AM WRN leaks found: 2', '🛑 STOP! Gitleaks encountered leaks'],
  'tfsec-findings': ['  3 potential problems detected.'],
  'codeql-autobuild': [
    'Error: We were unable to automatically build your code. Please replace the call to the autobuild action with your custom build steps.'
  ],
  'sast-findings': [
    '>> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified'
  ],
  'advisory-id': ['ID:       RUSTSEC-2024-0019'],
  'scanner-command': ['trivy image --exit-code 1 --severity HIGH,CRITICAL acme/cart:latest'],
  'checkov-summary': ['Passed checks: 41, Failed checks: 2, Skipped checks: 0'],
  'job-timeout': [
    '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.'
  ],
  'timeout-command': ['Command "timeout 20m ./ci/integration.sh" exited with 124.'],
  'runner-lost': [
    'The self-hosted runner: builder-7 lost communication with the server. Verify the machine is running and has a healthy network connection.',
    'GitHub Actions has encountered an internal error when running your job.'
  ],
  'ci-agent-lost': ["java.io.IOException: Backing channel 'linux-agent-3' is disconnected."],
  'disk-full': [
    'write /var/lib/docker/tmp/GetImageBlob123: no space left on device',
    'OSError: [Errno 28] No space left on device'
  ],
  'oom-killed': ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'],
  'exit-137': ['error Command failed with exit code 137.', '##[error]Process completed with exit code 137.'],
  'network-error': [
    'npm error network request to https://registry.npmjs.org/react failed, reason: read ECONNRESET',
    'warning: spurious network error (2 tries remaining): [28] Timeout was reached',
    'info There appears to be trouble with your network connection. Retrying...',
    'error: RPC failed; HTTP 408 curl 22 The requested URL returned error: 408',
    'Get "https://registry.terraform.io/.well-known/terraform.json": context deadline exceeded'
  ],
  'npm-network-advice': ['npm ERR! network This is a problem related to network connectivity.'],
  'server-error-5xx': [
    "fatal: unable to access 'https://github.com/acme/cart/': The requested URL returned error: 502",
    'npm error error creating signing certificate - (502) Bad Gateway',
    'npm ERR! Registry returned 500 for PUT on https://registry.npmjs.org/cart',
    'npm ERR! code E503',
    'failed to get 200 response from `https://crates.io/api/v1/crates/serde/1.0.0/download`, got 502',
    'Error: Server Error',
    '##[error]HttpError: Bad Gateway'
  ],
  'rate-limit': ['Error: API rate limit exceeded for installation ID 1234567.'],
  'billing-quota': [
    'The job was not started because recent account payments have failed or your spending limit needs to be increased.'
  ],
  'actions-service': [
    'Error: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict'
  ],
  'tls-certificate': ['curl: (60) SSL certificate problem: certificate has expired'],
  'git-dubious-ownership': ["fatal: detected dubious ownership in repository at '/__w/cart/cart'"],
  'github-bad-credentials': ['##[error]HttpError: Resource not accessible by integration'],
  'git-permission-denied': ['remote: Permission to acme/cart.git denied to dependabot[bot].'],
  'git-workflow-permission': [
    ' ! [remote rejected] bump -> bump (refusing to allow a GitHub App to create or update workflow `.github/workflows/ci.yml` without `workflows` permission)'
  ],
  'ssh-publickey': ['git@github.com: Permission denied (publickey).'],
  'git-repository-not-found': ['remote: Repository not found.'],
  'protected-branch': ['remote: error: GH006: Protected branch update failed for refs/heads/main.'],
  'npm-auth': ['npm error code ENEEDAUTH'],
  'registry-http-401-403': [
    "Could not GET 'https://maven.pkg.github.com/acme/cart/acme/core/1.0/core-1.0.pom'. Received status code 401 from server: Unauthorized"
  ],
  'http-401-403': ['HTTP/2 403 Forbidden'],
  'registry-auth': [
    'Error response from daemon: Get "https://ghcr.io/v2/": unauthorized: authentication required',
    'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    'error: You must be logged in to the server (Unauthorized)',
    '`snyk` requires an authenticated account. Please run `snyk auth` and try again.',
    'Trusted publishing exchange failure: '
  ],
  'cloud-credentials': [
    'Error: Could not load credentials from any providers',
    'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
  ],
  'missing-secret-input': ['Error: Input required and not supplied: github-token'],
  'token-expired': ['Error: The provided token has expired. Please re-authenticate.']
}

describe('rule table', () => {
  it('has one sample set per rule and no sample for a rule that does not exist', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(RULES.map(rule => rule.id).sort())
  })

  it('has unique ids, a tool description and a confidence in 0..1 for every rule', () => {
    expect(new Set(RULES.map(rule => rule.id)).size).toBe(RULES.length)
    for (const rule of RULES) {
      expect(rule.tool.length).toBeGreaterThan(10)
      expect(rule.confidence).toBeGreaterThan(0)
      expect(rule.confidence).toBeLessThanOrEqual(1)
    }
  })

  for (const rule of RULES) {
    const PREFILTER = new PatternPrefilter([{ tag: 0, pattern: rule.pattern }])
    describe(rule.id, () => {
      for (const sample of SAMPLES[rule.id] ?? []) {
        it(`matches: ${sample.slice(0, 80)}`, () => {
          expect(matchRules(sample).map(r => r.id)).toContain(rule.id)
          // The literal scan must never hide a line the rule matches.
          const requirement = literalRequirement(rule.pattern)
          const bare = bareLine(sample).toLowerCase()
          const found =
            requirement.always ||
            requirement.clauses.some(clause =>
              clause.every(group => group.some(literal => bare.includes(literal.toLowerCase())))
            ) ||
            requirement.atEnd.some(ending => bare.endsWith(ending.toLowerCase()))
          expect(found).toBe(true)
          const tags = new TagSet(1)
          PREFILTER.collect(bare, tags)
          expect(tags.has(0) || requirement.always || requirement.atEnd.length > 0).toBe(true)
        })
      }
      if (rule.confidence >= 0.5) {
        it(`classifies its samples alone as ${rule.category}`, () => {
          for (const sample of SAMPLES[rule.id] ?? []) {
            const excerpt = { lines: [sample], primaryLine: sample, totalLines: 1, truncated: false }
            expect(classifyExcerpt({ excerpt }).category).toBe(rule.category)
          }
        })
      }
    })
  }

  it('keeps network failures and 5xx transient, and credentials failures not', () => {
    const byId = new Map(RULES.map(rule => [rule.id, rule]))
    expect(byId.get('network-error')?.transient).toBe(true)
    expect(byId.get('server-error-5xx')?.transient).toBe(true)
    expect(byId.get('registry-http-401-403')?.transient).toBeUndefined()
  })

  it('does not fire on ordinary log lines', () => {
    const ordinary = [
      'Run actions/checkout@v4',
      'added 1287 packages, and audited 1288 packages in 21s',
      'Compiling serde v1.0.197',
      '[INFO] BUILD SUCCESS',
      'Tests:       212 passed, 212 total',
      '  ✓ shows an error message when the request fails (14 ms)',
      '/home/runner/work/_temp/3d1c.sh: line 1: ./gradlew: Permission denied',
      'Warning: No files were found with the provided path: coverage/. No artifacts will be uploaded.'
    ]
    for (const line of ordinary) expect(matchRules(line).filter(rule => rule.confidence >= 0.5)).toEqual([])
  })
})
