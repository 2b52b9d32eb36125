import { afterEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startGitHubStandin, type GitHubStandin } from '../../testkit/github/index.js'
import { SAMPLE_TEST_LOG, sampleRepository } from '../../testkit/github/sample.js'
import type { FaultRule } from '../../testkit/scenario/types.js'

const owner = 'acme'
const repo = 'widgets'
const RUN_PATH = '^/repos/acme/widgets/actions/runs/9001$'
let standin: GitHubStandin | undefined

async function start(faults: FaultRule[], latencyMs?: number) {
  standin = await startGitHubStandin(sampleRepository(), { faults, latencyMs })
  return { standin, octokit: getOctokit('ghs_test', { baseUrl: standin.url }) }
}

function statuses(server: GitHubStandin, path: string): number[] {
  return server.requests.filter(request => request.path === path).map(request => request.status)
}

afterEach(async () => {
  const violations = [...(standin?.violations ?? [])]
  await standin?.close()
  standin = undefined
  // An injected fault is not a contract violation; the traffic around it must stay clean.
  expect(violations).toEqual([])
})

describe('GitHub stand-in fault injection', () => {
  it('answers a 5xx for the first `times` matches, then serves normally', async () => {
    const { standin, octokit } = await start([{ path: RUN_PATH, status: 500, times: 1 }])
    await expect(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })).rejects.toMatchObject({
      status: 500,
      response: { data: { message: 'Server Error' } }
    })
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.data.id).toBe(9001)
    expect(statuses(standin, '/repos/acme/widgets/actions/runs/9001')).toEqual([500, 200])
  })

  it('lets Octokit retry through transient 502s', async () => {
    const { standin } = await start([{ method: 'GET', path: RUN_PATH, status: 502, times: 2 }])
    const octokit = getOctokit('ghs_test', { baseUrl: standin.url, retry: { retryAfterBaseValue: 1 } }, retry)
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.status).toBe(200)
    expect(statuses(standin, '/repos/acme/widgets/actions/runs/9001')).toEqual([502, 502, 200])
  })

  it('sends 429 with retry-after', async () => {
    const { octokit } = await start([{ path: RUN_PATH, status: 429, retryAfter: 7 }])
    await expect(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })).rejects.toMatchObject({
      status: 429,
      response: { headers: { 'retry-after': '7' } }
    })
  })

  it('sends a secondary rate limit that Octokit throttling recognises and waits out', async () => {
    const { standin } = await start([
      { path: RUN_PATH, kind: 'secondary-rate-limit', retryAfter: 3, times: 1 }
    ])
    const waits: number[] = []
    const octokit = getOctokit(
      'ghs_test',
      {
        baseUrl: standin.url,
        throttle: {
          retryAfterBaseValue: 1,
          onSecondaryRateLimit: (retryAfter: number) => {
            waits.push(retryAfter)
            return true
          },
          onRateLimit: () => false
        }
      },
      throttling
    )
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.data.id).toBe(9001)
    expect(waits).toEqual([3])
    expect(statuses(standin, '/repos/acme/widgets/actions/runs/9001')).toEqual([403, 200])
  })

  it('resets the connection before any answer', async () => {
    const { standin, octokit } = await start([{ path: RUN_PATH, kind: 'reset', times: 1 }])
    await expect(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })).rejects.toThrow()
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })).status).toBe(200)
    expect(statuses(standin, '/repos/acme/widgets/actions/runs/9001')).toEqual([0, 200])
  })

  it('resets the connection in the middle of the body', async () => {
    const { standin, octokit } = await start([{ path: '/issues$', kind: 'reset-mid-body', times: 2 }])
    const response = await fetch(`${standin.url}/repos/${owner}/${repo}/issues`)
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toThrow()
    // Octokit swallows the broken body and resolves with '' instead of the list: code that
    // trusts `data` to be an array must check it.
    const truncated = await octokit.rest.issues.listForRepo({ owner, repo })
    expect(truncated.data).toBe('')
    expect((await octokit.rest.issues.listForRepo({ owner, repo })).data.map(issue => issue.number)).toEqual([
      3
    ])
    expect(statuses(standin, '/repos/acme/widgets/issues')).toEqual([200, 200, 200])
  })

  it('fires only `after` the given number of matches, and only for the given method', async () => {
    const { standin, octokit } = await start([
      { method: 'GET', path: '/labels/', status: 503, after: 2, times: 1 },
      { method: 'POST', path: RUN_PATH, status: 500 }
    ])
    for (let index = 0; index < 2; index += 1)
      await octokit.rest.issues.getLabel({ owner, repo, name: 'triage' })
    await expect(octokit.rest.issues.getLabel({ owner, repo, name: 'triage' })).rejects.toMatchObject({
      status: 503
    })
    await octokit.rest.issues.getLabel({ owner, repo, name: 'triage' })
    await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(statuses(standin, '/repos/acme/widgets/labels/triage')).toEqual([200, 200, 503, 200])
  })

  it('applies faults to the log blob URL too', async () => {
    const { standin, octokit } = await start([
      { path: '^/_blob/job-logs/71$', status: 503, times: 1 },
      { path: '/actions/jobs/72/logs$', status: 404 }
    ])
    await expect(
      octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 71 })
    ).rejects.toMatchObject({
      status: 503
    })
    const log = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 71 })
    expect(log.data).toBe(SAMPLE_TEST_LOG)
    await expect(
      octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 72 })
    ).rejects.toMatchObject({
      status: 404
    })
    expect(statuses(standin, '/_blob/job-logs/71')).toEqual([503, 200])
  })

  it('adds latency to every answer', async () => {
    const { octokit } = await start([], 150)
    const started = performance.now()
    await octokit.rest.repos.get({ owner, repo })
    expect(performance.now() - started).toBeGreaterThanOrEqual(145)
  })
})
