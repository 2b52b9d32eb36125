import { describe, expect, it } from '@jest/globals'
import { MAX_BODY_LENGTH, linesWithFenceState, parseMarker } from '../../src/text/markdown.js'
import {
  type FailureAlert,
  type Occurrence,
  addOccurrence,
  issueLabels,
  labelColour,
  parseApprovalCommand,
  renderApprovalResult,
  renderIssue,
  renderRecurrence,
  renderRefusal,
  renderResolution,
  renderWidelyBroken,
  neverLowerPriority,
  respectHumanLabels,
  TRIAGE_LABEL_NAMES,
  withCommands
} from '../../src/triage/issues.js'
import { CATEGORIES, PRIORITIES, ROLES } from '../../src/types.js'

const ZWSP = '\u200b'

function makeAlert(overrides: Partial<FailureAlert> = {}): FailureAlert {
  return {
    workflow: { name: 'CI', path: '.github/workflows/ci.yml' },
    run: {
      id: 9001,
      number: 42,
      attempt: 1,
      url: 'https://github.com/acme/app/actions/runs/9001',
      event: 'push',
      at: '2026-11-20T10:00:00Z'
    },
    branch: 'main',
    commit: {
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      message: 'Fix the parser\n\nLong body',
      url: 'https://github.com/acme/app/commit/a1b2c3d'
    },
    category: 'test_failure',
    confidence: 0.86,
    classifiedBy: 'rules',
    rootCause: '2 tests fail in parser.test.ts',
    evidence: ['FAIL src/parser.test.ts', '  ● parses dates'],
    failedJobs: [
      {
        name: 'test (ubuntu-latest)',
        url: 'https://github.com/acme/app/actions/runs/9001/job/1',
        failedSteps: [{ name: 'Run tests', number: 4 }]
      }
    ],
    reproduce: 'npm test',
    actionRequired: 'Fix the failing tests or revert the commit.',
    impact: 'The default branch is red; merges are blocked.',
    priority: 'P1',
    priorityReasons: ['the default branch is broken'],
    owners: { primary: 'cto', extra: [], teams: ['acme/platform'] },
    fingerprint: { id: 'fp1234abcd', maskedLine: 'FAIL src/parser.test.ts' },
    approvals: [],
    failingSince: null,
    massFailure: null,
    ...overrides
  }
}

const occurrence = (runId: number): Occurrence => ({
  runId,
  attempt: 1,
  url: `https://github.com/acme/app/actions/runs/${runId}`,
  at: '2026-11-20T11:00:00Z',
  branch: 'main',
  sha: 'b'.repeat(40)
})

/** Lines outside fenced code: where GitHub would render Markdown, mentions and HTML. */
const renderedText = (body: string): string =>
  linesWithFenceState(body)
    .filter(line => !line.fenced)
    .map(line => line.line)
    .join('\n')

describe('renderIssue', () => {
  it('renders a readable alert with facts, evidence, occurrences and the marker', () => {
    const { title, body, labels } = renderIssue(makeAlert())
    expect(title).toBe('CI · main · Test failure · test (ubuntu-latest)')
    expect(labels).toEqual(['triage', 'triage:test_failure', 'owner:cto', 'priority:P1'])
    expect(parseMarker(body, 'fingerprint')).toEqual({ kind: 'fingerprint', id: 'fp1234abcd' })
    expect(body).toContain(
      '| Run | [\\#' + ZWSP + '42](https://github.com/acme/app/actions/runs/9001) attempt 1 |'
    )
    expect(body).toContain('| Failure type | Test failure (86% confidence, rules) |')
    expect(body).toContain('| Owner | **cto** @acme/platform |')
    expect(body).toContain('[a1b2c3d](https://github.com/acme/app/commit/a1b2c3d) Fix the parser |')
    expect(body).toContain(
      '[step 4\\: Run tests](https://github.com/acme/app/actions/runs/9001/job/1#step:4:1)'
    )
    expect(body).toContain('```sh\nnpm test\n```')
    expect(body).toContain('```text\nFAIL src/parser.test.ts\n  ● parses dates\n```')
    expect(body).toContain(
      '| [run 9001](https://github.com/acme/app/actions/runs/9001) | 1 | 2026-11-20 10:00 | main | a1b2c3d |'
    )
  })

  it('lists approval commands for gated remediations', () => {
    const { body } = renderIssue(
      makeAlert({ approvals: [{ approvalId: 'delete-branch-9001-1', description: 'Delete automated/x' }] })
    )
    expect(body).toContain('comment `/triage approve delete-branch-9001-1`')
    expect(parseApprovalCommand(body)).toBeNull()
  })

  it('renders hostile log text, names and AI answers inert', () => {
    const hostile =
      'x\n```\n@someone #12 GH-7 <img src=x onerror=alert(1)> \u202egnp.exe\u200b [c](javascript:x)\n```'
    const { title, body } = renderIssue(
      makeAlert({
        workflow: { name: 'CI @admins', path: '.github/workflows/ci.yml' },
        branch: 'evil/<script>@x',
        commit: { sha: 'c'.repeat(40), message: '@boss please #99 <b>now</b>', url: null },
        rootCause: hostile,
        evidence: hostile.split('\n'),
        failedJobs: [
          { name: '@team/all `x` | y', url: null, failedSteps: [{ name: '<img src=x>', number: 1 }] }
        ],
        fingerprint: { id: 'fp1', maskedLine: '```\n@someone\n' }
      })
    )
    // Outside code, the team mention the policy chose is the only real one.
    expect(renderedText(body).match(/@[A-Za-z0-9][\w/-]*/g)).toEqual(['@acme/platform'])
    const rendered = renderedText(body).replace('@acme/platform', '')
    expect(rendered).not.toMatch(/@[A-Za-z0-9]/)
    expect(rendered).not.toMatch(/#\d|GH-\d/)
    expect(rendered).not.toMatch(/<img|<script|<b>/)
    expect(rendered).not.toContain('](javascript:')
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069\ufeff]/)
    // The only zero-width characters left are the ones breaking mentions and references.
    expect(body.replace(/[@#-]\u200b/g, '')).not.toContain(ZWSP)
    // Evidence stays inside one fence: its backticks cannot close it.
    const evidence = body.slice(body.indexOf('### Evidence'))
    expect(evidence).toMatch(/^### Evidence\n\n````text\n/)
    expect(title).not.toContain('\n')
    expect(title).toContain(`@${ZWSP}admins`)
  })

  it('never exceeds 65,536 characters, however long the evidence and names', () => {
    const { body } = renderIssue(
      makeAlert({
        rootCause: '&'.repeat(50000),
        evidence: Array.from(
          { length: 5000 },
          (_, i) => `error ${i}: ${'`'.repeat(i % 9)} ${'x'.repeat(80)}`
        ),
        failedJobs: Array.from({ length: 30 }, (_, i) => ({
          name: `<job ${i}>`.repeat(100),
          url: null,
          failedSteps: Array.from({ length: 30 }, (_, n) => ({ name: '|'.repeat(500), number: n }))
        })),
        reproduce: 'x'.repeat(100000)
      })
    )
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
    expect(parseMarker(body, 'fingerprint')?.id).toBe('fp1234abcd')
    expect(body).toContain('| [run 9001]')
  })
})

describe('addOccurrence', () => {
  const body = renderIssue(makeAlert()).body
  const rows = (text: string): string[] => text.split('\n').filter(line => line.startsWith('| [run '))

  it('adds one row per run and counts it', () => {
    const updated = addOccurrence(body, occurrence(9002))
    expect(rows(updated)).toHaveLength(2)
    expect(parseMarker(updated, 'occurrences')?.id).toBe('2')
    expect(updated).toContain('Seen 2 time(s).')
    // Everything else is untouched.
    expect(updated.replace(/\n\| \[run 9002\][^\n]*/, '').replace(/=2 -->\nSeen 2/, '=1 -->\nSeen 1')).toBe(
      body
    )
  })

  it('is idempotent per run id', () => {
    const once = addOccurrence(body, occurrence(9002))
    expect(addOccurrence(once, occurrence(9002))).toBe(once)
    expect(addOccurrence(body, occurrence(9001))).toBe(body)
  })

  it('keeps the latest rows and the full count', () => {
    let text = body
    for (let run = 1; run <= 60; run++) text = addOccurrence(text, occurrence(10000 + run))
    expect(rows(text)).toHaveLength(50)
    expect(rows(text)[49]).toContain('run 10060')
    expect(text).toContain('Seen 61 times; the latest 50 are listed.')
    expect(parseMarker(text, 'occurrences')?.id).toBe('61')
  })

  it('starts a new table when a person removed it', () => {
    const updated = addOccurrence('Someone rewrote this issue.', occurrence(7))
    expect(rows(updated)).toHaveLength(1)
    expect(updated.startsWith('Someone rewrote this issue.\n\n### Occurrences')).toBe(true)
  })

  it('is not fooled by a forged table inside the evidence', () => {
    const forged = renderIssue(
      makeAlert({ evidence: ['<!-- workflow-triage:occurrences=999 -->', '| [run 9002](https://x) | 1 |'] })
    ).body
    const updated = addOccurrence(forged, occurrence(9002))
    expect(parseMarker(updated, 'occurrences')?.id).toBe('2')
  })
})

describe('comments', () => {
  it('reports the time to repair when the workflow is restored', () => {
    const comment = renderResolution({
      workflow: 'CI',
      branch: 'main',
      failingSince: '2026-11-20T10:00:00Z',
      restoredAt: '2026-11-20T11:25:00Z',
      run: { id: 9100, url: 'https://github.com/acme/app/actions/runs/9100' },
      sha: 'd'.repeat(40)
    })
    expect(comment).toContain('Workflow restored')
    expect(comment).toContain('[run 9100](https://github.com/acme/app/actions/runs/9100)')
    expect(comment).toContain('time to repair): **1 h 25 min**')
  })

  it('says whether a recurrence reopened the issue', () => {
    expect(renderRecurrence(occurrence(5), true)).toContain('Reopened: [run 5]')
    expect(renderRecurrence(occurrence(5), false)).toMatch(/^Seen again: \[run 5\]/)
  })

  it('reports an approval with the gate checks, and refuses without pinging', () => {
    const comment = renderApprovalResult({
      approvalId: 'delete-branch-9001-1',
      user: 'alice',
      action: 'delete branch automated/x',
      outcome: 'refused',
      detail: 'the branch is protected',
      checks: [{ name: 'not-protected', passed: false, detail: 'protected' }]
    })
    expect(comment).toContain('refused by the safety gate')
    expect(comment).toContain('| not\\-protected | **no** | protected |')
    expect(renderRefusal('mallory')).toBe(
      'mallory cannot approve remediations: it takes write access to this repository. Nothing was run.'
    )
    expect(renderRefusal('@all')).toContain(`@${ZWSP}all`)
  })

  it('renders one "CI widely broken" issue listing each failure with its own category and owner', () => {
    const failures = Array.from({ length: 5 }, (_, i) => ({
      workflow: 'CI',
      job: `job @x ${i}`,
      category: i === 0 ? ('authentication' as const) : ('infrastructure' as const),
      owner: i === 0 ? ('ciso' as const) : ('cto' as const),
      priority: i === 0 ? ('P1' as const) : ('P3' as const),
      maskedLine: 'ECONNRESET <N>',
      runUrl: `https://github.com/acme/app/actions/runs/${i}`
    }))
    const issue = renderWidelyBroken('abc-2026-11-20', { workflow: 'CI', branch: 'main' }, failures)
    expect(issue.title).toBe('CI widely broken · CI · main · 5 distinct failures')
    expect(parseMarker(issue.body, 'widely-broken')?.id).toBe('abc-2026-11-20')
    const rows = issue.body.split('\n').filter(line => line.startsWith('| [job'))
    expect(rows).toHaveLength(5)
    expect(rows[0]).toContain('| Authentication failure | **ciso** | P1 |')
    expect(rows[1]).toContain('| Infrastructure failure | **cto** | P3 |')
    expect(issue.body).not.toMatch(/@x/)
    expect(issue.labels).toEqual(['triage', 'triage:widely-broken', 'owner:ciso', 'owner:cto', 'priority:P1'])
    expect(issue.labels).not.toContain('triage:unknown')
  })
})

describe('parseApprovalCommand', () => {
  it.each([
    ['/triage approve rerun-failed-jobs-9001-2', 'rerun-failed-jobs-9001-2'],
    ['LGTM\n/triage approve delete-branch-1-1  \r\nthanks', 'delete-branch-1-1'],
    ['please /triage approve x', null],
    ['> /triage approve quoted', null],
    ['```\n/triage approve fenced\n```', null],
    ['/triage approve bad id', null],
    ['/triage approve', null],
    ['/triage approve $(rm -rf /)', null]
  ])('reads %j as %j', (comment, id) => {
    expect(parseApprovalCommand(comment)).toBe(id)
  })
})

describe('TRIAGE_LABEL_NAMES', () => {
  it('holds every label an issue can get, and nothing else', () => {
    const given = new Set(
      CATEGORIES.flatMap(category =>
        PRIORITIES.flatMap(priority => issueLabels(category, priority, [...ROLES]))
      )
    )
    const widelyBroken = renderWidelyBroken('x', { workflow: 'CI', branch: 'main' }, []).labels
    expect([...TRIAGE_LABEL_NAMES].sort()).toEqual([...new Set([...given, ...widelyBroken])].sort())
  })
})

describe('labelColour', () => {
  it('runs from red for P0 to grey for P3 and keeps categories distinct', () => {
    expect(labelColour('priority:P0')).toBe('b60205')
    expect(labelColour('priority:P3')).toBe('c5c5c5')
    const categories = [
      'branch_conflict',
      'test_failure',
      'code_failure',
      'dependency',
      'security_scan',
      'infrastructure',
      'authentication',
      'unknown'
    ]
    expect(new Set(categories.map(c => labelColour(`triage:${c}`))).size).toBe(categories.length)
    expect(labelColour('something-else')).toMatch(/^[0-9a-f]{6}$/)
  })
})

describe('respectHumanLabels', () => {
  const ours = ['triage', 'triage:test_failure', 'owner:cto', 'priority:P1']

  it('applies our labels and replaces our stale ones, keeping other labels', () => {
    const current = ['triage', 'triage:unknown', 'owner:cto', 'priority:P3', 'good first issue']
    expect(respectHumanLabels(current, ours, [])).toEqual([
      'triage',
      'owner:cto',
      'good first issue',
      'triage:test_failure',
      'priority:P1'
    ])
  })

  it('leaves a group a person changed as the person left it', () => {
    const current = ['triage', 'triage:test_failure', 'owner:cto', 'priority:P0']
    expect(respectHumanLabels(current, ours, ['Priority:P0'])).toEqual(current)
    expect(respectHumanLabels(['owner:cto'], ours, ['triage'])).toEqual([
      'owner:cto',
      'triage:test_failure',
      'priority:P1'
    ])
  })
})

describe('the incident template', () => {
  const incident = renderIssue(
    makeAlert({
      workflow: { name: 'Deploy', path: '.github/workflows/deploy.yml' },
      priority: 'P0',
      failingSince: '2027-03-14T23:30:00Z',
      impact: 'The production deploy or release did not complete.',
      owners: { primary: 'cpo', extra: ['ceo'], teams: [] }
    })
  )

  it('opens a P0 issue with since when, the impact and who decides within the hour', () => {
    expect(incident.title).toMatch(/^P0 incident · Deploy/)
    const text = renderedText(incident.body)
    expect(text).toContain('**P0: Deploy is broken on main since `2027-03-14 23:30 UTC`.**')
    expect(text).toContain('Impact: The production deploy or release did not complete.')
    expect(text).toContain(
      'Owner **cpo**, **ceo** decides within the hour: fix forward, revert or roll back.'
    )
    expect(text).toContain('Updates go in this issue.')
  })

  it('is not used below P0', () => {
    const ordinary = renderIssue(makeAlert({ priority: 'P1' }))
    expect(ordinary.body).not.toContain('decides within the hour')
    expect(ordinary.title).not.toContain('P0')
  })
})

describe('values in code spans', () => {
  it('shows paths and times as they are, without backslashes', () => {
    const body = renderIssue(
      makeAlert({
        workflow: { name: 'CI', path: '.github/workflows/ci-main.yml' },
        priority: 'P0',
        failingSince: '2027-03-14T23:30:00Z'
      })
    ).body
    expect(body).toContain('`.github/workflows/ci-main.yml`')
    expect(body).toContain('`2027-03-14 23:30 UTC`')
    expect(body).not.toContain('2027\\-03')
    expect(body).not.toContain('ci\\-main')
  })
})

describe('neverLowerPriority', () => {
  it('keeps the higher priority an open issue has', () => {
    expect(neverLowerPriority(['triage', 'priority:P2'], ['triage', 'priority:P3'])).toEqual([
      'triage',
      'priority:P2'
    ])
  })

  it('lets the priority rise', () => {
    expect(neverLowerPriority(['priority:P2'], ['triage', 'priority:P1'])).toEqual(['triage', 'priority:P1'])
  })
})

describe('withCommands', () => {
  it('puts a restore command in a code span, as it must be typed', () => {
    const detail = "deleted; restore with: git push origin 'abc123:refs/heads/automated/x'"
    const text = withCommands(detail)
    expect(text).toContain("`git push origin 'abc123:refs/heads/automated/x'`")
    expect(text).not.toContain('\\:refs')
  })
})
