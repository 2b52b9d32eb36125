/**
 * Failing tests named from real job logs, per runner. The `failing-tests/corpus-NNN.txt` files
 * are excerpts of real CI logs, copied unchanged with their sources:
 * - LogChunks (Brandt et al., MSR 2020), the raw Travis logs in github.com/lacinoire/master-thesis
 *   `tool/samples/<Language>/<owner@repo>/failed/<job>.log`: 001 square/retrofit 403602199,
 *   002 iluwatar/java-design-patterns 544453998, 003 ReactiveX/RxJava 561008032,
 *   005 ethereum/go-ethereum 566009484, 006 getlantern/lantern 519285064,
 *   007 scikit-learn/scikit-learn 562431016, 008 cmusatyalab/openface 196472359,
 *   010 jekyll/jekyll 557871100, 011 discourse/discourse 565656484, 012 rails/rails 517022106,
 *   013 postcss/autoprefixer 460085832, 017 symfony/symfony 567032141, 018 NancyFx/Nancy 375800180,
 *   019 phoenixframework/phoenix 565138076, 020 Microsoft/TypeScript 566234931,
 *   021 jwilm/alacritty 562114003, 037 discourse/discourse 566028969, 040 NancyFx/Nancy 461393228,
 *   046 redox-os/redox 371852012, 052 symfony/symfony 566997029.
 * - github.com/labri-progress/cidiff (Apache-2.0) `data/breakages/<case>/fail.log`: 075
 *   spoonsnapshotdeployer_4314, 081 cidiff_11, 082 commonslang_2089, 085 mimecraft_2316, and
 *   `data/other_cases/jtar_238/fail.log`: 083.
 * - Logs pasted in issue threads: 125 github.com/stegos/stegos/issues/717, 127
 *   github.com/Miserlou/Loop/issues/72, 129 github.com/jestjs/jest/issues/3216, 142
 *   github.com/microsoft/testfx/pull/6240.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { extractExcerpt, extractExcerptFromText } from '../../src/classify/extract.js'
import { failingTestsOfLines, type FailingTests } from '../../src/classify/tests.js'

const HERE = dirname(fileURLToPath(import.meta.url))

function corpus(id: string): string {
  return readFileSync(join(HERE, 'failing-tests', `corpus-${id}.txt`), 'utf8')
}

/** Lines `from` to `to` (1-based, inclusive) of a corpus excerpt. */
function lines(id: string, from: number, to: number): string {
  return corpus(id)
    .split('\n')
    .slice(from - 1, to)
    .join('\n')
}

function failing(log: string): FailingTests {
  return extractExcerptFromText(log).failingTests
}

function names(log: string): string[] {
  return failing(log).tests.map(test => test.name)
}

describe('failing tests from job logs', () => {
  describe('jest', () => {
    it('names the test under its FAIL file (autoprefixer)', () => {
      expect(failing(corpus('013')).tests).toEqual([
        {
          framework: 'jest',
          name: 'prevents doubling prefixes',
          file: 'test/autoprefixer.test.js',
          line: null
        }
      ])
    })
    it('names a test pasted in an issue (jest #3216)', () => {
      expect(failing(corpus('129')).tests).toEqual([
        {
          framework: 'jest',
          name: 'throwing not Error objects',
          file: 'integration_tests/__tests__/failures-test.js',
          line: null
        }
      ])
    })
    it('names nothing in a run of passing suites', () => {
      expect(names(lines('013', 221, 231))).toEqual([])
    })
  })

  describe('vitest', () => {
    // The shape vitest prints (github.com/vitest-dev/vitest/pull/204 shows its passing lines).
    it('names the test after its file and suites', () => {
      const log = [
        ' FAIL  test/basic.test.ts > Button with increment > should show name props',
        'AssertionError: expected 1 to be 2',
        ' Test Files  1 failed (1)',
        '      Tests  1 failed | 2 passed (3)'
      ].join('\n')
      expect(failing(log)).toEqual({
        tests: [
          {
            framework: 'vitest',
            name: 'Button with increment > should show name props',
            file: 'test/basic.test.ts',
            line: null
          }
        ],
        totals: { failed: 1, total: 3 },
        omitted: 0
      })
    })
    it('names no test when a whole file failed to load (github.com/voidzero-dev/vite-plus/pull/204)', () => {
      const log = [
        ' FAIL  packages/global/__tests__/hello.spec.ts [ packages/global/__tests__/hello.spec.ts ]',
        'Error: Vitest failed to find the current suite.',
        ' Test Files  1 failed (1)',
        '      Tests  no tests'
      ].join('\n')
      expect(names(log)).toEqual([])
    })
    it('names nothing in passing output (github.com/vitest-dev/vitest/pull/204)', () => {
      const log = [
        'test/lit test:  √ basic.test.ts > Button with increment > should show name props',
        'test/lit test: Test Files  1 passed (1)',
        'test/lit test:      Tests  3 passed (3)'
      ].join('\n')
      expect(names(log)).toEqual([])
    })
  })

  describe('mocha', () => {
    it('joins the nested titles of each numbered failure (TypeScript)', () => {
      const found = failing(corpus('020'))
      expect(found.tests.map(test => test.name)).toEqual([
        'unittests:: Reuse program structure:: General fails if change affects tripleslash references',
        'unittests:: Reuse program structure:: General fails if change affects imports',
        'unittests:: Reuse program structure:: General fails if change affects type directives',
        'unittests:: Reuse program structure:: General resolution cache follows imports',
        'unittests:: Reuse program structure:: General resolved type directives cache follows type directives'
      ])
      expect(found.totals).toEqual({ failed: 5, total: 65848 })
    })
    it('names the first failure of a list cut short', () => {
      expect(names(lines('020', 39, 49))).toEqual([
        'unittests:: Reuse program structure:: General fails if change affects tripleslash references'
      ])
    })
    it('names nothing while the progress bar counts passing tests', () => {
      expect(names(lines('020', 1, 33))).toEqual([])
    })
  })

  describe('pytest', () => {
    it('names the failures by their section headers when no summary line does (scikit-learn)', () => {
      expect(names(corpus('007'))).toEqual(['test_unsorted_indices', 'test_show_versions_with_blas'])
    })
    it('prefers the short summary, which gives the node id and file', () => {
      const log = `${lines('007', 40, 45)}\nFAILED sklearn/svm/tests/test_sparse.py::test_unsorted_indices - assert 1 == 2\n`
      expect(failing(log).tests).toEqual([
        {
          framework: 'pytest',
          name: 'sklearn/svm/tests/test_sparse.py::test_unsorted_indices',
          file: 'sklearn/svm/tests/test_sparse.py',
          line: null
        }
      ])
    })
    it('names nothing before the failures section', () => {
      expect(names(lines('007', 1, 39))).toEqual([])
    })
  })

  describe('unittest', () => {
    it('names each FAIL by its dotted path (openface)', () => {
      const found = failing(corpus('008'))
      expect(found.tests.map(test => test.name)).toEqual([
        'tests.openface_batch_represent_tests.test_batch_represent',
        'tests.openface_demo_tests.test_compare_demo',
        'tests.openface_demo_tests.test_classification_demo_pretrained',
        'tests.openface_demo_tests.test_classification_demo_pretrained_multi',
        'tests.openface_demo_tests.test_classification_demo_training',
        'tests.openface_neural_net_training_tests.test_dnn_training'
      ])
      expect(found.totals).toEqual({ failed: 6, total: 7 })
    })
    it('names a failure from its header alone', () => {
      expect(names(lines('008', 41, 45))).toEqual([
        'tests.openface_batch_represent_tests.test_batch_represent'
      ])
    })
    it('names nothing among passing tests', () => {
      expect(names(lines('008', 1, 32))).toEqual([])
    })
  })

  describe('go test', () => {
    it('names the test and the file line under it (go-ethereum)', () => {
      expect(failing(corpus('005')).tests).toEqual([
        { framework: 'go', name: 'TestBoundedForkedSync64Fast', file: 'downloader_test.go', line: 679 }
      ])
    })
    it('names a failing test (lantern)', () => {
      expect(names(corpus('006'))).toEqual(['TestParallelPreferChained'])
    })
    it('names parent and subtests alike', () => {
      const log =
        '--- FAIL: TestCart (0.00s)\n    --- FAIL: TestCart/adds_an_item (0.00s)\n        cart_test.go:12: expected 1\nFAIL'
      expect(failing(log).tests).toEqual([
        { framework: 'go', name: 'TestCart', file: null, line: null },
        { framework: 'go', name: 'TestCart/adds_an_item', file: 'cart_test.go', line: 12 }
      ])
    })
    it('names nothing in passing packages', () => {
      expect(names(lines('005', 1, 10))).toEqual([])
    })
  })

  describe('cargo test', () => {
    it('names the tests of the failures list (alacritty)', () => {
      expect(names(corpus('021'))).toEqual([
        'newline_with_cursor_beyond_scroll_region',
        'vim_24bitcolors_bce',
        'vim_simple_edit',
        'vim_large_window_scroll',
        'vttest_origin_mode_1',
        'vttest_origin_mode_2',
        'vttest_tab_clear_set'
      ])
    })
    it('names the test whose thread panicked (stegos #717)', () => {
      expect(names(corpus('125'))).toEqual(['kad::addresses::tests::not_connected_expire'])
    })
    it('names the tests of a pasted run (Loop #72)', () => {
      expect(names(corpus('127'))).toEqual([
        'summary',
        'until_error',
        'until_fail',
        'until_success',
        'until_same'
      ])
    })
    it('names nothing when the build fails before tests run', () => {
      expect(names(corpus('046'))).toEqual([])
    })
  })

  describe('Maven Surefire', () => {
    it('names Class.method from the <<< FAILURE! lines (retrofit)', () => {
      expect(names(corpus('001'))).toEqual([
        'retrofit2.RequestFactoryTest.malformedContentTypeHeaderThrows',
        'retrofit2.RequestFactoryTest.malformedContentTypeParameterThrows'
      ])
    })
    it('puts the class of a JUnit 5 method and the line of the results list together (java-design-patterns)', () => {
      const found = failing(corpus('002'))
      expect(found.tests).toEqual([
        { framework: 'surefire', name: 'org.dirty.flag.DirtyFlagTest.testIsDirty', file: null, line: 45 }
      ])
      expect(found.totals).toEqual({ failed: 1, total: 3 })
    })
    it('names errors as well as failures (jtar)', () => {
      expect(names(corpus('083'))).toHaveLength(5)
    })
    it('names nothing when dependency resolution failed', () => {
      expect(names(corpus('085'))).toEqual([])
    })
  })

  describe('Gradle', () => {
    it('names Class.method (RxJava)', () => {
      expect(names(corpus('003'))).toEqual([
        'io.reactivex.internal.operators.observable.ObservableRefCountTest.publishNoLeak'
      ])
    })
    it('names a test of a GitHub Actions log and counts the run (cidiff)', () => {
      const found = failing(corpus('081'))
      expect(found.tests.map(test => test.name)).toEqual(['LogDifferTest.testGithubParsing()'])
      expect(found.totals).toEqual({ failed: 1, total: 10 })
    })
    it('names nothing when the build fails elsewhere', () => {
      expect(names(corpus('075'))).toEqual([])
    })
  })

  describe('rspec', () => {
    it('names the example with its file and line (discourse)', () => {
      const found = failing(corpus('011'))
      expect(found.tests).toEqual([
        {
          framework: 'rspec',
          name: 'DistributedMutex executions should not allow critical sections to overlap',
          file: 'spec/components/distributed_mutex_spec.rb',
          line: 102
        }
      ])
      expect(found.totals).toEqual({ failed: 1, total: 13105 })
    })
    it('names the example of a rerun line alone', () => {
      const rerun = corpus('011')
        .split('\n')
        .filter(line => line.includes('rspec ./'))
        .join('\n')
      expect(names(rerun)).toEqual([
        'DistributedMutex executions should not allow critical sections to overlap'
      ])
    })
    it('names nothing when the failure is not a test (discourse lint)', () => {
      expect(names(corpus('037'))).toEqual([])
    })
  })

  describe('minitest', () => {
    it('names Class#test with its file and line (jekyll)', () => {
      expect(failing(corpus('010')).tests).toEqual([
        {
          framework: 'minitest',
          name: "TestKramdown#test_: kramdown when a custom highlighter is chosen should use the chosen highlighter if it's available.",
          file: '/home/travis/build/jekyll/jekyll/test/test_kramdown.rb',
          line: 106
        }
      ])
    })
    it('names an error and takes the file from the rerun line (rails)', () => {
      expect(failing(corpus('012')).tests).toEqual([
        {
          framework: 'minitest',
          name: 'ActionView::HelperInclusionTest#test_helper_class_that_is_being_tested_is_always_included_in_view_instance',
          file: 'home/travis/build/rails/rails/actionview/test/template/test_case_test.rb',
          line: 132
        }
      ])
    })
    it('names nothing in passing runs', () => {
      expect(names(lines('010', 1, 30))).toEqual([])
    })
  })

  describe('PHPUnit', () => {
    it('names each numbered failure and counts the run (symfony)', () => {
      const found = failing(corpus('017'))
      expect(found.tests.map(test => test.name)).toEqual(
        [
          'testTime',
          'testSleep',
          'testMicrotime',
          'testMicrotimeAsFloat',
          'testUsleep',
          'testDate',
          'testGmDate'
        ].map(method => `Symfony\\Bridge\\PhpUnit\\Tests\\ClockMockTest::${method}`)
      )
      expect(found.totals).toEqual({ failed: 7, total: 59 })
    })
    it('names the failures of a list cut short', () => {
      expect(names(lines('017', 39, 45))).toHaveLength(2)
    })
    it('names nothing when composer fails to install PHPUnit (symfony)', () => {
      expect(names(corpus('052'))).toEqual([])
    })
  })

  describe('dotnet test (xUnit, NUnit, MSTest)', () => {
    it('names the [FAIL] test of the xUnit console (Nancy)', () => {
      expect(names(corpus('018'))).toEqual([
        'Nancy.Testing.Tests.BrowserFixture.Should_return_JSON_serialized_form'
      ])
    })
    it('names the test of the MSTest runner (testfx #6240)', () => {
      expect(names(corpus('142'))).toEqual([
        'Invalid_TestingProfile_Name_Should_Fail ("net9.0;net8.0;net7.0;net6.0;net462",Debug)'
      ])
    })
    it('names the test of the vstest console', () => {
      const log =
        '  Failed Shop.Tests.CartTest.AddsAnItem [12 ms]\nFailed!  - Failed:     1, Passed:     2, Skipped:     0, Total:     3'
      expect(failing(log)).toEqual({
        tests: [{ framework: 'dotnet', name: 'Shop.Tests.CartTest.AddsAnItem', file: null, line: null }],
        totals: { failed: 1, total: 3 },
        omitted: 0
      })
    })
    it('names nothing when the build fails (Nancy)', () => {
      expect(names(corpus('040'))).toEqual([])
    })
  })

  describe('ExUnit', () => {
    it('names the test and module with the file line under it (phoenix)', () => {
      const found = failing(corpus('019'))
      expect(found.tests).toEqual([
        {
          framework: 'exunit',
          name: 'test reloads on every request (Phoenix.CodeReloaderTest)',
          file: 'test/phoenix/code_reloader_test.exs',
          line: 39
        }
      ])
      expect(found.totals).toEqual({ failed: 1, total: 655 })
    })
    it('names the test of the failure block alone', () => {
      expect(names(lines('019', 41, 47))).toEqual([
        'test reloads on every request (Phoenix.CodeReloaderTest)'
      ])
    })
    it('names nothing while compiling and running passing tests', () => {
      expect(names(lines('019', 1, 39))).toEqual([])
    })
  })

  describe('other shapes runners print', () => {
    it('names pytest-xdist, gotestsum, nextest, NUnit, vitest tree and Playwright failures', () => {
      const log = [
        '[gw1] [ 50%] FAILED tests/test_x.py::test_a[a b - c] - AssertionError: x',
        'ERROR tests/test_x.py - ImportError while importing test module',
        '=== FAIL: github.com/o/r/pkg TestThing (0.00s)',
        '=== FAIL: github.com/o/r/pkg  (0.00s)',
        '        FAIL [   0.004s] mycrate::tests tests::adds',
        '  Failed AddsAnItem [12 ms]',
        'Failed to restore /src/Shop.Tests/Shop.Tests.csproj',
        ' ❯ src/cart.test.ts (3 tests | 1 failed) 12ms',
        '   × Cart > adds an item 5ms',
        '  1) [chromium] › tests/cart.spec.ts:12:5 › Cart › adds an item ───────────────',
        '1) Failed : Shop.Tests.CartTest.RemovesAnItem',
        '[ERROR] Errors: ',
        '[ERROR]   CartIT>BaseIT.setUp:31 » IllegalState no database',
        '[ERROR]   CartTest.totals » NullPointer'
      ].join('\n')
      expect(failing(log).tests).toEqual([
        {
          framework: 'pytest',
          name: 'tests/test_x.py::test_a[a b - c]',
          file: 'tests/test_x.py',
          line: null
        },
        { framework: 'go', name: 'TestThing', file: null, line: null },
        { framework: 'cargo', name: 'tests::adds', file: null, line: null },
        { framework: 'dotnet', name: 'AddsAnItem', file: null, line: null },
        { framework: 'vitest', name: 'Cart > adds an item', file: 'src/cart.test.ts', line: null },
        { framework: 'playwright', name: 'Cart › adds an item', file: 'tests/cart.spec.ts', line: 12 },
        { framework: 'dotnet', name: 'Shop.Tests.CartTest.RemovesAnItem', file: null, line: null },
        { framework: 'surefire', name: 'CartIT.setUp', file: null, line: 31 },
        { framework: 'surefire', name: 'CartTest.totals', file: null, line: null }
      ])
    })
  })

  describe('bounds and safety', () => {
    it('keeps at most the cap and counts the rest', () => {
      const log = Array.from({ length: 80 }, (_, i) => `--- FAIL: TestCase${i} (0.00s)`).join('\n')
      const found = failing(log)
      expect(found.tests).toHaveLength(50)
      expect(found.omitted).toBe(30)
    })
    it('follows a failure list for a bounded number of lines past its last test', () => {
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `frame ${i}`)
      const near = ['There was 1 failure:', ...filler(150), '1) CartTest::testAdd'].join('\n')
      const far = ['There was 1 failure:', ...filler(250), '1) CartTest::testAdd'].join('\n')
      expect(names(near)).toEqual(['CartTest::testAdd'])
      expect(names(far)).toEqual([])
    })
    it('names a test after redaction: a secret in its name never comes out', () => {
      const log =
        'FAILED tests/test_api.py::test_token[ghp_abcdefghijklmnopqrstuvwxyz0123456789] - assert False'
      const [test] = failing(log).tests
      expect(test?.name).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789')
    })
    it('names nothing in a log that only installs test runners', () => {
      const log = [
        'Run npm install --save-dev jest vitest mocha',
        'added 412 packages in 9s',
        'Collecting pytest',
        '  Downloading pytest-8.3.4-py3-none-any.whl (343 kB)',
        'Successfully installed pytest-8.3.4',
        'go: downloading github.com/stretchr/testify v1.9.0',
        '    Updating crates.io index',
        'Fetching rspec 3.13.0',
        'Installing phpunit/phpunit (10.5.0)',
        'Restored /src/Shop.Tests/Shop.Tests.csproj (in 1.2 sec).'
      ].join('\n')
      expect(failing(log)).toEqual({ tests: [], totals: null, omitted: 0 })
    })
    it('gives the same tests from the scan and from every line handed over', async () => {
      for (const id of ['008', '011', '017', '019', '020', '021']) {
        const text = corpus(id)
        const streamed = await extractExcerpt(
          (async function* () {
            for (let at = 0; at < text.length; at += 777) yield text.slice(at, at + 777)
          })()
        )
        expect(streamed.failingTests).toEqual(failing(text))
      }
    })
    it('collects from plain lines too', () => {
      expect(failingTestsOfLines(['--- FAIL: TestX (0.01s)']).tests).toEqual([
        { framework: 'go', name: 'TestX', file: null, line: null }
      ])
    })
  })
})

/**
 * The failing tests a person reads in each test-failure excerpt above, by the test's own
 * name (labelled by hand); the excerpts of other failures name none.
 */
const LABELLED: Record<string, string[]> = {
  '001': ['malformedContentTypeHeaderThrows', 'malformedContentTypeParameterThrows'],
  '002': ['testIsDirty'],
  '003': ['publishNoLeak'],
  '005': ['TestBoundedForkedSync64Fast'],
  '006': ['TestParallelPreferChained'],
  '007': ['test_unsorted_indices', 'test_show_versions_with_blas'],
  '008': [
    'test_batch_represent',
    'test_compare_demo',
    'test_classification_demo_pretrained',
    'test_classification_demo_pretrained_multi',
    'test_classification_demo_training',
    'test_dnn_training'
  ],
  '010': ["kramdown when a custom highlighter is chosen should use the chosen highlighter if it's available"],
  '011': ['should not allow critical sections to overlap'],
  '012': ['test_helper_class_that_is_being_tested_is_always_included_in_view_instance'],
  '013': ['prevents doubling prefixes'],
  '017': [
    'testTime',
    'testSleep',
    'testMicrotime',
    'testMicrotimeAsFloat',
    'testUsleep',
    'testDate',
    'testGmDate'
  ],
  '018': ['Should_return_JSON_serialized_form'],
  '019': ['reloads on every request'],
  '020': [
    'fails if change affects tripleslash references',
    'fails if change affects imports',
    'fails if change affects type directives',
    'resolution cache follows imports',
    'resolved type directives cache follows type directives'
  ],
  '021': [
    'newline_with_cursor_beyond_scroll_region',
    'vim_24bitcolors_bce',
    'vim_simple_edit',
    'vim_large_window_scroll',
    'vttest_origin_mode_1',
    'vttest_origin_mode_2',
    'vttest_tab_clear_set'
  ],
  '081': ['testGithubParsing'],
  '082': ['testOfConsumer'],
  '083': ['untarTarFileDefaultSkip', 'untarTGzFile', 'testOffset', 'fileEntry', 'tar'],
  '125': ['not_connected_expire'],
  '127': ['summary', 'until_error', 'until_fail', 'until_success', 'until_same'],
  '129': ['throwing not Error objects'],
  '142': ['Invalid_TestingProfile_Name_Should_Fail'],
  '037': [],
  '040': [],
  '046': [],
  '052': [],
  '075': [],
  '085': []
}

/** Whether `name` holds `label` as a whole: `testDate` is not in `testDateTime`. */
function holds(name: string, label: string): boolean {
  const at = name.indexOf(label)
  if (at === -1) return false
  const before = name.charAt(at - 1)
  const after = name.charAt(at + label.length)
  return !/\w/.test(before) && !/\w/.test(after)
}

describe('precision and recall over the labelled excerpts', () => {
  it('reports at least 90% of the failing tests, and at least 90% of what it reports is one', () => {
    let labelled = 0
    let found = 0
    let reported = 0
    let right = 0
    for (const [id, expected] of Object.entries(LABELLED)) {
      const named = names(corpus(id))
      labelled += expected.length
      found += expected.filter(label => named.some(name => holds(name, label))).length
      reported += named.length
      right += named.filter(name => expected.some(label => holds(name, label))).length
    }
    expect(found / labelled).toBeGreaterThanOrEqual(0.9)
    expect(right / reported).toBeGreaterThanOrEqual(0.9)
  })
})
