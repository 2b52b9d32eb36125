import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { lintWorkflow, type Finding, type RuleId } from '../../src/lint/index.js'
import { CACHE_AWARE_ACTIONS, CODE_INPUTS, PUBLISHING_ACTIONS } from '../../src/lint/data/action-hazards.js'

const SHA = 'a'.repeat(40)
const DIGEST = `sha256:${'b'.repeat(64)}`

const lint = (content: string): Finding[] => lintWorkflow('.github/workflows/audit.yml', content)
/** Findings of one rule that count as a flag (error or warning). */
const flags = (content: string, rule: RuleId): Finding[] =>
  lint(content).filter(f => f.rule === rule && f.level !== 'notice')

/** A workflow that is clean apart from what a case puts in: trigger, job keys and steps. */
const workflow = (on: string, steps: string, jobExtra = ''): string => `on: ${on}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
${jobExtra}    steps:
${steps}`

const step = (uses: string, inputs: Record<string, string> = {}): string => {
  const withLines = Object.entries(inputs).map(([key, value]) => `          ${key}: ${value}\n`)
  return `      - uses: ${uses}\n${withLines.length ? `        with:\n${withLines.join('')}` : ''}`
}

interface Pair {
  name: string
  rule: RuleId
  flagged: string
  clean: string
}

/** Each audit: a workflow it must flag and a near-identical one it must leave alone. */
const PAIRS: Pair[] = [
  {
    name: 'rust-cache in a release workflow; lookup-only opts out',
    rule: 'cache-poisoning',
    flagged: workflow('release', step(`Swatinem/rust-cache@${SHA}`)),
    clean: workflow('release', step(`Swatinem/rust-cache@${SHA}`, { 'lookup-only': 'true' }))
  },
  {
    name: 'actions/cache on pushed tags; lookup-only opts out',
    rule: 'cache-poisoning',
    flagged: workflow(
      "\n  push:\n    tags: ['v*']",
      step('actions/cache@v4', { path: '~/.npm', key: 'npm' })
    ),
    clean: workflow(
      "\n  push:\n    tags: ['v*']",
      step('actions/cache@v4', { path: '~/.npm', key: 'npm', 'lookup-only': 'true' })
    )
  },
  {
    name: 'maturin sccache on pushed tags',
    rule: 'cache-poisoning',
    flagged: workflow(
      "\n  push:\n    tags: ['*']",
      step(`PyO3/maturin-action@${SHA}`, { sccache: "'true'" })
    ),
    clean: workflow("\n  push:\n    tags: ['*']", step(`PyO3/maturin-action@${SHA}`, { sccache: 'false' }))
  },
  {
    name: 'composer install caches unless ignore-cache',
    rule: 'cache-poisoning',
    flagged: workflow('release', step(`ramsey/composer-install@${SHA}`)),
    clean: workflow('release', step(`ramsey/composer-install@${SHA}`, { 'ignore-cache': 'yes' }))
  },
  {
    name: 'docker build reading the GitHub Actions cache',
    rule: 'cache-poisoning',
    flagged: workflow('release', step(`docker/build-push-action@${SHA}`, { 'cache-from': 'type=gha' })),
    clean: workflow('release', step(`docker/build-push-action@${SHA}`, { 'cache-from': 'type=registry' }))
  },
  {
    name: 'setup-python cache on release, not on an ordinary push',
    rule: 'cache-poisoning',
    flagged: workflow('release', step('actions/setup-python@v5', { cache: 'pip' })),
    clean: workflow('push', step('actions/setup-python@v5', { cache: 'pip' }))
  },
  {
    name: 'a push to a release branch is a release trigger',
    rule: 'cache-poisoning',
    flagged: workflow('\n  push:\n    branches: [release-2.0]', step(`Swatinem/rust-cache@${SHA}`)),
    clean: workflow('\n  push:\n    branches: [main]', step(`Swatinem/rust-cache@${SHA}`))
  },
  {
    name: 'a publishing step makes any trigger a release',
    rule: 'cache-poisoning',
    flagged: workflow(
      '\n  push:\n    branches: [main]',
      step(`Swatinem/rust-cache@${SHA}`) + step(`softprops/action-gh-release@${SHA}`)
    ),
    clean: workflow(
      '\n  push:\n    branches: [main]',
      step(`Swatinem/rust-cache@${SHA}`) + '      - run: cargo build\n'
    )
  },
  {
    name: 'a toggle on only for tag pushes, in a tags-only workflow',
    rule: 'cache-poisoning',
    flagged: workflow(
      "\n  push:\n    tags: ['*']",
      step(`PyO3/maturin-action@${SHA}`, { sccache: "${{ startsWith(github.ref, 'refs/tags/') }}" })
    ),
    clean: workflow(
      "\n  push:\n    tags: ['*']",
      step(`PyO3/maturin-action@${SHA}`, { sccache: "${{ !startsWith(github.ref, 'refs/tags/') }}" })
    )
  },
  {
    name: 'buildx caches its binary only with a version',
    rule: 'cache-poisoning',
    flagged: workflow(
      'release',
      step(`docker/setup-buildx-action@${SHA}`, { 'cache-binary': 'true', version: 'latest' })
    ),
    clean: workflow('release', step(`docker/setup-buildx-action@${SHA}`, { 'cache-binary': 'true' }))
  },
  {
    name: 'github-script script',
    rule: 'template-injection',
    flagged: workflow(
      'issues',
      step(`actions/github-script@${SHA}`, { script: "console.log('${{ github.event.issue.title }}')" })
    ),
    clean: workflow(
      'issues',
      step(`actions/github-script@${SHA}`, { script: "console.log('${{ github.event.issue.number }}')" })
    )
  },
  {
    name: 'PowerShell script of pwsh-script',
    rule: 'template-injection',
    flagged: workflow(
      'pull_request',
      step(`Amadevus/pwsh-script@${SHA}`, {
        script: '|\n            Write-Host "${{ github.event.pull_request.title }}"'
      })
    ),
    clean: workflow(
      'pull_request',
      step(`Amadevus/pwsh-script@${SHA}`, {
        script: '|\n            Write-Host "${{ github.event.pull_request.number }}"'
      })
    )
  },
  {
    name: 'yq cmd',
    rule: 'template-injection',
    flagged: workflow(
      'pull_request',
      step(`mikefarah/yq@${SHA}`, { cmd: '${{ github.event.pull_request.title }}' })
    ),
    clean: workflow('pull_request', step(`mikefarah/yq@${SHA}`, { cmd: "yq '.version' package.yml" }))
  },
  {
    name: 'backport title template',
    rule: 'template-injection',
    flagged: workflow(
      'pull_request',
      step(`tibdex/backport@${SHA}`, { title_template: "'${{ github.event.pull_request.title }}'" })
    ),
    clean: workflow('pull_request', step(`tibdex/backport@${SHA}`, { title_template: "'<%= title %>'" }))
  },
  {
    name: 'a matrix value built from an expression',
    rule: 'template-injection',
    flagged: workflow(
      'pull_request',
      '      - run: echo ${{ matrix.bar }}\n',
      '    strategy:\n      matrix:\n        include:\n          - bar: prefix-${{ github.repository_owner }}\n'
    ),
    clean: workflow(
      'pull_request',
      '      - run: echo ${{ matrix.bar }}\n',
      '    strategy:\n      matrix:\n        include:\n          - bar: prefix-fixed\n'
    )
  },
  {
    name: 'pull_request_target whose job uses event data',
    rule: 'dangerous-triggers',
    flagged: workflow(
      'pull_request_target',
      '      - run: echo "$N"\n        env:\n          N: ${{ github.event.pull_request.number }}\n'
    ),
    clean: workflow(
      'pull_request',
      '      - run: echo "$N"\n        env:\n          N: ${{ github.event.pull_request.number }}\n'
    )
  },
  {
    name: 'workflow_run',
    rule: 'dangerous-triggers',
    flagged: workflow('workflow_run', step(`actions/download-artifact@${SHA}`)),
    clean: workflow('workflow_dispatch', step(`actions/download-artifact@${SHA}`))
  },
  {
    name: 'a job gated on the actor being dependabot',
    rule: 'bot-conditions',
    flagged: workflow('pull_request', '      - run: echo\n', "    if: github.actor == 'dependabot[bot]'\n"),
    clean: workflow(
      'pull_request',
      '      - run: echo\n',
      "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n"
    )
  },
  {
    name: 'the actor read by index',
    rule: 'bot-conditions',
    flagged: workflow(
      'pull_request',
      "      - run: echo\n        if: github['actor'] == 'dependabot[bot]'\n"
    ),
    clean: workflow('pull_request', "      - run: echo\n        if: github['event_name'] == 'pull_request'\n")
  },
  {
    name: 'a step gated on the actor id of dependabot',
    rule: 'bot-conditions',
    flagged: workflow(
      'pull_request',
      "      - run: echo\n        if: ${{ github.actor_id == '49699333' }}\n"
    ),
    clean: workflow('pull_request', "      - run: echo\n        if: ${{ github.actor_id != '49699333' }}\n")
  },
  {
    name: 'checkout before v6 keeping the token in .git/config',
    rule: 'artipacked',
    flagged: workflow('push', step('actions/checkout@v4') + '      - run: make\n'),
    clean: workflow(
      'push',
      step('actions/checkout@v4', { 'persist-credentials': 'false' }) + '      - run: make\n'
    )
  },
  {
    name: 'job container without a tag',
    rule: 'unpinned-images',
    flagged: workflow('push', '      - run: make\n', '    container:\n      image: ubuntu\n'),
    clean: workflow('push', '      - run: make\n', `    container:\n      image: ubuntu@${DIGEST}\n`)
  },
  {
    name: 'service on latest',
    rule: 'unpinned-images',
    flagged: workflow(
      'push',
      '      - run: make\n',
      '    services:\n      redis:\n        image: redis:latest\n'
    ),
    clean: workflow(
      'push',
      '      - run: make\n',
      `    services:\n      redis:\n        image: redis:7@${DIGEST}\n`
    )
  },
  {
    name: 'container image from a matrix value',
    rule: 'unpinned-images',
    flagged: workflow(
      'push',
      '      - run: make\n',
      '    container: ${{ matrix.image }}\n    strategy:\n      matrix:\n        image: [ubuntu]\n'
    ),
    clean: workflow(
      'push',
      '      - run: make\n',
      `    container: \${{ matrix.image }}\n    strategy:\n      matrix:\n        image: ['ubuntu@${DIGEST}']\n`
    )
  },
  {
    name: 'read-all',
    rule: 'excessive-permissions',
    flagged: workflow('push', '      - run: make\n').replace(
      'permissions:\n  contents: read',
      'permissions: read-all'
    ),
    clean: workflow('push', '      - run: make\n')
  },
  {
    name: 'a GitHub action on a tag where the workflow hash-pins GitHub actions',
    rule: 'unpinned-action',
    flagged: workflow(
      'push',
      step(`actions/setup-node@${SHA}`) + step('actions/checkout@v4', { 'persist-credentials': 'false' })
    ),
    clean: workflow(
      'push',
      step(`docker/login-action@${SHA}`) + step('actions/checkout@v4', { 'persist-credentials': 'false' })
    )
  },
  {
    name: 'a field parsed out of a secret',
    rule: 'unredacted-secrets',
    flagged: workflow(
      'push',
      '      - run: deploy\n        env:\n          USER: ${{ fromJSON(secrets.LOGIN).user }}\n'
    ),
    clean: workflow('push', '      - run: deploy\n        env:\n          USER: ${{ secrets.LOGIN_USER }}\n')
  },
  {
    name: 'an app token that outlives its job',
    rule: 'github-app',
    flagged: workflow(
      'push',
      step(`actions/create-github-app-token@${SHA}`, { 'app-id': '1', 'skip-token-revoke': 'true' })
    ),
    clean: workflow('push', step(`actions/create-github-app-token@${SHA}`, { 'app-id': '1' }))
  },
  {
    name: 'an app token for every repository of an owner',
    rule: 'github-app',
    flagged: workflow(
      'push',
      step(`actions/create-github-app-token@${SHA}`, { 'app-id': '1', owner: 'acme' })
    ),
    clean: workflow(
      'push',
      step(`actions/create-github-app-token@${SHA}`, { 'app-id': '1', owner: 'acme', repositories: 'docs' })
    )
  },
  {
    name: 'a variable written to GITHUB_ENV under pull_request_target',
    rule: 'untrusted-env-write',
    flagged: workflow('pull_request_target', '      - run: echo "REF=$HEAD" >> "$GITHUB_ENV"\n'),
    clean: workflow('pull_request_target', '      - run: printf "MODE=ci\\n" >> "$GITHUB_ENV"\n')
  }
]

describe('each audit flags its workflow and leaves the near-identical one alone', () => {
  test.each(PAIRS)('$rule: $name', ({ rule, flagged, clean }) => {
    expect(flags(flagged, rule).length).toBeGreaterThan(0)
    expect(flags(clean, rule)).toEqual([])
  })
})

describe('grades', () => {
  test('every finding has a severity and a confidence', () => {
    for (const { flagged } of PAIRS) {
      for (const finding of lint(flagged)) {
        expect(['informational', 'low', 'medium', 'high']).toContain(finding.severity)
        expect(['low', 'medium', 'high']).toContain(finding.confidence)
      }
    }
  })

  test('cache poisoning is serious but uncertain, and says how to opt out', () => {
    const [finding] = flags(workflow('release', step(`Swatinem/rust-cache@${SHA}`)), 'cache-poisoning')
    expect(finding).toMatchObject({ level: 'warning', severity: 'high', confidence: 'low', line: 9 })
    expect(finding.message).toContain('`lookup-only` is not set')
    expect(finding.message).toContain('Set `lookup-only: true`')
  })

  test('an attacker-written title is surer than a matrix value built from an expression', () => {
    const [title] = flags(PAIRS.find(p => p.name === 'github-script script')!.flagged, 'template-injection')
    const [matrix] = flags(
      PAIRS.find(p => p.name.startsWith('a matrix value'))!.flagged,
      'template-injection'
    )
    expect(title).toMatchObject({ level: 'error', severity: 'high', confidence: 'high' })
    expect(title.message).toContain('JavaScript that actions/github-script runs from its `script` input')
    expect(title.message).toContain('(`TITLE: ${{ github.event.issue.title }}`) and read process.env.TITLE')
    expect(matrix).toMatchObject({ level: 'warning', severity: 'medium', confidence: 'medium' })
    expect(matrix.message).toContain('`matrix.bar`')
  })

  test('a bot check that decides alone is surer than one joined with another condition', () => {
    const alone = lint(
      workflow('pull_request', '      - run: echo\n', "    if: github.actor == 'renovate[bot]'\n")
    )
    const joined = lint(
      workflow(
        'pull_request',
        '      - run: echo\n',
        "    if: github.actor == 'renovate[bot]' && github.repository == 'a/b'\n"
      )
    )
    expect(alone.find(f => f.rule === 'bot-conditions')).toMatchObject({ level: 'error', confidence: 'high' })
    expect(joined.find(f => f.rule === 'bot-conditions')).toMatchObject({
      level: 'warning',
      confidence: 'medium'
    })
  })

  test('read-all weighs less than write-all', () => {
    const grant = (value: string) =>
      flags(
        workflow('push', '      - run: make\n').replace(
          'permissions:\n  contents: read',
          `permissions: ${value}`
        ),
        'excessive-permissions'
      )[0]
    expect(grant('read-all')).toMatchObject({ severity: 'medium', confidence: 'high' })
    expect(grant('write-all')).toMatchObject({ severity: 'high', confidence: 'high' })
  })

  test('advice stays advice: a tagged image, checkout v6, a privileged trigger with fixed scripts only', () => {
    const tagged = lint(workflow('push', '      - run: make\n', '    container:\n      image: node:22\n'))
    expect(tagged.find(f => f.rule === 'unpinned-images')).toMatchObject({ level: 'notice', severity: 'low' })
    const v6 = lint(workflow('push', step('actions/checkout@v6') + '      - run: make\n'))
    expect(v6.filter(f => f.level !== 'notice')).toEqual([])
    expect(v6.map(f => f.rule)).toContain('persisted-credentials')
    const inert = lint(workflow('pull_request_target', '      - run: echo hello\n'))
    expect(inert.find(f => f.rule === 'dangerous-triggers')).toMatchObject({ level: 'notice' })
  })
})

describe('ignore comments', () => {
  const flagged = workflow(
    'pull_request_target',
    '      - run: echo "$T"\n        env:\n          T: ${{ github.event.number }}\n'
  )

  test('silence the named rule on their line, and only that rule', () => {
    expect(flags(flagged, 'dangerous-triggers')).toHaveLength(1)
    const ignored = flagged.replace(
      'on: pull_request_target',
      'on: pull_request_target # workflow-triage: ignore[dangerous-triggers] labels only, no PR code runs'
    )
    expect(flags(ignored, 'dangerous-triggers')).toEqual([])
    const otherRule = flagged.replace(
      'on: pull_request_target',
      'on: pull_request_target # workflow-triage: ignore[bot-conditions]'
    )
    expect(flags(otherRule, 'dangerous-triggers')).toHaveLength(1)
  })

  test("honour zizmor's comments and audit names", () => {
    const unpinned = workflow(
      'push',
      '      - uses: someone/tool@v1 # zizmor: ignore[unpinned-uses] vendored fork\n'
    )
    expect(
      flags(unpinned.replace(' # zizmor: ignore[unpinned-uses] vendored fork', ''), 'unpinned-action')
    ).toHaveLength(1)
    expect(flags(unpinned, 'unpinned-action')).toEqual([])
  })

  test('name several rules at once', () => {
    const both = workflow('push', '      - uses: someone/tool@v1\n').replace(
      '      - uses: someone/tool@v1',
      '      - uses: someone/tool@v1 # workflow-triage: ignore[outdated-action, unpinned-action] vendored'
    )
    expect(flags(both, 'unpinned-action')).toEqual([])
  })

  test('a comment on another line does not silence a finding', () => {
    const elsewhere = flagged.replace(
      'permissions:',
      '# workflow-triage: ignore[dangerous-triggers]\npermissions:'
    )
    expect(flags(elsewhere, 'dangerous-triggers')).toHaveLength(1)
  })
})

describe('the action hazards table', () => {
  test('names each action once, in lower case, with the inputs it reads', () => {
    for (const table of [CACHE_AWARE_ACTIONS, CODE_INPUTS, PUBLISHING_ACTIONS]) {
      const names = table.map(entry => entry.action)
      expect(new Set(names).size).toBe(names.length)
      for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\/[a-z0-9._-]+(\/[a-z0-9._/-]+)?$/)
    }
    for (const entry of CODE_INPUTS) {
      expect(entry.inputs.length).toBeGreaterThan(0)
      for (const input of entry.inputs) expect(input).toBe(input.toLowerCase())
    }
  })
})

describe("the project's own workflows and README examples", () => {
  const ownWorkflows = readdirSync('.github/workflows')
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({
      file: `.github/workflows/${name}`,
      content: readFileSync(`.github/workflows/${name}`, 'utf8')
    }))
  const readmeExamples = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (match, index) => ({ file: `README example ${index + 1}`, content: match[1] })
  )

  test('have no error-level finding', () => {
    expect(ownWorkflows.length).toBeGreaterThan(0)
    expect(readmeExamples.length).toBeGreaterThan(0)
    const errors = [...ownWorkflows, ...readmeExamples].flatMap(({ file, content }) =>
      lintWorkflow(file, content).filter(f => f.level === 'error')
    )
    expect(errors).toEqual([])
  })

  test('keep only the warnings the README explains', () => {
    const warnings = [...ownWorkflows, ...readmeExamples].flatMap(({ file, content }) =>
      lintWorkflow(file, content)
        .filter(f => f.level === 'warning')
        .map(f => f.rule)
    )
    // workflow_run is what triage runs on; `<owner>/workflow-triage@v1` is a placeholder to pin.
    expect(new Set(warnings)).toEqual(new Set(['dangerous-triggers', 'unpinned-action']))
  })
})
