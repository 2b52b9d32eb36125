import { ownRuns } from '../triage/provenance.js'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { redactSecrets } from '../classify/redact.js'
import type { HealthOptions } from '../config/inputs.js'
import type { Policy } from '../config/policy.js'
import { describeError } from '../github/errors.js'
import type { IssueInfo, WorkflowInfo } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import { allReads, settle } from '../github/reads.js'
import type { Finding } from '../lint/index.js'
import { loadTriageIssues } from '../triage/escalate.js'
import type { GatedWriter } from '../triage/writer.js'
import type { RunInfo } from '../types.js'
import { listBranches, pruneBranches, type PruneResult } from './branches.js'
import { RequestBudget, SCORING_RESERVE, shareReads, WriteAllowance } from './budget.js'
import { HEALTH_ISSUE_LABEL, planHealthIssues, type HealthIssueAction } from './issues.js'
import { flakyTestPhase } from './flaky-tests.js'
import { previousTestHistories } from './history-artifact.js'
import { EMPTY_HISTORY, type TestHistory } from './test-history.js'
import type { SweepContext } from './remediate.js'
import {
  REPORT_SCHEMA_VERSION,
  lintSection,
  type HealthReport,
  type IssueTouched,
  type RemediationRecord,
  type RepositoryReport
} from './report.js'
import {
  exitCodeFor,
  findStuckRuns,
  overallStatus,
  repositoryAlerts,
  scoreWorkflow,
  worseStatus,
  type WorkflowHealth
} from './score.js'

/**
 * Auto-fix and triage-missed bring the whole triage pipeline, and lint brings GitHub's
 * workflow parser: both load on first use, so a plain check starts fast.
 */
const loadRemediation = () => import('./remediate.js')
const loadLinter = () => import('../lint/index.js')

export interface HealthDependencies {
  options: HealthOptions
  policy: Policy
  /** The gateway of the repository the action runs in; others are derived from it. */
  gateway: GitHubPort
  /** The checkout whose workflow files lint reads; null reads them from the API. */
  workspace: string | null
  now: Date
  log: (message: string) => void
  /** The workflow the check runs in: auto-fix and triage-missed never act on it. */
  selfWorkflowPath?: string | null
  /** The playbook's prose, for the triage runs triage-missed starts. */
  guidance?: string
}

export interface HealthOutcome {
  report: HealthReport
  exitCode: 0 | 1
  /** Findings of the workspace's workflow files, for annotations. */
  lintFindings: Finding[]
}

/**
 * Requests a repository takes before anything can be scored: default branch, workflows,
 * 3 run listings, and the workflow file listing (reserved even when lint reads the checkout).
 */
const REPOSITORY_BASE_COST = 6

/** Shared by every repository of one check. */
interface CheckState {
  requests: RequestBudget
  writes: WriteAllowance
  budgetNotes: string[]
  warnings: string[]
  /** The test history of each repository (`owner/name`, lower case) the previous report carried. */
  testHistories: Map<string, TestHistory>
}

/** The health-check pipeline (SPEC 7): score, lint, prune, issues, remediation, for each repository. */
export async function runHealthCheck(deps: HealthDependencies): Promise<HealthOutcome> {
  const { options, gateway, policy } = deps
  const state: CheckState = {
    requests: new RequestBudget(options.maxApiRequests, gateway.stats),
    writes: new WriteAllowance(policy.limits.maxWrites, {
      dryRun: options.dryRun,
      branchPatterns: policy.automation.branchPatterns
    }),
    budgetNotes: [],
    warnings: [],
    testHistories: new Map()
  }
  const errors: string[] = []
  const repositories: RepositoryReport[] = []
  let lintFindings: Finding[] = []
  const own = `${gateway.owner}/${gateway.repo}`
  const targets = [
    { gateway, local: true },
    ...[...new Set(options.repositories)]
      .filter(full => full.toLowerCase() !== own.toLowerCase())
      .map(full => {
        const [owner, repo] = full.split('/')
        return { gateway: gateway.forRepository(owner, repo), local: false }
      })
  ]
  for (const target of targets) {
    const name = `${target.gateway.owner}/${target.gateway.repo}`
    if (!state.requests.affords(REPOSITORY_BASE_COST)) {
      state.budgetNotes.push(
        `${name} was left for the next run: ${state.requests.used} of ${options.maxApiRequests} API requests were used`
      )
      continue
    }
    try {
      const result = await checkRepository(deps, state, target.gateway, target.local)
      repositories.push(result.report)
      if (target.local) lintFindings = result.localFindings
    } catch (error) {
      errors.push(`${name}: ${describeError(error)}`)
    }
  }
  if (!options.dryRun && state.writes.remaining === 0 && state.writes.max > 0)
    state.budgetNotes.push(
      `The write budget (${state.writes.max} writes) was used up; the rest waits for the next run`
    )
  const allWorkflows = repositories.flatMap(repository => repository.workflows)
  const overall = overallStatus(allWorkflows)
  const report: HealthReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: deps.now.toISOString(),
    dryRun: options.dryRun,
    status: repositories.map(repository => repository.status).reduce(worseStatus, overall.status),
    score: overall.score,
    repositories,
    apiRequests: gateway.stats.requests,
    budget: {
      maxApiRequests: options.maxApiRequests,
      writes: state.writes.used,
      maxWrites: state.writes.max
    },
    budgetNotes: state.budgetNotes,
    errors,
    warnings: state.warnings
  }
  // Nothing could be checked at all: that is a failure of the action, not a healthy repository.
  const exitCode =
    repositories.length === 0 && errors.length > 0 ? 1 : exitCodeFor(options.failOn, allWorkflows)
  return { report, exitCode, lintFindings }
}

async function checkRepository(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  local: boolean
): Promise<{ report: RepositoryReport; localFindings: Finding[] }> {
  const { options, now } = deps
  const { requests, budgetNotes } = state
  const repo = `${gateway.owner}/${gateway.repo}`
  // Everything that needs neither the default branch nor the workflow list goes out with them.
  const [defaultBranch, listed, stuckSources, lintListing] = await allReads([
    gateway.defaultBranch(),
    gateway.workflows(),
    allReads(
      (['queued', 'in_progress', 'action_required'] as const).map(status => gateway.runsWithStatus(status))
    ),
    options.lint
      ? settle(workflowFileSource(gateway, local ? deps.workspace : null, options.workflowsPath))
      : null
  ])
  // Lint is advice: when the workflow files cannot be read, the check goes on without it.
  const lintSource = lintListing && 'value' in lintListing ? lintListing.value : null
  if (lintListing && 'error' in lintListing)
    state.warnings.push(
      `${repo}: lint was skipped: the workflow files could not be listed: ${describeError(lintListing.error)}`
    )
  // Redacted before any rendering: once escaped for Markdown, a secret no longer looks like one.
  const workflows = listed.map(workflow => ({ ...workflow, name: redactSecrets(workflow.name) }))
  deps.log(`${repo}: scoring ${workflows.length} workflows on ${defaultBranch}`)

  const affordable = Math.max(0, requests.remaining - SCORING_RESERVE)
  const scored = workflows.slice(0, affordable)
  if (scored.length < workflows.length) {
    budgetNotes.push(
      `${repo}: ${workflows.length - scored.length} of ${workflows.length} workflows were left for the next run (API request budget)`
    )
  }
  const healths = await allReads(
    scored.map(workflow =>
      scoreOne(gateway, workflow, {
        defaultBranch,
        n: options.runs,
        now,
        countForkRuns: deps.policy.forkRuns !== 'ignore'
      })
    )
  )
  const workflowHealth = healths.map(result => result.health)
  const recentRuns = [...healths.flatMap(result => result.runs), ...stuckSources[2]].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt)
  )
  const stuckRuns = findStuckRuns([...stuckSources[0], ...stuckSources[1]], now)
  const alerts = repositoryAlerts(workflowHealth, stuckRuns, recentRuns, now, deps.policy.alerts)

  // Lint, pruning and issues read independently: their reads go out together, each within
  // its share of the budget; the writes then follow one by one.
  const shares = shareReads(requests.remaining, {
    lintFiles: lintSource?.kind === 'api' ? Math.min(MAX_LINT_FILES, lintSource.paths.length) : 0,
    issues: options.createIssues,
    prune: options.prune
  })
  if (lintSource?.kind === 'api' && shares.lintFiles < lintSource.paths.length)
    budgetNotes.push(
      `${repo}: ${lintSource.paths.length - shares.lintFiles} of ${lintSource.paths.length} workflow files were not linted (API request budget)`
    )
  if (options.prune && shares.branchPages === null)
    budgetNotes.push(`${repo}: pruning was left for the next run (API request budget)`)
  if (options.createIssues && !shares.issueListing)
    budgetNotes.push(`${repo}: issues were left for the next run (API request budget)`)
  const [lintRead, branchListing, existingIssues] = await Promise.all([
    lintSource ? workflowFiles(gateway, lintSource, shares.lintFiles, defaultBranch) : null,
    shares.branchPages === null ? null : settle(listBranches(gateway, shares.branchPages)),
    shares.issueListing ? settle(gateway.issuesWithLabel(HEALTH_ISSUE_LABEL, 'all', 500)) : null
  ])
  const unread = lintRead?.unread ?? []
  if (unread.length > 0)
    state.warnings.push(
      `${repo}: ${unread.length} workflow file(s) were not linted: ${unread[0].path} could not be read: ${describeError(unread[0].error)}`
    )
  const findings = await lint(lintRead?.files ?? []).catch((error: unknown) => {
    state.warnings.push(`${repo}: lint failed: ${describeError(error)}`)
    return []
  })

  const writer = state.writes.writer(defaultBranch)
  let prune: PruneResult = { pruned: [], planned: [], deferred: [], kept: [] }
  let issues: IssueTouched[] = []
  const remediations: RemediationRecord[] = []
  let rerunByAutoFix = new Set<number>()
  let candidates: Candidates = { runs: [], recorded: new Set() }
  try {
    if (branchListing && 'error' in branchListing) {
      state.warnings.push(`${repo}: pruning failed: ${describeError(branchListing.error)}`)
    } else if (branchListing) {
      const context = {
        gateway,
        policy: deps.policy,
        defaultBranch,
        staleDays: options.staleDays,
        maxPrunes: options.maxPrunes,
        now,
        requests,
        log: deps.log
      }
      prune = await pruneBranches(context, writer, branchListing.value).catch((error: unknown) => {
        state.warnings.push(`${repo}: pruning failed: ${describeError(error)}`)
        return prune
      })
      state.warnings.push(...prune.kept.map(kept => `${repo}: ${kept}`))
      if (prune.deferred.length > 0)
        budgetNotes.push(`${repo}: ${prune.deferred.length} stale branch(es) left for the next run`)
      const { listedOnly } = branchListing.value
      if (listedOnly)
        budgetNotes.push(
          `${repo}: only the first ${listedOnly} branches were examined for pruning; the rest wait for the next run (API request budget)`
        )
    }
    if (existingIssues && 'error' in existingIssues) {
      state.warnings.push(`${repo}: issues were not updated: ${describeError(existingIssues.error)}`)
    } else if (existingIssues) {
      issues = await syncIssues(gateway, workflowHealth, existingIssues.value, writer, state, repo).catch(
        (error: unknown) => {
          state.warnings.push(`${repo}: issues were not updated: ${describeError(error)}`)
          return []
        }
      )
    }
    if (options.autoFix || options.triageMissed) {
      candidates = await remediationCandidates(deps, gateway, workflows, state, local).catch(
        (error: unknown) => {
          state.warnings.push(`${repo}: recent failed runs could not be listed: ${describeError(error)}`)
          return candidates
        }
      )
    }
    if (options.autoFix && candidates.runs.length > 0) {
      const { autoFix } = await loadRemediation()
      const result = await autoFix(
        sweepContext(deps, gateway, defaultBranch, requests),
        candidates.runs,
        writer
      )
      remediations.push(...result.records)
      budgetNotes.push(...result.left.map(note => `${repo}: ${note}`))
      rerunByAutoFix = result.rerun
    }
  } finally {
    state.writes.settle(writer)
  }
  if (options.triageMissed) {
    const { triageMissed, untriagedRuns } = await loadRemediation()
    const untriaged = untriagedRuns(candidates.runs, candidates.recorded, rerunByAutoFix)
    const result = await triageMissed(
      { ...sweepContext(deps, gateway, defaultBranch, requests), guidance: deps.guidance ?? '' },
      untriaged,
      state.writes
    )
    remediations.push(...result.records)
    budgetNotes.push(...result.left.map(note => `${repo}: ${note}`))
  }
  const windowRuns = healths.flatMap(result => result.runs)
  // The report holds every repository's history; the check's own repository comes first.
  if (local) state.testHistories = await previousTestHistories(deps, state, 0, windowRuns)
  const tests = await flakyTestPhase({
    gateway,
    policy: deps.policy,
    now,
    requests,
    writes: state.writes,
    defaultBranch,
    createIssues: options.createIssues,
    previous: state.testHistories.get(repo.toLowerCase()) ?? EMPTY_HISTORY,
    runs: windowRuns,
    budgetNotes,
    warnings: state.warnings
  }).catch((error: unknown) => {
    state.warnings.push(`${repo}: flaky tests were not examined: ${describeError(error)}`)
    return undefined
  })

  const overall = overallStatus(workflowHealth)
  return {
    report: {
      repo,
      defaultBranch,
      status: overall.status,
      score: overall.score,
      workflows: workflowHealth,
      alerts,
      stuckRuns,
      lint: lintSection(findings),
      pruned: prune.pruned,
      prunePlanned: prune.planned,
      deferred: prune.deferred,
      issues,
      ...(options.autoFix || options.triageMissed ? { remediations } : {}),
      ...(tests ? { tests } : {})
    },
    localFindings: local ? findings : []
  }
}

function sweepContext(
  deps: HealthDependencies,
  gateway: GitHubPort,
  defaultBranch: string,
  requests: RequestBudget
): SweepContext {
  return {
    gateway,
    policy: deps.policy,
    options: deps.options,
    defaultBranch,
    now: deps.now,
    requests,
    log: deps.log
  }
}

interface Candidates {
  /** Failed runs of the window that no triage issue records, newest first. */
  runs: RunInfo[]
  /** Run ids the triage issues record. */
  recorded: Set<number>
}

/**
 * Failed runs of the last 24 hours that no triage recorded in an issue: a person (or the
 * triage action) already decided about the others. One listing per active workflow and
 * one of the triage issues.
 */
async function remediationCandidates(
  deps: HealthDependencies,
  gateway: GitHubPort,
  workflows: WorkflowInfo[],
  state: CheckState,
  local: boolean
): Promise<Candidates> {
  const repo = `${gateway.owner}/${gateway.repo}`
  const active = workflows.filter(workflow => workflow.state === 'active').length
  if (!state.requests.affords(active + 2)) {
    state.budgetNotes.push(`${repo}: recent failed runs were not examined (API request budget)`)
    return { runs: [], recorded: new Set() }
  }
  const { recentFailedRuns, recordedRunIds } = await loadRemediation()
  const [failed, triage] = await allReads([
    // The workflow the check runs in is a file of its own repository only.
    recentFailedRuns(gateway, workflows, deps.now, local ? (deps.selfWorkflowPath ?? null) : null),
    loadTriageIssues(gateway)
  ])
  const recorded = recordedRunIds(triage.all)
  return { runs: failed.filter(run => !recorded.has(run.id)), recorded }
}

/**
 * The last N completed runs of the repository itself on the default branch, or of all
 * branches when it has none. Runs from forks (which may name a branch like ours) are left out
 * of the score; a page twice the window leaves room for them, and they are counted apart.
 */
async function scoreOne(
  gateway: GitHubPort,
  workflow: WorkflowInfo,
  window: { defaultBranch: string; n: number; now: Date; countForkRuns: boolean }
): Promise<{ health: WorkflowHealth; runs: RunInfo[] }> {
  const { defaultBranch, n, now } = window
  const perPage = Math.min(100, n * 2)
  const repository = `${gateway.owner}/${gateway.repo}`
  let listed = await gateway.workflowRuns(workflow.id, {
    branch: defaultBranch,
    status: 'completed',
    perPage
  })
  let runs = ownRuns(listed, repository)
  let usedFallbackBranch = false
  if (runs.length === 0) {
    listed = await gateway.workflowRuns(workflow.id, { status: 'completed', perPage })
    runs = ownRuns(listed, repository)
    usedFallbackBranch = runs.length > 0
  }
  runs = runs.slice(0, n)
  const health = scoreWorkflow({ workflow, runs, n, usedFallbackBranch, now })
  const forkRuns = listed.length - ownRuns(listed, repository).length
  return {
    health: window.countForkRuns && forkRuns > 0 ? { ...health, forkRunsLeftOut: forkRuns } : health,
    runs
  }
}

const WORKFLOW_FILE = /\.ya?ml$/i
const MAX_LINT_FILES = 300

/** Where lint finds the workflow files: the workspace checkout when it has them, else the API. */
type WorkflowFileSource = { kind: 'workspace'; files: WorkflowFile[] } | { kind: 'api'; paths: string[] }

interface WorkflowFile {
  path: string
  content: string
}

/** The workspace's workflow files, or else the listing of the repository's at its default branch. */
async function workflowFileSource(
  gateway: GitHubPort,
  workspace: string | null,
  workflowsPath: string
): Promise<WorkflowFileSource> {
  const localDirectory = workspace ? join(workspace, workflowsPath) : null
  if (localDirectory && existsSync(localDirectory) && (await stat(localDirectory)).isDirectory()) {
    const names = (await readdir(localDirectory)).filter(name => WORKFLOW_FILE.test(name)).sort()
    const files = await Promise.all(
      names.slice(0, MAX_LINT_FILES).map(async name => ({
        path: `${workflowsPath}/${name}`,
        content: await readFile(join(localDirectory, name), 'utf8')
      }))
    )
    return { kind: 'workspace', files }
  }
  // Without a ref the contents API reads the default branch, so this needs no earlier request.
  const entries = await gateway.directory(workflowsPath)
  return { kind: 'api', paths: entries.map(entry => entry.path).filter(path => WORKFLOW_FILE.test(path)) }
}

/**
 * The files of `source`: read through the API (the first `count` of them) when not in the
 * workspace. A file that cannot be read is left out, and said so; the others are linted.
 */
async function workflowFiles(
  gateway: GitHubPort,
  source: WorkflowFileSource,
  count: number,
  defaultBranch: string
): Promise<{ files: WorkflowFile[]; unread: { path: string; error: unknown }[] }> {
  if (source.kind === 'workspace') return { files: source.files, unread: [] }
  const paths = source.paths.slice(0, count)
  const reads = await Promise.all(paths.map(path => settle(gateway.fileContent(path, defaultBranch))))
  const files: WorkflowFile[] = []
  const unread: { path: string; error: unknown }[] = []
  reads.forEach((read, index) => {
    const path = paths[index]
    if ('error' in read) unread.push({ path, error: read.error })
    else files.push({ path, content: read.value ?? '' })
  })
  return { files, unread }
}

async function lint(files: WorkflowFile[]): Promise<Finding[]> {
  // The linter and GitHub's workflow parser are half a megabyte to load: only for files.
  if (files.length === 0) return []
  const { lintWorkflows } = await loadLinter()
  return lintWorkflows(files)
}

function touchedAs(action: HealthIssueAction<IssueInfo>): IssueTouched['action'] {
  if (action.kind === 'open') return 'opened'
  if (action.kind === 'close') return 'closed'
  return action.reopen ? 'reopened' : 'updated'
}

/** One issue per critical workflow, found by its marker, updated in place, closed on recovery. */
async function syncIssues(
  gateway: GitHubPort,
  workflows: WorkflowHealth[],
  existing: IssueInfo[],
  writer: GatedWriter,
  state: CheckState,
  repo: string
): Promise<IssueTouched[]> {
  const touched: IssueTouched[] = []
  const actions = planHealthIssues(repo, workflows, existing)
  for (const [index, action] of actions.entries()) {
    // A recovery is a comment and a close: never leave the comment without the close.
    const writesNeeded = action.kind === 'close' ? 2 : 1
    if (!state.requests.affords(writesNeeded) || state.writes.remaining < writesNeeded) {
      state.budgetNotes.push(`${repo}: ${actions.length - index} issue update(s) left for the next run`)
      break
    }
    try {
      const issue = await applyIssueAction(gateway, writer, action)
      if (issue) touched.push({ ...issue, workflow: action.health.workflow.path, action: touchedAs(action) })
    } catch (error) {
      state.warnings.push(`Issue for ${action.health.workflow.path}: ${describeError(error)}`)
    }
  }
  return touched
}

/** Sends one planned issue write through the gate; the issue when it was sent. */
async function applyIssueAction(
  gateway: GitHubPort,
  writer: GatedWriter,
  action: HealthIssueAction<IssueInfo>
): Promise<{ number: number; url: string } | null> {
  switch (action.kind) {
    case 'open': {
      const created = await writer.write(
        { kind: 'create-issue', title: action.title },
        `issue: ${action.title}`,
        {},
        () =>
          gateway.createIssue({
            title: redactSecrets(action.title),
            body: redactSecrets(action.body),
            labels: [HEALTH_ISSUE_LABEL],
            assignees: []
          }),
        issue => `opened #${issue.number}`
      )
      return created && { number: created.number, url: created.htmlUrl }
    }
    case 'update': {
      const { issue } = action
      const updated = await writer.write(
        { kind: 'update-issue', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () =>
          gateway.updateIssue(issue.number, {
            title: redactSecrets(action.title),
            body: redactSecrets(action.body),
            state: 'open'
          }),
        () => (action.reopen ? 'reopened: the workflow is critical again' : 'updated with the latest runs')
      )
      return updated && { number: issue.number, url: issue.htmlUrl }
    }
    case 'close': {
      const { issue } = action
      const commented = await writer.write(
        { kind: 'comment', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () => gateway.comment(issue.number, redactSecrets(action.comment))
      )
      if (!commented) return null
      const closed = await writer.write(
        { kind: 'close-issue', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () =>
          gateway.updateIssue(issue.number, {
            title: redactSecrets(action.title),
            body: redactSecrets(action.body),
            state: 'closed',
            stateReason: 'completed'
          })
      )
      return closed && { number: issue.number, url: issue.htmlUrl }
    }
  }
}
