/**
 * Builds examples/sample-repo/scenario.json, the bundled sample repository (`npm run demo`),
 * from readable sources: the workflow YAML in sample-repo/workflows/, the job logs in
 * sample-repo/logs/ and the run history designed below. The scenario format holds workflow
 * YAML inline only, so the JSON is generated; logs of the designed failures stay files
 * (`logFile`), earlier recurrences of the same failure get a copy moved to their own time.
 *
 *   npx tsx examples/build-sample.ts           # rewrite scenario.json
 *   npx tsx examples/build-sample.ts --check   # exit 1 when scenario.json is out of date
 *
 * SAMPLE_DESIGN records what the sample is meant to show; __tests__/e2e/demo.test.ts holds
 * the real actions to it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { Category } from '../src/types.js'
import type {
  Scenario,
  ScenarioBranch,
  ScenarioJob,
  ScenarioRun,
  ScenarioWorkflow
} from '../testkit/scenario/types.js'

export const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sample-repo')
export const SAMPLE_SCENARIO_FILE = join(SAMPLE_DIR, 'scenario.json')
export const SAMPLE_NOW = '2026-11-20T12:00:00Z'
export const SAMPLE_OWNER = 'harborlight'
export const SAMPLE_REPO = 'beacon'

/** Obviously fake (repeated characters) but shaped like a classic PAT: the demo shows it redacted. */
export const PLANTED_TOKEN = `ghp_${'FAKE'.repeat(9)}`

type HealthStatus = 'critical' | 'degraded' | 'warning' | 'healthy' | 'no-data'
const wf = (file: string) => `.github/workflows/${file}`

/** What the sample was designed to show (DESIGN 7 statuses, DESIGN 2 categories, pruning, lint). */
export const SAMPLE_DESIGN = {
  statuses: {
    [wf('ci.yml')]: 'degraded',
    [wf('lint.yml')]: 'warning',
    [wf('test-matrix.yml')]: 'warning',
    [wf('codeql.yml')]: 'healthy',
    [wf('deploy-production.yml')]: 'healthy',
    [wf('security-audit.yml')]: 'critical',
    [wf('e2e.yml')]: 'healthy',
    [wf('update-snapshots.yml')]: 'warning',
    [wf('release.yml')]: 'warning',
    [wf('docs.yml')]: 'healthy',
    [wf('dependabot-auto-merge.yml')]: 'no-data',
    [wf('nightly.yml')]: 'critical',
    [wf('stale.yml')]: 'healthy',
    [wf('pr-preview.yml')]: 'healthy'
  } as Record<string, HealthStatus>,
  /** The category of each workflow's newest failed run: the runs the demo triages. */
  triage: {
    [wf('ci.yml')]: 'test_failure',
    [wf('lint.yml')]: 'code_failure',
    [wf('test-matrix.yml')]: 'dependency',
    [wf('security-audit.yml')]: 'security_scan',
    [wf('e2e.yml')]: 'infrastructure',
    [wf('update-snapshots.yml')]: 'branch_conflict',
    [wf('release.yml')]: 'authentication',
    [wf('docs.yml')]: 'unknown',
    [wf('nightly.yml')]: 'infrastructure'
  } as Record<string, Category>,
  /** Stale automation branches: the only ones a health check may delete. */
  pruned: ['automated/changelog-v3.2', 'automated/dependency-refresh', 'automated/docs-sync'],
  /** Never pruned: default, protected, open PR, fresh automation branch, human branches. */
  kept: [
    'main',
    'automated/release-train',
    'automated/codegen-openapi',
    'automated/snapshots',
    'dependabot/npm_and_yarn/vite-7.2.2',
    'feature/otlp-exporter-retries',
    'fix/python-asyncio-shutdown',
    'docs/getting-started-rewrite'
  ],
  /** Lint rules each flawed workflow must trigger; the clean workflows must trigger none. */
  lintFlaws: {
    [wf('pr-preview.yml')]: ['untrusted-checkout', 'template-injection'],
    [wf('dependabot-auto-merge.yml')]: ['excessive-permissions'],
    [wf('docs.yml')]: ['unpinned-action'],
    [wf('release.yml')]: ['deprecated-command'],
    [wf('nightly.yml')]: ['outdated-action'],
    [wf('stale.yml')]: ['schedule-frequency'],
    [wf('test-matrix.yml')]: ['missing-timeout']
  } as Record<string, string[]>,
  lintClean: [
    wf('ci.yml'),
    wf('lint.yml'),
    wf('codeql.yml'),
    wf('deploy-production.yml'),
    wf('security-audit.yml'),
    wf('e2e.yml'),
    wf('update-snapshots.yml')
  ],
  stuckRunWorkflow: wf('ci.yml'),
  flakyWorkflow: wf('e2e.yml'),
  awaitingApprovalWorkflow: wf('e2e.yml'),
  disabledWorkflow: wf('stale.yml')
}

// ---------------------------------------------------------------------------------------
// History: commits on main, newest first. Push-triggered workflows run on each of them.

interface Commit {
  sha: string
  date: string
  author: string
  message: string
}

const MAIN: Commit[] = [
  {
    sha: 'c2db2ffeb09014ef4b664a5390c4b18ae96689ca',
    date: '2026-11-20T10:14:41Z',
    author: 'mara-okafor',
    message: 'Merge pull request #417 from harborlight/feat/span-batch-limits'
  },
  {
    sha: 'c5a3d74a0b4f3affb1957290c549c7d38477d58f',
    date: '2026-11-20T08:41:10Z',
    author: 'mara-okafor',
    message: 'Merge pull request #415 from harborlight/refactor/exporter-queue'
  },
  {
    sha: 'b79fb42d87b1b81cfe1cffb8b974e67c39e9027e',
    date: '2026-11-19T16:20:33Z',
    author: 'dkowalski',
    message: 'docs: document OTEL_BSP_* environment variables'
  },
  {
    sha: '7b26290ea12610c3875ca2db83bb87dd6a768f9c',
    date: '2026-11-19T13:05:52Z',
    author: 'dkowalski',
    message: 'feat(python): typed attributes for the span API'
  },
  {
    sha: '360f13bf781cb5ea5f37fe44375d2d0ed8b40bf5',
    date: '2026-11-19T09:48:17Z',
    author: 'mara-okafor',
    message: 'chore: drop Node 18 from engines'
  },
  {
    sha: 'e8565274595c5d6dd1a054499f1732209dc6af25',
    date: '2026-11-18T17:31:04Z',
    author: 'dkowalski',
    message: 'fix(otlp): keep gzip when the collector answers 413'
  },
  {
    sha: 'dd189448a7895e1af5e46cb26434be50ab673627',
    date: '2026-11-18T11:02:45Z',
    author: 'mara-okafor',
    message: 'Merge pull request #409 from harborlight/feat/log-bridge'
  },
  {
    sha: '364d99e9e57d4e8872b74a3320946bf9c1b1e76a',
    date: '2026-11-17T15:44:20Z',
    author: 'dkowalski',
    message: 'test: cover resource detector timeouts'
  },
  {
    sha: '39ba9c48b5323437fed0294caf9d59b7e176b55d',
    date: '2026-11-17T10:12:09Z',
    author: 'mara-okafor',
    message: 'build: bump tsup to 8.5.0'
  },
  {
    sha: '8426bb7a84935fcbcab09978ec1cd65b104f8d59',
    date: '2026-11-16T14:27:38Z',
    author: 'dkowalski',
    message: 'feat(metrics): exponential histogram aggregation'
  },
  {
    sha: '908f9902e9a9c02d4007857a6ee70d16a2dd5f18',
    date: '2026-11-15T18:03:51Z',
    author: 'mara-okafor',
    message: 'docs: sampling guide'
  },
  {
    sha: '2880847d3584b316945d0634f7499c6e15144548',
    date: '2026-11-14T11:36:27Z',
    author: 'dkowalski',
    message: 'fix(python): close the gRPC channel on shutdown'
  }
]

/** main before the commits above (v3.3.2's merge). */
const EARLIER_MAIN_HEAD = '23b052633e84d2f4c4af3a4c15f9eb533f740e86'

const BOT = 'github-actions[bot]'
/** The commit emails GitHub's bots really use. */
const BOT_EMAILS: Record<string, string> = {
  [BOT]: '41898282+github-actions[bot]@users.noreply.github.com',
  'dependabot[bot]': '49699333+dependabot[bot]@users.noreply.github.com',
  'renovate[bot]': '29139614+renovate[bot]@users.noreply.github.com'
}

const BRANCHES: ScenarioBranch[] = [
  { name: 'main', protected: true, commits: [...MAIN].reverse().map(commitOf) },
  // Fresh: yesterday's snapshot push. Today's run is rejected because of it (branch_conflict).
  branch('automated/snapshots', [
    [
      '0a485789c081070ee657dae08f20b68f620772d9',
      '2026-11-19T05:43:02Z',
      BOT,
      'test: refresh wire-format snapshots'
    ]
  ]),
  // Stale automation branches with bot-only commits: the health check prunes these three.
  branch('automated/dependency-refresh', [
    [
      '97a908ddd48035ac8cec272e6cea745d60b2cde6',
      '2026-10-09T03:12:44Z',
      'renovate[bot]',
      'chore(deps): refresh lockfile'
    ]
  ]),
  branch('automated/docs-sync', [
    ['a3d84e455c2cbaa98b5ab22de44f159afbd52a51', '2026-10-28T06:00:19Z', BOT, 'docs: sync API reference']
  ]),
  branch('automated/changelog-v3.2', [
    ['b4f56b4f77058a0802086f5c2cff5f5ea59a16d3', '2026-09-22T14:51:08Z', BOT, 'docs(changelog): v3.2.0']
  ]),
  // Stale, but a pull request is open from it: kept.
  branch('automated/codegen-openapi', [
    [
      'bbcd1df88d623c2603c73da3640ac647b5c5185d',
      '2026-10-15T09:30:00Z',
      BOT,
      'chore(codegen): regenerate the OpenAPI client'
    ]
  ]),
  // Stale, but protected: kept.
  {
    ...branch('automated/release-train', [
      [
        'bce229d243ba8dd7c95f76e8692d444f23a4d767',
        '2026-08-30T12:00:00Z',
        BOT,
        'chore(release): prepare v3.1.0'
      ]
    ]),
    protected: true
  },
  branch('dependabot/npm_and_yarn/vite-7.2.2', [
    [
      'bfca3e9f41a572a5676763aada93abfd9b32a6dc',
      '2026-11-18T04:12:37Z',
      'dependabot[bot]',
      'build(deps-dev): bump vite from 7.1.12 to 7.2.2'
    ]
  ]),
  // Human branches: outside the automation patterns, never pruned however old.
  branch('feature/otlp-exporter-retries', [
    [
      'b2ad84cab28f9833ebddcf12c68c361796289ae8',
      '2026-10-20T16:45:12Z',
      'dkowalski',
      'feat(otlp): retry with exponential backoff on 429 and 503'
    ]
  ]),
  branch('fix/python-asyncio-shutdown', [
    [
      'b9776961bb50c0ef126891fb0946fdaeee712232',
      '2026-11-19T11:18:40Z',
      'dkowalski',
      'fix(python): flush the exporter on asyncio loop shutdown'
    ],
    [
      'e8f81715e7bf1554b976e16fc77bf5366d7f773e',
      '2026-11-20T04:51:02Z',
      'dkowalski',
      'test(python): cover shutdown under a running loop'
    ]
  ]),
  branch('docs/getting-started-rewrite', [
    [
      '4e5b85d5d72ed48776a1108028988aa67afff4f1',
      '2026-09-30T10:02:55Z',
      'mara-okafor',
      'docs: rewrite getting started (wip)'
    ]
  ])
]

const FIX1 = 'b9776961bb50c0ef126891fb0946fdaeee712232'
const FIX2 = 'e8f81715e7bf1554b976e16fc77bf5366d7f773e'
const FEAT = 'b2ad84cab28f9833ebddcf12c68c361796289ae8'
const VITE = 'bfca3e9f41a572a5676763aada93abfd9b32a6dc'

const RELEASES: [tag: string, sha: string, date: string][] = [
  ['v3.4.0', '5ac7a648e65b0e391789cec52d37e9a2acef1f5d', '2026-11-19T15:02:11Z'],
  ['v3.3.2', '23b052633e84d2f4c4af3a4c15f9eb533f740e86', '2026-11-12T10:41:37Z'],
  ['v3.3.1', 'ec147837764e96e85c48403a986bae36afc521d2', '2026-11-05T09:15:02Z'],
  ['v3.3.0', 'e390aaaa384d8cee952a33076a1fb94d98a433dc', '2026-10-29T13:58:44Z'],
  ['v3.2.1', 'eb8e2f220c6b8ac90c22f5e1a3a55553b3325de3', '2026-10-20T08:20:19Z'],
  ['v3.2.0', '8e63ab160ccb60b684ae0ef461d95acd5ea0f9d1', '2026-10-08T15:33:05Z'],
  ['v3.1.2', '96f8228d8b2d6869d59df9fd2881fc6043260d5e', '2026-09-30T11:07:49Z'],
  ['v3.1.1', '2903d1b466057329d4693a6bbf7f5686b02710db', '2026-09-22T16:44:12Z'],
  ['v3.1.0', '72e50f806abde2d45d859b6788027c57253595b9', '2026-09-10T09:00:31Z'],
  ['v3.0.0', '4e5b85d5d72ed48776a1108028988aa67afff4f1', '2026-08-27T14:12:58Z']
]

// ---------------------------------------------------------------------------------------
// Workflows: jobs as they run when green, and every run, newest first.

interface JobSpec {
  name: string
  /** Step names between "Set up job" and the post steps, as the runner names them. */
  steps: string[]
  /** Usual duration when green. */
  seconds: number
}

/** A failed job: which step failed and its log (a file in sample-repo/logs/). */
interface Failure {
  job: string
  step: string
  log: string
  /** Only the newest run with this failure keeps the log file; older ones get a moved copy. */
  annotations?: ScenarioJob['annotations']
}

type Outcome = 'success' | 'failure' | 'cancelled' | 'skipped' | 'action_required' | 'queued'

interface RunSpec {
  at: string
  sha: string
  branch: string
  event: string
  outcome: Outcome
  failure?: Failure
  actor?: string
  pullRequests?: number[]
  /** Attempts before this one that failed (a re-run that passed is flaky evidence). */
  failedAttempts?: Failure[]
}

interface WorkflowSpec {
  id: number
  file: string
  state?: ScenarioWorkflow['state']
  jobs: JobSpec[]
  runs: RunSpec[]
}

const CHECKOUT = 'Run actions/checkout@v5'
const SETUP_NODE = 'Run actions/setup-node@v5'
const SETUP_PYTHON = 'Run actions/setup-python@v6'

const FAILURES = {
  jest: { job: 'Build and test (Node 24)', step: 'Run tests', log: 'ci-jest-failure.log' },
  tsc: { job: 'ESLint and type check', step: 'Type check', log: 'lint-tsc-errors.log' },
  eresolve: {
    job: 'Node 20 / otel 1.7.0',
    step: 'Install with the OpenTelemetry API under test',
    log: 'test-matrix-eresolve.log'
  },
  audit: { job: 'Dependency audit', step: 'npm audit', log: 'security-audit-vulnerabilities.log' },
  registryTimeout: { job: 'Playwright (chromium)', step: 'Run npm ci', log: 'e2e-registry-etimedout.log' },
  playwrightTimeout: {
    job: 'Playwright (chromium)',
    step: 'Run end-to-end tests',
    log: 'e2e-flaky-attempt-1.log'
  },
  pushRejected: {
    job: 'Regenerate snapshots',
    step: 'Push to automated/snapshots',
    log: 'update-snapshots-push-rejected.log'
  },
  badCredentials: {
    job: 'Publish packages',
    step: 'Upload release assets',
    log: 'release-bad-credentials.log'
  },
  silentExit: { job: 'Build and publish docs', step: 'Build API reference', log: 'docs-unknown-exit.log' },
  runnerShutdown: { job: 'Soak test (2h)', step: 'Soak test', log: 'nightly-runner-shutdown.log' }
} satisfies Record<string, Failure>

/** One run per commit on main, `pattern[i]` for MAIN[i]: S success, F failure. */
function onMain(pattern: string, failure?: Failure, delaySeconds = 8): RunSpec[] {
  return [...pattern].map((mark, index) => ({
    at: addSeconds(MAIN[index].date, delaySeconds),
    sha: MAIN[index].sha,
    branch: 'main',
    event: 'push',
    outcome: mark === 'F' ? 'failure' : 'success',
    failure: mark === 'F' ? failure : undefined,
    actor: MAIN[index].author
  }))
}

/** A daily schedule on main, newest first from `newest`, at the main head of the time. */
function daily(newest: string, pattern: string, failure?: Failure): RunSpec[] {
  return [...pattern].map((mark, index) => {
    // The newest run is pinned to its log; earlier days drift like GitHub's schedule queue does.
    const drift = index === 0 ? 0 : Math.round(jitter(`${newest}#${index}`) * 400)
    const at = addSeconds(newest, -index * 86_400 + drift)
    return {
      at,
      sha: mainHeadAt(at),
      branch: 'main',
      event: 'schedule',
      outcome: mark === 'F' ? 'failure' : 'success',
      failure: mark === 'F' ? failure : undefined,
      actor: 'mara-okafor'
    }
  })
}

const pr = (
  at: string,
  sha: string,
  branch: string,
  number: number,
  outcome: Outcome,
  actor = 'dkowalski'
): RunSpec => ({
  at,
  sha,
  branch,
  event: 'pull_request',
  outcome,
  actor,
  pullRequests: [number]
})

const WORKFLOWS: WorkflowSpec[] = [
  {
    id: 118_402_201,
    file: 'ci.yml',
    jobs: [
      {
        name: 'Build and test (Node 24)',
        steps: [CHECKOUT, SETUP_NODE, 'Install dependencies', 'Build', 'Run tests'],
        seconds: 158
      },
      {
        name: 'Python bindings',
        steps: [CHECKOUT, SETUP_PYTHON, 'Install package', 'Run pytest'],
        seconds: 74
      }
    ],
    runs: [
      pr('2026-11-20T04:52:11Z', FIX2, 'fix/python-asyncio-shutdown', 418, 'queued'),
      ...onMain('FFSSSSSSSSSS', FAILURES.jest),
      pr('2026-11-19T11:19:02Z', FIX1, 'fix/python-asyncio-shutdown', 418, 'success'),
      pr('2026-10-20T16:45:40Z', FEAT, 'feature/otlp-exporter-retries', 412, 'success')
    ]
  },
  {
    id: 118_402_202,
    file: 'lint.yml',
    jobs: [
      {
        name: 'ESLint and type check',
        steps: [CHECKOUT, SETUP_NODE, 'Run npm ci', 'ESLint', 'Type check'],
        seconds: 66
      },
      {
        name: 'Ruff and mypy',
        steps: [CHECKOUT, SETUP_PYTHON, 'Run pip install ruff==0.14.4 mypy==1.18.2', 'Ruff', 'mypy'],
        seconds: 41
      }
    ],
    runs: [
      ...onMain('FSSSSSSSSSSS', FAILURES.tsc, 9),
      pr('2026-11-20T04:51:30Z', FIX2, 'fix/python-asyncio-shutdown', 418, 'success'),
      pr('2026-11-19T11:19:03Z', FIX1, 'fix/python-asyncio-shutdown', 418, 'success')
    ]
  },
  {
    id: 118_402_203,
    file: 'test-matrix.yml',
    jobs: [
      ...[20, 22, 24].map(node => ({
        name: `Node ${node} / otel 1.9.0`,
        steps: [CHECKOUT, SETUP_NODE, 'Install with the OpenTelemetry API under test', 'Run tests'],
        seconds: 120 + node
      })),
      {
        name: 'Node 20 / otel 1.7.0',
        steps: [CHECKOUT, SETUP_NODE, 'Install with the OpenTelemetry API under test', 'Run tests'],
        seconds: 131
      }
    ],
    runs: onMain('FSSSSSSSSSSS', FAILURES.eresolve, 10)
  },
  {
    id: 118_402_204,
    file: 'codeql.yml',
    jobs: ['javascript-typescript', 'python'].map(language => ({
      name: `Analyze (${language})`,
      steps: [CHECKOUT, 'Run github/codeql-action/init@v4', 'Run github/codeql-action/analyze@v4'],
      seconds: language === 'python' ? 212 : 305
    })),
    runs: onMain('SSSSSSSSSSSS', undefined, 11)
  },
  {
    id: 118_402_205,
    file: 'deploy-production.yml',
    jobs: [
      {
        name: 'Deploy gateway',
        steps: [
          CHECKOUT,
          'Run aws-actions/configure-aws-credentials@a03048d87541d1d9fcf2ecf528a4a65ba9bd7838',
          'Build and push image',
          'Roll out'
        ],
        seconds: 412
      }
    ],
    // Only the pushes that touched gateway/ or deploy/.
    runs: onMain('SSSSSSSSSSSS', undefined, 12).filter((_, index) => index !== 3 && index !== 9)
  },
  {
    id: 118_402_206,
    file: 'security-audit.yml',
    jobs: [
      {
        name: 'Dependency audit',
        steps: [CHECKOUT, SETUP_NODE, 'npm audit', 'Trivy filesystem scan'],
        seconds: 48
      },
      { name: 'Secret scan', steps: [CHECKOUT, 'gitleaks'], seconds: 22 }
    ],
    // The advisories were published on 15 November: every run since fails.
    runs: daily('2026-11-20T06:31:08Z', 'FFFFFFSSSSSS', FAILURES.audit)
  },
  {
    id: 118_402_207,
    file: 'e2e.yml',
    jobs: [
      {
        name: 'Playwright (chromium)',
        steps: [CHECKOUT, SETUP_NODE, 'Run npm ci', 'Install browsers', 'Run end-to-end tests'],
        seconds: 371
      }
    ],
    runs: [
      {
        ...onMain('S', undefined, 9)[0],
        // Attempt 1 timed out in one Playwright test; a maintainer re-ran it and it passed.
        at: '2026-11-20T10:14:51Z',
        failedAttempts: [FAILURES.playwrightTimeout]
      },
      // A first-time contributor's fork: waiting for a maintainer to approve the run.
      {
        ...pr(
          '2026-11-19T21:03:40Z',
          'ec0c1e4b9f1a44d7d2b5b8f6e3a9c0d2e1f4a7b6',
          'patch-1',
          0,
          'action_required',
          'octo-newcomer'
        ),
        pullRequests: []
      },
      ...onMain('SSSSSFSSSSSS', FAILURES.registryTimeout, 9).slice(1),
      pr('2026-11-20T04:51:31Z', FIX2, 'fix/python-asyncio-shutdown', 418, 'success')
    ]
  },
  {
    id: 118_402_208,
    file: 'update-snapshots.yml',
    jobs: [
      {
        name: 'Regenerate snapshots',
        steps: [CHECKOUT, SETUP_NODE, 'Run npm ci', 'Regenerate', 'Push to automated/snapshots'],
        seconds: 93
      }
    ],
    runs: daily('2026-11-20T05:41:23Z', 'FSSFSSSSSSSS', FAILURES.pushRejected)
  },
  {
    id: 118_402_209,
    file: 'release.yml',
    jobs: [
      {
        name: 'Publish packages',
        steps: [
          CHECKOUT,
          SETUP_NODE,
          'Read version',
          'Run npm ci',
          'Run npm run build',
          'Publish to npm',
          'Upload release assets'
        ],
        seconds: 52
      }
    ],
    // Tag pushes: no run on main, so the health check falls back to all branches.
    runs: RELEASES.map(([tag, sha, date], index) => ({
      at: addSeconds(date, 7),
      sha,
      branch: tag,
      event: 'push',
      outcome: index === 0 ? 'failure' : 'success',
      failure: index === 0 ? FAILURES.badCredentials : undefined,
      actor: 'mara-okafor'
    }))
  },
  {
    id: 118_402_210,
    file: 'docs.yml',
    jobs: [
      {
        name: 'Build and publish docs',
        steps: [
          CHECKOUT,
          SETUP_PYTHON,
          'Run pip install -r docs/requirements.txt',
          'Build API reference',
          'Build site',
          'Run peaceiris/actions-gh-pages@v4'
        ],
        seconds: 96
      }
    ],
    runs: onMain('SSSFSSSSSSSS', FAILURES.silentExit, 11)
  },
  {
    id: 118_402_211,
    file: 'dependabot-auto-merge.yml',
    jobs: [
      {
        name: 'Enable auto-merge for patch updates',
        steps: [
          'Run dependabot/fetch-metadata@08eff52bf64351f401fb50d4972fa95b9f2c2d1b',
          'Run gh pr merge --auto --squash "$PR_URL"'
        ],
        seconds: 9
      }
    ],
    // Every human pull request skips the job: too few counted runs to say anything.
    runs: [
      pr('2026-11-20T04:51:33Z', FIX2, 'fix/python-asyncio-shutdown', 418, 'skipped'),
      pr(
        '2026-11-20T08:20:12Z',
        'c5a3d74a0b4f3affb1957290c549c7d38477d58f',
        'refactor/exporter-queue',
        415,
        'skipped',
        'mara-okafor'
      ),
      pr('2026-11-19T11:19:05Z', FIX1, 'fix/python-asyncio-shutdown', 418, 'skipped'),
      pr(
        '2026-11-18T04:13:02Z',
        VITE,
        'dependabot/npm_and_yarn/vite-7.2.2',
        421,
        'success',
        'dependabot[bot]'
      ),
      pr(
        '2026-11-17T22:40:51Z',
        'c2db2ffeb09014ef4b664a5390c4b18ae96689ca',
        'feat/span-batch-limits',
        417,
        'skipped',
        'mara-okafor'
      ),
      pr(
        '2026-11-17T09:02:14Z',
        '39ba9c48b5323437fed0294caf9d59b7e176b55d',
        'dependabot/npm_and_yarn/tsup-8.5.0',
        414,
        'success',
        'dependabot[bot]'
      ),
      pr(
        '2026-11-16T13:11:40Z',
        '8426bb7a84935fcbcab09978ec1cd65b104f8d59',
        'feat/exponential-histogram',
        411,
        'cancelled'
      ),
      pr(
        '2026-11-16T13:12:02Z',
        '8426bb7a84935fcbcab09978ec1cd65b104f8d59',
        'feat/exponential-histogram',
        411,
        'skipped'
      ),
      pr(
        '2026-11-15T17:30:26Z',
        '908f9902e9a9c02d4007857a6ee70d16a2dd5f18',
        'docs/sampling-guide',
        410,
        'skipped',
        'mara-okafor'
      ),
      pr('2026-10-20T16:45:41Z', FEAT, 'feature/otlp-exporter-retries', 412, 'skipped')
    ]
  },
  {
    id: 118_402_212,
    file: 'nightly.yml',
    jobs: [
      {
        name: 'Soak test (2h)',
        steps: [
          'Initialize containers',
          'Run actions/checkout@v2',
          SETUP_NODE,
          'Run npm ci',
          'Soak test',
          'Stop containers'
        ],
        seconds: 7_262
      }
    ],
    runs: daily('2026-11-20T02:11:48Z', 'FFFSSSSSSSSS', FAILURES.runnerShutdown)
  },
  {
    id: 118_402_213,
    file: 'stale.yml',
    state: 'disabled_inactivity',
    jobs: [{ name: 'stale', steps: ['Run actions/stale@v10'], seconds: 14 }],
    // Its last runs, before GitHub disabled the schedule.
    runs: Array.from({ length: 12 }, (_, index) => ({
      at: addSeconds('2026-09-02T09:10:31Z', -index * 377),
      sha: '4e5b85d5d72ed48776a1108028988aa67afff4f1',
      branch: 'main',
      event: 'schedule',
      outcome: 'success' as const,
      actor: 'mara-okafor'
    }))
  },
  {
    id: 118_402_214,
    file: 'pr-preview.yml',
    jobs: [
      {
        name: 'preview',
        steps: [
          CHECKOUT,
          SETUP_PYTHON,
          'Run pip install -r docs/requirements.txt && mkdocs build',
          'Comment preview link'
        ],
        seconds: 63
      }
    ],
    runs: [
      pr('2026-11-20T04:51:34Z', FIX2, 'fix/python-asyncio-shutdown', 418, 'success'),
      pr(
        '2026-11-20T08:20:14Z',
        'c5a3d74a0b4f3affb1957290c549c7d38477d58f',
        'refactor/exporter-queue',
        415,
        'success',
        'mara-okafor'
      ),
      pr('2026-11-19T11:19:06Z', FIX1, 'fix/python-asyncio-shutdown', 418, 'success'),
      pr(
        '2026-11-18T04:13:04Z',
        VITE,
        'dependabot/npm_and_yarn/vite-7.2.2',
        421,
        'success',
        'dependabot[bot]'
      ),
      pr(
        '2026-11-17T22:40:53Z',
        'c2db2ffeb09014ef4b664a5390c4b18ae96689ca',
        'feat/span-batch-limits',
        417,
        'success',
        'mara-okafor'
      ),
      pr(
        '2026-11-17T09:02:16Z',
        '39ba9c48b5323437fed0294caf9d59b7e176b55d',
        'dependabot/npm_and_yarn/tsup-8.5.0',
        414,
        'success',
        'dependabot[bot]'
      ),
      pr(
        '2026-11-16T13:12:04Z',
        '8426bb7a84935fcbcab09978ec1cd65b104f8d59',
        'feat/exponential-histogram',
        411,
        'success'
      ),
      pr(
        '2026-11-15T17:30:28Z',
        '908f9902e9a9c02d4007857a6ee70d16a2dd5f18',
        'docs/sampling-guide',
        410,
        'success',
        'mara-okafor'
      ),
      pr(
        '2026-11-14T10:02:51Z',
        '2880847d3584b316945d0634f7499c6e15144548',
        'fix/grpc-channel-close',
        408,
        'success'
      ),
      pr('2026-10-20T16:45:43Z', FEAT, 'feature/otlp-exporter-retries', 412, 'success')
    ]
  }
]

// ---------------------------------------------------------------------------------------
// Building the scenario

export function buildSampleScenario(): Scenario {
  const ids = new IdSequence()
  const workflows = WORKFLOWS.map(readWorkflow)
  const drafts = WORKFLOWS.flatMap(spec => spec.runs.map(run => ({ spec, run })))
  // GitHub's ids and run numbers grow with time: hand them out oldest first.
  drafts.sort((a, b) => a.run.at.localeCompare(b.run.at))
  // The newest run with a failure keeps the readable log file; older recurrences get a copy moved to their time.
  const logOwners = new Map<string, RunSpec>()
  for (const { run } of [...drafts].reverse()) {
    for (const failure of [run.failure, ...(run.failedAttempts ?? [])]) {
      if (failure && !logOwners.has(failure.log)) logOwners.set(failure.log, run)
    }
  }
  const runNumbers = new Map<number, number>()
  const runs = drafts.map(({ spec, run }) => {
    const runNumber = (runNumbers.get(spec.id) ?? 200 + (spec.id % 97)) + 1
    runNumbers.set(spec.id, runNumber)
    return buildRun(spec, run, runNumber, ids, logOwners)
  })
  runs.reverse()
  return {
    description:
      'harborlight/beacon: a TypeScript + Python observability SDK with 14 workflows in varied health, a failing run of every category, stale and protected automation branches (npm run demo).',
    action: 'health-check',
    now: SAMPLE_NOW,
    event: { name: 'schedule', payload: { schedule: '0 */4 * * *' } },
    inputs: { runs: '10', 'stale-days': '14', 'max-prunes': '10', 'fail-on': 'critical' },
    repository: {
      owner: SAMPLE_OWNER,
      name: SAMPLE_REPO,
      defaultBranch: 'main',
      workflows,
      runs,
      branches: BRANCHES,
      pullRequests: [
        {
          number: 405,
          title: 'chore(codegen): regenerate the OpenAPI client',
          head: 'automated/codegen-openapi',
          base: 'main',
          state: 'open',
          user: BOT
        },
        {
          number: 412,
          title: 'feat(otlp): retry with exponential backoff on 429 and 503',
          head: 'feature/otlp-exporter-retries',
          base: 'main',
          state: 'open',
          user: 'dkowalski'
        },
        {
          number: 415,
          title: 'refactor(export): one queue per exporter',
          head: 'refactor/exporter-queue',
          base: 'main',
          state: 'closed',
          user: 'mara-okafor'
        },
        {
          number: 417,
          title: 'feat(export): configurable span batch limits',
          head: 'feat/span-batch-limits',
          base: 'main',
          state: 'closed',
          user: 'mara-okafor'
        },
        {
          number: 418,
          title: 'fix(python): flush the exporter on asyncio loop shutdown',
          head: 'fix/python-asyncio-shutdown',
          base: 'main',
          state: 'open',
          user: 'dkowalski'
        },
        {
          number: 421,
          title: 'build(deps-dev): bump vite from 7.1.12 to 7.2.2',
          head: 'dependabot/npm_and_yarn/vite-7.2.2',
          base: 'main',
          state: 'open',
          user: 'dependabot[bot]'
        }
      ],
      labels: [
        { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
        { name: 'dependencies', color: '0366d6', description: 'Pull requests that update a dependency file' },
        { name: 'ci', color: 'fbca04', description: 'Continuous integration' }
      ],
      collaborators: { 'mara-okafor': 'admin', dkowalski: 'write', 'lin-zhao': 'read' }
    }
  }
}

function readWorkflow(spec: WorkflowSpec): ScenarioWorkflow {
  const content = readFileSync(join(SAMPLE_DIR, 'workflows', spec.file), 'utf8')
  const name = (parseYaml(content) as { name?: string }).name ?? spec.file
  return { id: spec.id, name, path: wf(spec.file), ...(spec.state ? { state: spec.state } : {}), content }
}

const SUCCESS = { status: 'completed', conclusion: 'success' } as const

function buildRun(
  spec: WorkflowSpec,
  run: RunSpec,
  runNumber: number,
  ids: IdSequence,
  logOwners: Map<string, RunSpec>
): ScenarioRun {
  const id = ids.run()
  const base = {
    id,
    workflowId: spec.id,
    headBranch: run.branch,
    headSha: run.sha,
    event: run.event,
    runNumber,
    actor: run.actor,
    ...(run.pullRequests ? { pullRequests: run.pullRequests } : {})
  }
  if (run.outcome === 'queued') {
    return { ...base, status: 'queued', conclusion: null, createdAt: run.at, updatedAt: run.at }
  }
  if (run.outcome === 'action_required') {
    return {
      ...base,
      status: 'completed',
      conclusion: 'action_required',
      createdAt: run.at,
      updatedAt: run.at,
      jobs: []
    }
  }
  if (run.outcome === 'skipped' || run.outcome === 'cancelled') {
    const ended = addSeconds(run.at, run.outcome === 'skipped' ? 3 : 41)
    const jobs = spec.jobs.map(job => ({
      id: ids.job(),
      name: job.name,
      status: 'completed' as const,
      conclusion: run.outcome as 'skipped' | 'cancelled',
      startedAt: ended,
      completedAt: ended,
      labels: ['ubuntu-latest'],
      steps: []
    }))
    return {
      ...base,
      status: 'completed',
      conclusion: run.outcome,
      createdAt: run.at,
      runStartedAt: addSeconds(run.at, 2),
      updatedAt: ended,
      jobs
    }
  }

  const attempts = [...(run.failedAttempts ?? []), run.outcome === 'failure' ? run.failure : undefined]
  const jobsByAttempt: ScenarioJob[][] = []
  let start = addSeconds(run.at, 4 + Math.round(jitter(`${id}`) * 20))
  for (const [index, failure] of attempts.entries()) {
    const ownsLog = failure !== undefined && logOwners.get(failure.log) === run
    const jobs = buildJobs(spec, run, failure, ownsLog, start, `${id}#${index}`, ids)
    jobsByAttempt.push(jobs)
    // A re-run starts a while after the failed attempt ended.
    start = addSeconds(latest(jobs.map(job => job.completedAt!)), 1_100)
  }
  const current = jobsByAttempt.at(-1)!
  const previousAttempts = Object.fromEntries(
    jobsByAttempt.slice(0, -1).map((jobs, index) => [String(index + 1), jobs])
  )
  return {
    ...base,
    status: 'completed',
    conclusion: run.outcome,
    runAttempt: jobsByAttempt.length,
    createdAt: run.at,
    runStartedAt: addSeconds(earliest(current.map(job => job.startedAt!)), -3),
    updatedAt: addSeconds(latest(current.map(job => job.completedAt!)), 2),
    jobs: current,
    ...(jobsByAttempt.length > 1 ? { previousAttempts } : {})
  }
}

function buildJobs(
  spec: WorkflowSpec,
  run: RunSpec,
  failure: Failure | undefined,
  ownsLog: boolean,
  start: string,
  key: string,
  ids: IdSequence
): ScenarioJob[] {
  return spec.jobs.map(job => {
    const jobStart = addSeconds(start, Math.round(jitter(`${key}${job.name}`) * 4))
    if (failure?.job !== job.name) {
      const seconds = Math.round(job.seconds * (0.85 + 0.3 * jitter(`${key}${job.name}:d`)))
      return {
        id: ids.job(),
        name: job.name,
        ...SUCCESS,
        startedAt: jobStart,
        completedAt: addSeconds(jobStart, seconds),
        labels: ['ubuntu-latest'],
        steps: steps(job, null).map(step => ({ ...step }))
      }
    }
    const original = readFileSync(join(SAMPLE_DIR, 'logs', failure.log), 'utf8')
    const [first, last] = logSpan(original)
    if (ownsLog && !(first > run.at && Date.parse(first) - Date.parse(run.at) < 600_000)) {
      throw new Error(
        `${failure.log} starts at ${first}, not in the 10 minutes after its run was created (${run.at})`
      )
    }
    const shift = ownsLog ? 0 : Date.parse(jobStart) - Date.parse(first)
    return {
      id: ids.job(),
      name: job.name,
      status: 'completed',
      conclusion: 'failure',
      startedAt: isoSeconds(Date.parse(first) + shift),
      completedAt: isoSeconds(Date.parse(last) + shift),
      labels: ['ubuntu-latest'],
      steps: steps(job, failure.step),
      ...(ownsLog ? { logFile: `logs/${failure.log}` } : { log: shiftTimestamps(original, shift) }),
      ...(failure.annotations ? { annotations: failure.annotations } : {})
    }
  })
}

/** The job's steps as the runner lists them: set-up, the workflow's steps, post steps, completion. */
function steps(
  job: JobSpec,
  failedStep: string | null
): { name: string; number: number; status: string; conclusion: string | null }[] {
  if (failedStep !== null && !job.steps.includes(failedStep)) {
    throw new Error(`job ${job.name} has no step ${failedStep}`)
  }
  const failedAt = failedStep === null ? -1 : job.steps.indexOf(failedStep)
  const posts = job.steps.filter(step => step.startsWith('Run actions/checkout@')).map(step => `Post ${step}`)
  const names = ['Set up job', ...job.steps, ...posts, 'Complete job']
  return names.map((name, index) => {
    const own = index - 1
    const conclusion =
      failedAt === -1 || own < failedAt || own >= job.steps.length
        ? 'success'
        : own === failedAt
          ? 'failure'
          : 'skipped'
    return { name, number: index + 1, status: 'completed', conclusion }
  })
}

const LOG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z /gm

function logSpan(log: string): [string, string] {
  const stamps = [...log.matchAll(LOG_TIMESTAMP)].map(match => `${match[1]}Z`)
  if (stamps.length === 0) throw new Error('a sample log has no timestamps')
  return [stamps[0], stamps.at(-1)!]
}

function shiftTimestamps(log: string, ms: number): string {
  return log.replace(
    LOG_TIMESTAMP,
    (_, seconds: string, fraction = '') =>
      `${isoSeconds(Date.parse(`${seconds}Z`) + ms).slice(0, -1)}${fraction}Z `
  )
}

function branch(
  name: string,
  commits: [sha: string, date: string, author: string, message: string][]
): ScenarioBranch {
  return {
    name,
    commits: commits.map(([sha, date, author, message]) => ({
      sha,
      date,
      author,
      message,
      ...(author in BOT_EMAILS ? { authorEmail: BOT_EMAILS[author] } : {})
    }))
  }
}

function commitOf(commit: Commit) {
  return { sha: commit.sha, message: commit.message, author: commit.author, date: commit.date }
}

/** The main head at a time; runs before the sample's first commit ran on the release before it. */
function mainHeadAt(time: string): string {
  return MAIN.find(commit => commit.date <= time)?.sha ?? EARLIER_MAIN_HEAD
}

/** Run and job ids in GitHub's current ranges, growing with time, with uneven gaps. */
class IdSequence {
  private runId = 19_512_604_118
  private jobId = 55_871_220_406
  run(): number {
    this.runId += 1_000 + Math.round(jitter(`run${this.runId}`) * 90_000)
    return this.runId
  }
  job(): number {
    this.jobId += 1 + Math.round(jitter(`job${this.jobId}`) * 40)
    return this.jobId
  }
}

/** A stable pseudo-random number in [0, 1) (FNV-1a), so the sample is the same on every build. */
function jitter(key: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash / 2 ** 32
}

function addSeconds(time: string, seconds: number): string {
  return isoSeconds(Date.parse(time) + seconds * 1000)
}

function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

const earliest = (times: string[]) => [...times].sort()[0]
const latest = (times: string[]) => [...times].sort().at(-1)!

export function renderSampleScenario(): string {
  return `${JSON.stringify(buildSampleScenario(), null, 2)}\n`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rendered = renderSampleScenario()
  if (process.argv.includes('--check')) {
    const current = readFileSync(SAMPLE_SCENARIO_FILE, 'utf8')
    if (current !== rendered) {
      console.error('examples/sample-repo/scenario.json is out of date: run npx tsx examples/build-sample.ts')
      process.exit(1)
    }
  } else {
    writeFileSync(SAMPLE_SCENARIO_FILE, rendered)
    console.log(`wrote ${SAMPLE_SCENARIO_FILE}`)
  }
}
