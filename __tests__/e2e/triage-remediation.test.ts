/**
 * The remediation path through the bundle: a rejected push on an automation branch holding
 * only bot commits is deleted and the failed jobs re-run. Every other remediation and gate
 * refusal is covered in-process (__tests__/pipelines/triage-remediation.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioResult } from '../../testkit/scenario/types.js'
import { pushRejectedLog } from './support/logs.js'
import { branch, failingRun, failureScenario, reportOf, triage } from './support/scenario.js'

const BOT = 'github-actions[bot]'
const AUTOMATED = 'automated/deps-update'

let result: ScenarioResult

beforeAll(async () => {
  const run = failingRun({
    log: pushRejectedLog(AUTOMATED),
    branch: AUTOMATED,
    step: `Run git push origin ${AUTOMATED}`
  })
  result = await triage(failureScenario(run, { branches: [branch(AUTOMATED, [BOT, 'renovate[bot]'])] }))
})

describe('an automation branch whose push was rejected', () => {
  it('is deleted when it holds only bot commits and no PR, then the failed jobs re-run', () => {
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('branch_conflict')
    expect(result.outputs.action).toBe('delete-branch')
    expect(result.outputs.remediated).toBe('true')
    const headSha = branch(AUTOMATED, [BOT, 'renovate[bot]']).commits.at(-1)!.sha
    expect(result.deletedRefs).toEqual([{ ref: `heads/${AUTOMATED}`, sha: headSha }])
    expect(result.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
    expect(result.writes.map(write => write.method)).toEqual(['DELETE', 'POST'])
    expect(result.issues).toEqual([])
  })

  it('records the deleted sha and the command that restores it in the uploaded report and summary', () => {
    const headSha = branch(AUTOMATED, [BOT, 'renovate[bot]']).commits.at(-1)!.sha
    const restore = `git push origin ${headSha}:refs/heads/${AUTOMATED}`
    const deletion = reportOf(result).json.actions.find(action => action.kind === 'delete-branch')
    expect(deletion).toMatchObject({ result: 'done' })
    expect(deletion?.detail).toContain(restore)
    expect(result.stepSummary).toContain(headSha)
  })
})
