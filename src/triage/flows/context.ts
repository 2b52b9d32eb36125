import type { TriageOptions } from '../../config/inputs.js'
import type { Policy } from '../../config/policy.js'
import { redactSecrets } from '../../classify/redact.js'
import type { GitHubPort } from '../../github/port.js'
import type { NotifyResult } from '../../report/notify.js'
import { isFromOtherRepository } from '../../safety/provenance.js'
import { GatedWriter } from '../../safety/writer.js'
import { oneLine } from '../../text/console.js'
import type { RunInfo } from '../../types.js'
import type { Analysis } from '../analyse.js'
import type { Decision } from '../decide.js'
import { loadTriageIssues, type TriageIssues } from '../escalate.js'
import type { TriageRoute } from '../event.js'
import type { TriageAction, TriageReport } from '../report.js'

export interface TriageDependencies {
  options: TriageOptions
  policy: Policy
  /** The playbook's prose: category guidance for the AI. */
  guidance: string
  gateway: GitHubPort
  route: TriageRoute
  eventName: string
  now: Date
  log: (message: string) => void
}

/** What a flow did: the report and the outputs are made from it. */
export interface FlowResult {
  action: TriageAction
  /** Why nothing (more) was done, for the report. */
  reason?: string
  remediated?: boolean
  issue?: TriageReport['issue']
  decision?: TriageReport['decision']
  notifications?: NotifyResult[]
  /** Set when the action could not do its job (the step fails). */
  failure?: string
  timings?: { analysisMs: number; remediationMs: number }
}

/**
 * What a flow learnt on its way, each written once when known, so that the report still shows
 * it when a later step fails.
 */
interface Findings {
  run?: RunInfo
  analysis?: Analysis
  decision?: Decision
  skippedFailedJobs?: number
  testReports?: TriageReport['testReports']
  /** The action and remediation so far, for a report of a flow that did not finish. */
  remediation?: { action: TriageAction; remediated: boolean }
}

/**
 * One triage's connection to the world: the dependencies, the one gated writer (its audit trail
 * is the report's list of actions), the problems met, and facts read once and then reused.
 */
export class FlowContext {
  readonly writer: GatedWriter
  readonly repository: string
  readonly problems: string[] = []
  readonly found: Findings = {}
  #defaultBranch: string | null
  #issues: TriageIssues | null = null

  constructor(readonly deps: TriageDependencies) {
    const route = deps.route
    this.repository = `${deps.gateway.owner}/${deps.gateway.repo}`
    this.#defaultBranch = 'run' in route && route.run ? route.run.defaultBranch : null
    this.writer = new GatedWriter(
      {
        dryRun: deps.options.dryRun,
        defaultBranch: '',
        branchPatterns: deps.policy.automation.branchPatterns
      },
      deps.policy.limits.maxWrites
    )
  }

  /**
   * The run this triage answers to, as the API describes it. Its origin bounds what the gate
   * lets any later write do: a fork's run never re-runs, deletes or closes anything.
   */
  useRun(run: RunInfo): RunInfo {
    this.found.run = run
    this.writer.knowRunOrigin(
      this.fromFork(run)
        ? {
            repository: run.headRepository ?? 'an unknown repository',
            mayWriteIssues: this.deps.policy.forkRuns === 'escalate'
          }
        : undefined
    )
    return run
  }

  /** The run comes from another repository (a fork's pull request). */
  fromFork(run: RunInfo): boolean {
    return isFromOtherRepository(run, this.repository)
  }

  knowDefaultBranch(name: string): void {
    this.#defaultBranch = name
  }

  async defaultBranch(): Promise<string> {
    this.#defaultBranch ??= await this.deps.gateway.defaultBranch()
    return this.#defaultBranch
  }

  /** The default branch as far as known without a request ('' before it is). */
  get knownDefaultBranch(): string {
    return this.#defaultBranch ?? ''
  }

  async triageIssues(): Promise<TriageIssues> {
    this.#issues ??= await loadTriageIssues(this.deps.gateway)
    return this.#issues
  }

  /** The writer for this run, now that the default branch is known (the gate re-checks it). */
  gatedWriter(defaultBranch: string): GatedWriter {
    this.writer.knowDefaultBranch(defaultBranch)
    return this.writer
  }

  /**
   * An issue the triage meant to write was not written (the write budget ran out, or GitHub
   * refused it): the step fails, so that nobody reads the run as escalated when no one was
   * told. The problem, or null in a dry run.
   */
  stoppedEscalation(what: string): string | null {
    if (this.deps.options.dryRun) return null
    const why = this.writer.records.findLast(
      record => record.result === 'refused' || record.result === 'failed'
    )?.detail
    const problem = `The escalation stopped: ${what}${why ? ` (${why})` : ''}.`
    this.problems.push(problem)
    return problem
  }
}

/**
 * The run as people and the AI see it. Workflow, branch and path names are chosen by whoever
 * pushed (a fork, a bot) and may carry a pasted secret: they are redacted like log text
 * wherever they are shown or sent. API calls keep the real names.
 */
export function shownRun(run: RunInfo): RunInfo {
  return {
    ...run,
    name: oneLine(redactSecrets(run.name)),
    headBranch: oneLine(redactSecrets(run.headBranch)),
    path: oneLine(redactSecrets(run.path)),
    headRepository: run.headRepository && oneLine(redactSecrets(run.headRepository))
  }
}
