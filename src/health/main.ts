import { ownRuns } from '../safety/provenance.js'
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
import type { GatedWriter } from '../safety/writer.js'
import type { RunInfo } from '../types.js'
import { listBranches, pruneBranches, type BranchListing, type PruneResult } from './branches.js'
import { RequestBudget } from './budget.js'
import { HEALTH_ISSUE_LABEL, planHealthIssues, type HealthIssueAction } from './issues.js'
import type { SweepContext } from './remediate.js'
import { flakyTestPhase } from './flaky-tests.js'
import { previousTestHistories } from './history-artifact.js'
import { EMPTY_HISTORY, type TestHistory } from './test-history.js'
import {
  REPORT_SCHEMA_VERSION,
  lintSection,
  type HealthReport,
  type IssueTouched,
  type RemediationRecord,
  type RepositoryReport,
  type TestSection
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
import { WriteAllowance } from '../safety/budget.js'
import { loadTriageIssues } from '../triage/index.js'
import { planReads, planScoring } from './plan.js'

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

/** The health-check pipeline (DESIGN 7): score, lint, prune, issues, remediation, for each repository. */
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

/** What a repository's first reads found: everything else starts from these. */
interface RepositoryBasics {
  repo: string
  defaultBranch: string
  workflows: WorkflowInfo[]
  /** Queued, in-progress and waiting runs: the stuck-run and recent-run sources. */
  active: [RunInfo[], RunInfo[], RunInfo[]]
  lintSource: WorkflowFileSource | null
}

/** One repository, phase by phase: read, score, share the reads left, lint, write, triage the missed. */
async function checkRepository(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  local: boolean
): Promise<{ report: RepositoryReport; localFindings: Finding[] }> {
  const basics = await readBasics(deps, state, gateway, local)
  const scored = await scoreRepository(deps, state, gateway, basics)
  const { options } = deps
  const plan = planReads(basics.repo, state.requests.remaining, {
    lintFiles: basics.lintSource?.kind === 'api' ? basics.lintSource.paths : null,
    maxLintFiles: MAX_LINT_FILES,
    issues: options.createIssues,
    prune: options.prune
  })
  state.budgetNotes.push(...plan.notes)
  const [findings, branchListing, existingIssues] = await Promise.all([
    lintRepository(state, gateway, basics, plan.shares.lintFiles),
    plan.shares.branchPages === null ? null : settle(listBranches(gateway, plan.shares.branchPages)),
    plan.shares.issueListing ? settle(gateway.issuesWithLabel(HEALTH_ISSUE_LABEL, 'all', 500)) : null
  ])
  const written = await writePhase(deps, state, gateway, local, basics, scored.workflows, {
    branchListing,
    existingIssues
  })
  const remediations = [...written.remediations]
  if (options.triageMissed)
    remediations.push(...(await triageMissedPhase(deps, state, gateway, basics, written)))
  const tests = await testsPhase(deps, state, gateway, local, basics, scored.runs)
  const overall = overallStatus(scored.workflows)
  return {
    report: {
      repo: basics.repo,
      defaultBranch: basics.defaultBranch,
      status: overall.status,
      score: overall.score,
      workflows: scored.workflows,
      alerts: scored.alerts,
      stuckRuns: scored.stuckRuns,
      lint: lintSection(findings),
      pruned: written.prune.pruned,
      prunePlanned: written.prune.planned,
      deferred: written.prune.deferred,
      issues: written.issues,
      ...(options.autoFix || options.triageMissed ? { remediations } : {}),
      ...(tests ? { tests } : {})
    },
    localFindings: local ? findings : []
  }
}

/** The default branch, the workflows, the active runs and the workflow files' listing, read together. */
async function readBasics(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  local: boolean
): Promise<RepositoryBasics> {
  const { options } = deps
  const repo = `${gateway.owner}/${gateway.repo}`
  // Everything that needs neither the default branch nor the workflow list goes out with them.
  const [defaultBranch, listed, active, lintListing] = await allReads([
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
  return { repo, defaultBranch, workflows, active: [active[0], active[1], active[2]], lintSource }
}

/** Scores the workflows the budget affords, and the repository's alerts. */
async function scoreRepository(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  basics: RepositoryBasics
): Promise<{
  workflows: WorkflowHealth[]
  alerts: RepositoryReport['alerts']
  stuckRuns: RepositoryReport['stuckRuns']
  /** The scored runs of every workflow: the window the test history reads. */
  runs: RunInfo[]
}> {
  const { options, now } = deps
  const { repo, workflows, active } = basics
  deps.log(`${repo}: scoring ${workflows.length} workflows on ${basics.defaultBranch}`)
  const scoring = planScoring(repo, state.requests.remaining, workflows.length)
  state.budgetNotes.push(...scoring.notes)
  const healths = await allReads(
    workflows.slice(0, scoring.workflows).map(workflow =>
      scoreOne(gateway, workflow, {
        defaultBranch: basics.defaultBranch,
        n: options.runs,
        now,
        countForkRuns: deps.policy.forkRuns !== 'ignore'
      })
    )
  )
  const workflowHealth = healths.map(result => result.health)
  const runs = healths.flatMap(result => result.runs)
  const recentRuns = [...runs, ...active[2]].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const stuckRuns = findStuckRuns([...active[0], ...active[1]], now)
  const alerts = repositoryAlerts(workflowHealth, stuckRuns, recentRuns, now, deps.policy.alerts)
  return { workflows: workflowHealth, alerts, stuckRuns, runs }
}

/** The window's failing and flaky tests, added to the history the previous report carried. */
async function testsPhase(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  local: boolean,
  basics: RepositoryBasics,
  runs: readonly RunInfo[]
): Promise<TestSection | undefined> {
  // The report holds every repository's history: the check's own repository is read first.
  if (local) state.testHistories = await previousTestHistories(deps, state, 0, runs)
  return flakyTestPhase({
    gateway,
    policy: deps.policy,
    now: deps.now,
    requests: state.requests,
    writes: state.writes,
    defaultBranch: basics.defaultBranch,
    createIssues: deps.options.createIssues,
    previous: state.testHistories.get(basics.repo.toLowerCase()) ?? EMPTY_HISTORY,
    runs,
    budgetNotes: state.budgetNotes,
    warnings: state.warnings
  }).catch((error: unknown) => {
    state.warnings.push(`${basics.repo}: flaky tests were not examined: ${describeError(error)}`)
    return undefined
  })
}

/** Reads the workflow files within their share and lints them; what cannot be read is a warning. */
async function lintRepository(
  state: CheckState,
  gateway: GitHubPort,
  basics: RepositoryBasics,
  share: number
): Promise<Finding[]> {
  const { repo, lintSource } = basics
  if (!lintSource) return lint([])
  const read = await workflowFiles(gateway, lintSource, share, basics.defaultBranch)
  if (read.unread.length > 0)
    state.warnings.push(
      `${repo}: ${read.unread.length} workflow file(s) were not linted: ${read.unread[0].path} could not be read: ${describeError(read.unread[0].error)}`
    )
  return lint(read.files).catch((error: unknown) => {
    state.warnings.push(`${repo}: lint failed: ${describeError(error)}`)
    return []
  })
}

interface Written {
  prune: PruneResult
  issues: IssueTouched[]
  remediations: RemediationRecord[]
  rerunByAutoFix: Set<number>
  candidates: Candidates
}

/** The writes of one repository, one by one through its writer: pruning, issues, auto-fix. */
async function writePhase(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  local: boolean,
  basics: RepositoryBasics,
  workflowHealth: WorkflowHealth[],
  reads: {
    branchListing: Awaited<ReturnType<typeof settle<BranchListing>>> | null
    existingIssues: Awaited<ReturnType<typeof settle<IssueInfo[]>>> | null
  }
): Promise<Written> {
  const { options } = deps
  const { repo, defaultBranch } = basics
  const writer = state.writes.writer(defaultBranch)
  const written: Written = {
    prune: { pruned: [], planned: [], deferred: [], kept: [] },
    issues: [],
    remediations: [],
    rerunByAutoFix: new Set(),
    candidates: { runs: [], recorded: new Set() }
  }
  try {
    if (reads.branchListing)
      written.prune = await prunePhase(deps, state, gateway, writer, basics, reads.branchListing)
    const { existingIssues } = reads
    if (existingIssues && 'error' in existingIssues) {
      state.warnings.push(`${repo}: issues were not updated: ${describeError(existingIssues.error)}`)
    } else if (existingIssues) {
      written.issues = await syncIssues(
        gateway,
        workflowHealth,
        existingIssues.value,
        writer,
        state,
        repo
      ).catch((error: unknown) => {
        state.warnings.push(`${repo}: issues were not updated: ${describeError(error)}`)
        return []
      })
    }
    if (options.autoFix || options.triageMissed) {
      written.candidates = await remediationCandidates(deps, gateway, basics.workflows, state, local).catch(
        (error: unknown) => {
          state.warnings.push(`${repo}: recent failed runs could not be listed: ${describeError(error)}`)
          return written.candidates
        }
      )
    }
    if (options.autoFix && written.candidates.runs.length > 0) {
      const { autoFix } = await loadRemediation()
      const result = await autoFix(
        sweepContext(deps, gateway, defaultBranch, state.requests),
        written.candidates.runs,
        writer
      )
      written.remediations.push(...result.records)
      state.budgetNotes.push(...result.left.map(note => `${repo}: ${note}`))
      written.rerunByAutoFix = result.rerun
    }
  } finally {
    state.writes.settle(writer)
  }
  return written
}

/** Prunes stale automation branches from the listing, within the deletions' share. */
async function prunePhase(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  writer: GatedWriter,
  basics: RepositoryBasics,
  listing: NonNullable<Awaited<ReturnType<typeof settle<BranchListing>>>>
): Promise<PruneResult> {
  const { repo, defaultBranch } = basics
  const none: PruneResult = { pruned: [], planned: [], deferred: [], kept: [] }
  if ('error' in listing) {
    state.warnings.push(`${repo}: pruning failed: ${describeError(listing.error)}`)
    return none
  }
  const { options, now } = deps
  const context = {
    gateway,
    policy: deps.policy,
    defaultBranch,
    staleDays: options.staleDays,
    maxPrunes: options.maxPrunes,
    now,
    requests: state.requests,
    log: deps.log
  }
  const prune = await pruneBranches(context, writer, listing.value).catch((error: unknown) => {
    state.warnings.push(`${repo}: pruning failed: ${describeError(error)}`)
    return none
  })
  state.warnings.push(...prune.kept.map(kept => `${repo}: ${kept}`))
  if (prune.deferred.length > 0)
    state.budgetNotes.push(`${repo}: ${prune.deferred.length} stale branch(es) left for the next run`)
  const { listedOnly } = listing.value
  if (listedOnly)
    state.budgetNotes.push(
      `${repo}: only the first ${listedOnly} branches were examined for pruning; the rest wait for the next run (API request budget)`
    )
  return prune
}

/** Triages the failed runs nobody recorded, each with a writer of its own from what is left. */
async function triageMissedPhase(
  deps: HealthDependencies,
  state: CheckState,
  gateway: GitHubPort,
  basics: RepositoryBasics,
  written: Written
): Promise<RemediationRecord[]> {
  const { triageMissed, untriagedRuns } = await loadRemediation()
  const untriaged = untriagedRuns(
    written.candidates.runs,
    written.candidates.recorded,
    written.rerunByAutoFix
  )
  const result = await triageMissed(
    { ...sweepContext(deps, gateway, basics.defaultBranch, state.requests), guidance: deps.guidance ?? '' },
    untriaged,
    state.writes
  )
  state.budgetNotes.push(...result.left.map(note => `${basics.repo}: ${note}`))
  return result.records
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
