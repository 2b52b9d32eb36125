import { describe, expect, it } from '@jest/globals'
import {
  HEALTH_ISSUE_LABEL,
  HEALTH_MARKER,
  healthMarkerId,
  planHealthIssues,
  renderHealthIssue,
  renderRecoveryComment,
  type ExistingIssue
} from '../../src/health/issues.js'
import { issuesByMarker } from '../../src/text/markdown.js'
import { scoreWorkflow, type WorkflowHealth } from '../../src/health/score.js'
import { parseMarker } from '../../src/text/markdown.js'
import { CI, HOSTILE_NAME, NOW, runsFrom } from './fixtures.js'
import { failingSince } from '../../src/classify/history.js'

const REPO = 'octo/repo'

function health(pattern: string, now = NOW, workflow = CI): WorkflowHealth {
  return scoreWorkflow({ workflow, runs: runsFrom(pattern), now })
}

function issueFor(body: string, overrides: Partial<ExistingIssue> = {}): ExistingIssue {
  return {
    number: 12,
    title: 'Workflow health: CI (.github/workflows/ci.yml) is critical',
    body,
    state: 'open',
    ...overrides
  }
}

describe('healthMarkerId', () => {
  it('is stable per repository and workflow path, and differs between them', () => {
    const id = healthMarkerId(REPO, CI.path)
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(healthMarkerId(REPO, CI.path)).toBe(id)
    expect(healthMarkerId('octo/other', CI.path)).not.toBe(id)
    expect(healthMarkerId(REPO, '.github/workflows/other.yml')).not.toBe(id)
  })
})

describe('failingSince', () => {
  it('is the creation time of the oldest failure of the current streak', () => {
    const runs = health('FTFSF').recentRuns
    expect(failingSince(runs)).toBe(runs[2].createdAt)
  })

  it('lets cancelled runs neither break nor start a streak', () => {
    const runs = health('CFCFS').recentRuns
    expect(failingSince(runs)).toBe(runs[3].createdAt)
  })

  it('is null when the newest counted run passed', () => {
    expect(failingSince(health('CSFFF').recentRuns)).toBeNull()
  })
})

describe('renderHealthIssue', () => {
  it('carries the marker of its repository and workflow, outside any fence', () => {
    const { body } = renderHealthIssue(REPO, health('FFFSSSSSSS'))
    expect(parseMarker(body, 'health')).toEqual({ kind: 'health', id: healthMarkerId(REPO, CI.path) })
  })

  it('states why, the rate, the streak, and lists the recent runs', () => {
    const scored = health('FFFSSSSSSS')
    const { title, body } = renderHealthIssue(REPO, scored)
    expect(title).toBe('Workflow health: CI (.github/workflows/ci.yml) is critical')
    expect(body).toContain('**Why:** 3 most recent runs failed.')
    expect(body).toContain('| Success rate | 70% (7 of 10 counted runs) |')
    expect(body).toContain('| Consecutive failures | 3 |')
    expect(body).toContain(`| Failing since | \`${scored.recentRuns[2].createdAt}\` |`)
    expect(body).not.toContain('\\:')
    expect(
      body.match(/^\| \[run \d+\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/\d+\) \|/gm)
    ).toHaveLength(10)
  })

  it('does not change when only the time of the check changes', () => {
    const early = renderHealthIssue(REPO, health('FFFSSSSSSS', NOW))
    const later = renderHealthIssue(REPO, health('FFFSSSSSSS', new Date(NOW.getTime() + 4 * 3600_000)))
    expect(later).toEqual(early)
  })

  it('changes when a new run comes in', () => {
    expect(renderHealthIssue(REPO, health('FFFFSSSSSS')).body).not.toBe(
      renderHealthIssue(REPO, health('FFFSSSSSSS')).body
    )
  })

  it('keeps a hostile workflow name inert in the title and body', () => {
    const hostile = health('FFFSSSSSSS', NOW, {
      ...CI,
      name: `${HOSTILE_NAME} @admins #1 [x](javascript:alert(1))`
    })
    const { title, body } = renderHealthIssue(REPO, hostile)
    expect(body).not.toContain('<script>')
    expect(body).not.toMatch(/(^|[^`\\])@admins/)
    expect(body).not.toContain('](javascript:')
    expect(title).not.toContain('@admins')
    expect(title.length).toBeLessThanOrEqual(256)
  })

  it('links only https run URLs', () => {
    const scored = health('FFFSSSSSSS')
    scored.recentRuns[0] = { ...scored.recentRuns[0], htmlUrl: 'javascript:alert(1)' }
    expect(renderHealthIssue(REPO, scored).body).not.toContain('javascript:')
  })
})

describe('renderRecoveryComment', () => {
  it('says the workflow is restored, with its status, score and time to repair', () => {
    const recovered = health('SSSSSSFFSS')
    const comment = renderRecoveryComment(recovered)
    expect(comment).toContain('Workflow restored')
    expect(comment).toContain(`CI is ${recovered.status} again: score ${recovered.score}`)
    expect(comment).toContain('Time to repair of the last failure streak: 2 h.')
  })
})

describe('issuesByMarker', () => {
  const body = renderHealthIssue(REPO, health('FFFSSSSSSS')).body

  it('prefers an open issue over a closed one, then the oldest', () => {
    const found = issuesByMarker(
      [
        issueFor(body, { number: 30, state: 'open' }),
        issueFor(body, { number: 10, state: 'closed' }),
        issueFor(body, { number: 20, state: 'open' })
      ],
      HEALTH_MARKER
    )
    expect(found.get(healthMarkerId(REPO, CI.path))?.number).toBe(20)
  })

  it('ignores a marker quoted inside a fence', () => {
    const quoted = `\`\`\`\n${body}\n\`\`\``
    expect(issuesByMarker([issueFor(quoted)], HEALTH_MARKER).size).toBe(0)
  })
})

describe('planHealthIssues', () => {
  const critical = health('FFFSSSSSSS')
  const rendered = renderHealthIssue(REPO, critical)

  it('opens an issue for a critical workflow that has none', () => {
    const plan = planHealthIssues(
      REPO,
      [critical, health('SSSSSSSSSS', NOW, { ...CI, path: 'other.yml' })],
      []
    )
    expect(plan).toEqual([{ kind: 'open', health: critical, title: rendered.title, body: rendered.body }])
  })

  it('does nothing when the issue already says the same', () => {
    expect(planHealthIssues(REPO, [critical], [issueFor(rendered.body)])).toEqual([])
  })

  it('updates the same issue in place when the runs changed', () => {
    const worse = health('FFFFSSSSSS')
    const plan = planHealthIssues(REPO, [worse], [issueFor(rendered.body)])
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'update', reopen: false, body: renderHealthIssue(REPO, worse).body })
    ])
    expect(plan[0].kind === 'update' && plan[0].issue.number).toBe(12)
  })

  it('reopens a closed issue when the workflow is critical again, even with the same text', () => {
    const plan = planHealthIssues(REPO, [critical], [issueFor(rendered.body, { state: 'closed' })])
    expect(plan).toEqual([expect.objectContaining({ kind: 'update', reopen: true })])
  })

  it.each([
    ['healthy', 'SSSSSSSSSS'],
    ['warning', 'SSFSSSSSSS']
  ])('closes the open issue with a recovery comment once the workflow is %s', (status, pattern) => {
    const recovered = health(pattern)
    expect(recovered.status).toBe(status)
    const plan = planHealthIssues(REPO, [recovered], [issueFor(rendered.body)])
    const closing = renderHealthIssue(REPO, recovered)
    expect(plan).toEqual([
      {
        kind: 'close',
        health: recovered,
        issue: issueFor(rendered.body),
        comment: renderRecoveryComment(recovered),
        title: closing.title,
        body: closing.body
      }
    ])
    expect(closing.title).toBe(`Workflow health: CI (.github/workflows/ci.yml) recovered (${status})`)
    expect(closing.body).not.toContain('is critical')
  })

  it('gives two workflows of the same name titles of their own', () => {
    const other = health('FFFSSSSSSS', NOW, { ...CI, path: '.github/workflows/ci-nightly.yml' })
    expect(renderHealthIssue(REPO, other).title).not.toBe(rendered.title)
  })

  it.each([
    ['degraded', 'FFSSSSSSSS'],
    ['no-data', 'FF']
  ])('keeps the issue open and unchanged while the workflow is %s', (status, pattern) => {
    const still = health(pattern)
    expect(still.status).toBe(status)
    expect(planHealthIssues(REPO, [still], [issueFor(rendered.body)])).toEqual([])
  })

  it('leaves closed issues of healthy workflows, and other repositories’ issues, alone', () => {
    const healthy = health('SSSSSSSSSS')
    expect(planHealthIssues(REPO, [healthy], [issueFor(rendered.body, { state: 'closed' })])).toEqual([])
    expect(planHealthIssues('octo/other', [critical], [issueFor(rendered.body)])).toEqual([
      expect.objectContaining({ kind: 'open' })
    ])
  })

  it('labels its issues with the health label', () => {
    expect(HEALTH_ISSUE_LABEL).toBe('workflow-health')
  })
})
