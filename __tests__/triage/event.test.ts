import { describe, expect, it } from '@jest/globals'
import { EventError, routeEvent, type Self } from '../../src/triage/event.js'

const self: Self = { workflowPath: '.github/workflows/triage.yml', ignoreWorkflows: [], runIdInput: null }

function workflowRun(run: Record<string, unknown>, action = 'completed'): unknown {
  return {
    action,
    workflow_run: {
      id: 42,
      run_attempt: 1,
      path: '.github/workflows/ci.yml',
      name: 'CI',
      head_branch: 'main',
      ...run
    },
    repository: { default_branch: 'main' }
  }
}

describe('routeEvent', () => {
  it.each([
    ['failure', 'triage'],
    ['timed_out', 'triage'],
    ['startup_failure', 'triage'],
    ['success', 'resolve'],
    ['action_required', 'waiting'],
    ['cancelled', 'ignore'],
    ['skipped', 'ignore']
  ])('routes a %s run to %s', (conclusion, kind) => {
    expect(routeEvent('workflow_run', workflowRun({ conclusion }), self).kind).toBe(kind)
  })

  it('keeps the identifiers of the trusted payload', () => {
    expect(routeEvent('workflow_run', workflowRun({ conclusion: 'failure', run_attempt: 2 }), self)).toEqual({
      kind: 'triage',
      run: {
        runId: 42,
        attempt: 2,
        conclusion: 'failure',
        workflowPath: '.github/workflows/ci.yml',
        workflowName: 'CI',
        headBranch: 'main',
        defaultBranch: 'main'
      }
    })
  })

  it('ignores its own workflow and the ignored ones', () => {
    const own = workflowRun({ conclusion: 'failure', path: '.github/workflows/triage.yml@refs/heads/main' })
    expect(routeEvent('workflow_run', own, self)).toMatchObject({
      kind: 'ignore',
      reason: expect.stringMatching(/this action runs in/)
    })
    const ignored = routeEvent('workflow_run', workflowRun({ conclusion: 'failure' }), {
      ...self,
      ignoreWorkflows: ['CI']
    })
    expect(ignored.kind).toBe('ignore')
  })

  it('ignores requested and in-progress workflow_run events', () => {
    expect(routeEvent('workflow_run', workflowRun({ conclusion: null }, 'requested'), self).kind).toBe(
      'ignore'
    )
  })

  it.each([
    ['not an object', 'x', /no top-level object/],
    ['no workflow_run', {}, /no workflow_run object/],
    ['a string id', { workflow_run: { id: '42' } }, /workflow_run.id is not a positive whole number/],
    ['a negative id', { workflow_run: { id: -1 } }, /workflow_run.id/]
  ])('refuses a malformed payload (%s)', (_name, payload, message) => {
    expect(() => routeEvent('workflow_run', payload, self)).toThrow(message)
  })

  it('refuses unsupported events by name', () => {
    expect(() => routeEvent('push', {}, self)).toThrow(EventError)
    expect(() => routeEvent('push', {}, self)).toThrow("does not handle the 'push' event")
  })

  it('takes the run id of workflow_dispatch from the input or the payload', () => {
    expect(routeEvent('workflow_dispatch', {}, { ...self, runIdInput: 7 })).toEqual({
      kind: 'lookup',
      runId: 7
    })
    expect(routeEvent('workflow_dispatch', { inputs: { 'run-id': '9' } }, self)).toEqual({
      kind: 'lookup',
      runId: 9
    })
    expect(() => routeEvent('workflow_dispatch', { inputs: {} }, self)).toThrow(/set the 'run-id' input/)
  })

  it('routes approval comments and ignores everything else', () => {
    const comment = (body: string, extra: Record<string, unknown> = {}) => ({
      action: 'created',
      issue: { number: 5, ...extra },
      comment: { id: 77, body, user: { login: 'maintainer', type: 'User' } }
    })
    expect(routeEvent('issue_comment', comment('/triage approve a1b2'), self)).toEqual({
      kind: 'approval',
      issueNumber: 5,
      commentId: 77,
      commenter: 'maintainer',
      body: '/triage approve a1b2'
    })
    expect(routeEvent('issue_comment', comment('looks good'), self).kind).toBe('ignore')
    expect(routeEvent('issue_comment', comment('/triage approve a1', { pull_request: {} }), self).kind).toBe(
      'ignore'
    )
  })
})
