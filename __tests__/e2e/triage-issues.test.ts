/**
 * DESIGN 5 end to end: an escalation issue resolved by a green run, and the `/triage approve`
 * command. The stand-in starts fresh for every run, so each step starts from the issues the
 * previous one left. Recurrence, idempotency and reopening are covered in-process
 * (__tests__/pipelines/triage-issues.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioIssue, ScenarioResult } from '../../testkit/scenario/types.js'
import { CODE_FAILURE_LOG, pushRejectedLog } from './support/logs.js'
import {
  branch,
  carryIssues,
  failingRun,
  greenRun,
  issueCommentEvent,
  repoWith,
  reportOf,
  triage,
  triageScenario,
  workflowRunEvent
} from './support/scenario.js'

const firstFailure = failingRun({ id: 1001, log: CODE_FAILURE_LOG, step: 'Run npm run build' })

/** Triage of `run` when the repository already has `issues` (and knows the earlier runs). */
function triageFailure(run: typeof firstFailure, issues: ScenarioIssue[]): Promise<ScenarioResult> {
  return triage(triageScenario(repoWith({ runs: [firstFailure, run], issues }), workflowRunEvent(run)))
}

describe('a green run of the same workflow and branch', () => {
  let resolved: ScenarioResult
  let otherBranch: ScenarioResult

  beforeAll(async () => {
    const opened = await triageFailure(firstFailure, [])
    const issues = carryIssues(opened)
    const green = greenRun({ id: 1003, updatedAt: '2026-11-20T10:34:00Z' })
    const greenElsewhere = greenRun({ id: 1004, branch: 'feature/x' })
    ;[resolved, otherBranch] = await Promise.all([
      triage(triageScenario(repoWith({ runs: [firstFailure, green], issues }), workflowRunEvent(green))),
      triage(
        triageScenario(
          repoWith({ runs: [firstFailure, greenElsewhere], issues }),
          workflowRunEvent(greenElsewhere)
        )
      )
    ])
  })

  it('comments "Workflow restored" with the time to repair and closes the issue', () => {
    expect(resolved.exitCode).toBe(0)
    expect(resolved.outputs.action).toBe('resolved')
    const [issue] = resolved.issues
    expect(issue.state).toBe('closed')
    const comment = issue.comments.at(-1)?.body ?? ''
    expect(comment).toContain('Workflow restored')
    // Failing since run 1001 started at 10:00, green at 10:34.
    expect(comment).toContain('time to repair): **34 min**')
    expect(comment).toContain('run 1003')
  })

  it('leaves the issue of another branch alone', () => {
    expect(otherBranch.outputs.action).toBe('none')
    expect(otherBranch.writes).toEqual([])
    expect(otherBranch.issues[0].state).toBe('open')
  })
})

describe('the approval command', () => {
  const target = 'automated/deps-update'
  const conflict = failingRun({
    log: pushRejectedLog(target),
    branch: target,
    step: `Run git push origin ${target}`
  })
  const botBranch = branch(target, ['github-actions[bot]'])
  const collaborators = { alice: 'write', bob: 'read' } as const
  let proposed: ScenarioResult
  let approved: ScenarioResult
  let refused: ScenarioResult
  let moved: ScenarioResult
  let approvalId: string

  beforeAll(async () => {
    proposed = await triage(
      triageScenario(repoWith({ runs: [conflict], branches: [botBranch] }), workflowRunEvent(conflict), {
        inputs: { 'require-approval': 'true' }
      })
    )
    approvalId = /\/triage approve ([\w.:-]+)/.exec(proposed.issues[0]?.body ?? '')?.[1] ?? ''
    const issues = carryIssues(proposed)
    const issueNumber = proposed.issues[0]?.number ?? 0
    const comment = (login: string, branches = [botBranch]) =>
      triageScenario(
        repoWith({ runs: [conflict], branches, issues, collaborators }),
        issueCommentEvent(issueNumber, `/triage approve ${approvalId}`, login)
      )
    // Someone pushed to the branch after the proposal: the approval is for a sha that is gone.
    const movedBranch = branch(target, ['github-actions[bot]', 'mallory'])
    ;[approved, refused, moved] = await Promise.all([
      triage(comment('alice')),
      triage(comment('bob')),
      triage(comment('alice', [movedBranch]))
    ])
  })

  it('only proposes the deletion in the issue, with the command to approve it', () => {
    expect(proposed.exitCode).toBe(0)
    expect(proposed.outputs.action).toBe('proposed')
    expect(proposed.deletedRefs).toEqual([])
    expect(proposed.reruns).toEqual([])
    expect(approvalId).toMatch(/^delete-branch-1001-1$/)
    expect(reportOf(proposed).json.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'delete-branch', result: 'proposed' })])
    )
  })

  it('runs the deletion and the re-run through the gate when a writer approves, and says so', () => {
    expect(approved.exitCode).toBe(0)
    expect(approved.outputs.action).toBe('delete-branch')
    expect(approved.deletedRefs).toEqual([{ ref: `heads/${target}`, sha: botBranch.commits[0].sha }])
    expect(approved.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
    const reply = approved.issues[0].comments.at(-1)?.body ?? ''
    expect(reply).toContain(approvalId)
    expect(reply).toContain('alice')
    expect(reply).toContain(botBranch.commits[0].sha)
    expect(reply).toMatch(/restore with\\?: `git push origin [^`]*:refs\/heads\/automated\/deps-update`/)
  })

  it('politely refuses a reader, and deletes nothing', () => {
    expect(refused.exitCode).toBe(0)
    expect(refused.deletedRefs).toEqual([])
    expect(refused.reruns).toEqual([])
    expect(refused.writes.map(write => `${write.method} ${write.path}`)).toEqual([
      `POST /repos/acme/app/issues/${proposed.issues[0].number}/comments`
    ])
    expect(refused.issues[0].comments.at(-1)?.body).toMatch(
      /bob cannot approve.*write access.*Nothing was run/
    )
  })

  it('is refused by the gate when the branch moved since the proposal: nothing deleted or re-run', () => {
    expect(moved.exitCode).toBe(0)
    expect(moved.outputs.action).toBe('refused')
    expect(moved.deletedRefs).toEqual([])
    expect(moved.reruns).toEqual([])
    expect(moved.issues[0].comments.at(-1)?.body).toMatch(/moved since the proposal/)
  })
})
