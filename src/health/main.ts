import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { HealthOptions } from '../config/inputs.js'
import type { Policy } from '../config/policy.js'
import type { GitHubGateway, IssueInfo, WorkflowInfo } from '../github/gateway.js'
import { lintWorkflows, type Finding } from '../lint/index.js'
import type { RunInfo } from '../types.js'
import { renderHealthIssue, renderRecoveryComment, HEALTH_ISSUE_LABEL, healthMarkerId } from './issues.js'
import { selectStaleBranches, type PrunePlanEntry } from './prune.js'
import {
  REPORT_SCHEMA_VERSION,
  lintSection,
  type HealthReport,
  type IssueTouched,
  type RepositoryReport
} from './report.js'
import {
  exitCodeFor,
  findStuckRuns,
  overallStatus,
  repositoryAlerts,
  scoreWorkflow,
  worseStatus,
  type HealthStatus,
  type WorkflowHealth
} from './score.js'
import { parseMarker } from '../text/markdown.js'

export interface HealthDependencies {
  options: HealthOptions
  policy: Policy
  /** The gateway of the repository the action runs in; others are derived from it. */
  gateway: GitHubGateway
  workspace: string
  now: Date
  log: (message: string) => void
}

export interface HealthOutcome {
  report: HealthReport
  exitCode: 0 | 1
  /** Findings of the workspace's workflow files, for annotations. */
  lintFindings: Finding[]
}

/** Counts writes against the per-run budget; dry-run allows none. */
class WriteLedger {
  used = 0
  constructor(
    private readonly max: number,
    private readonly dryRun: boolean
  ) {}
  allow(): boolean {
    if (this.dryRun || this.used >= this.max) return false
    this.used++
    return true
  }
  get exhausted(): boolean {
    return this.used >= this.max
  }
}

/** The health-check pipeline (SPEC 7): score, lint, prune, issues, for each repository. */
export async function runHealthCheck(deps: HealthDependencies): Promise<HealthOutcome> {
  const { options, gateway } = deps
  const ledger = new WriteLedger(deps.policy.limits.maxWrites, options.dryRun)
  const errors: string[] = []
  const warnings: string[] = []
  const budgetNotes: string[] = []
  const repositories: RepositoryReport[] = []
  let lintFindings: Finding[] = []
  const targets = [
    { gateway, local: true },
    ...options.repositories
      .filter(full => full !== `${gateway.owner}/${gateway.repo}`)
      .map(full => ({ gateway: gateway.forRepository(full.split('/')[0], full.split('/')[1]), local: false }))
  ]
  for (const target of targets) {
    const name = `${target.gateway.owner}/${target.gateway.repo}`
    if (gateway.stats.requests >= options.maxApiRequests) {
      budgetNotes.push(
        `${name} was not checked: the budget of ${options.maxApiRequests} API requests was spent`
      )
      continue
    }
    try {
      const result = await checkRepository(deps, target.gateway, target.local, ledger, budgetNotes, warnings)
      repositories.push(result.report)
      if (target.local) lintFindings = result.localFindings
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
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
    budgetNotes,
    errors,
    warnings
  }
  // Nothing could be checked at all: that is a failure of the action, not a healthy repository.
  const exitCode =
    repositories.length === 0 && errors.length > 0 ? 1 : exitCodeFor(options.failOn, allWorkflows)
  return { report, exitCode, lintFindings }
}

async function checkRepository(
  deps: HealthDependencies,
  gateway: GitHubGateway,
  local: boolean,
  ledger: WriteLedger,
  budgetNotes: string[],
  warnings: string[]
): Promise<{ report: RepositoryReport; localFindings: Finding[] }> {
  const { options, now } = deps
  const repo = `${gateway.owner}/${gateway.repo}`
  const [defaultBranch, workflows] = await Promise.all([gateway.defaultBranch(), gateway.workflows()])
  deps.log(`${repo}: scoring ${workflows.length} workflows on ${defaultBranch}`)

  const affordable = Math.max(0, options.maxApiRequests - gateway.stats.requests - 10)
  const scored = workflows.slice(0, affordable)
  if (scored.length < workflows.length) {
    budgetNotes.push(
      `${repo}: ${workflows.length - scored.length} of ${workflows.length} workflows were left for the next run (API request budget)`
    )
  }
  const [healths, stuckSources] = await Promise.all([
    Promise.all(scored.map(workflow => scoreOne(gateway, workflow, defaultBranch, options.runs, now))),
    Promise.all(
      (['queued', 'in_progress', 'action_required'] as const).map(status => gateway.runsWithStatus(status))
    )
  ])
  const workflowHealth = healths.map(result => result.health)
  const recentRuns = [...healths.flatMap(result => result.runs), ...stuckSources[2]].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt)
  )
  const stuckRuns = findStuckRuns([...stuckSources[0], ...stuckSources[1]], now)
  const alerts = repositoryAlerts(workflowHealth, stuckRuns, recentRuns, now)

  const findings = options.lint
    ? await lintRepository(gateway, local ? deps.workspace : null, options.workflowsPath, defaultBranch)
    : []
  const prune = options.prune
    ? await pruneBranches(deps, gateway, defaultBranch, ledger, warnings)
    : { pruned: [], planned: [], deferred: [] }
  const issues = options.createIssues ? await syncIssues(gateway, workflowHealth, ledger, warnings) : []
  if (ledger.exhausted && !options.dryRun)
    budgetNotes.push(`${repo}: the write budget (${deps.policy.limits.maxWrites}) was reached`)
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
      issues
    },
    localFindings: local ? findings : []
  }
}

/** The last N completed runs on the default branch, or of all branches when it has none. */
async function scoreOne(
  gateway: GitHubGateway,
  workflow: WorkflowInfo,
  defaultBranch: string,
  n: number,
  now: Date
): Promise<{ health: WorkflowHealth; runs: RunInfo[] }> {
  let runs = await gateway.workflowRuns(workflow.id, {
    branch: defaultBranch,
    status: 'completed',
    perPage: n
  })
  let usedFallbackBranch = false
  if (runs.length === 0) {
    runs = await gateway.workflowRuns(workflow.id, { status: 'completed', perPage: n })
    usedFallbackBranch = runs.length > 0
  }
  return { health: scoreWorkflow({ workflow, runs, n, usedFallbackBranch, now }), runs }
}

const WORKFLOW_FILE = /\.ya?ml$/i
const MAX_LINT_FILES = 300

/** Workflow files from the workspace checkout when present, else through the API at the default branch. */
async function lintRepository(
  gateway: GitHubGateway,
  workspace: string | null,
  workflowsPath: string,
  defaultBranch: string
): Promise<Finding[]> {
  const files: { path: string; content: string }[] = []
  const localDirectory = workspace ? join(workspace, workflowsPath) : null
  if (localDirectory && existsSync(localDirectory) && (await stat(localDirectory)).isDirectory()) {
    const names = (await readdir(localDirectory)).filter(name => WORKFLOW_FILE.test(name)).sort()
    for (const name of names.slice(0, MAX_LINT_FILES)) {
      files.push({
        path: `${workflowsPath}/${name}`,
        content: await readFile(join(localDirectory, name), 'utf8')
      })
    }
  } else {
    const entries = (await gateway.directory(workflowsPath, defaultBranch)).filter(entry =>
      WORKFLOW_FILE.test(entry.path)
    )
    const contents = await Promise.all(
      entries.slice(0, MAX_LINT_FILES).map(async entry => ({
        path: entry.path,
        content: (await gateway.fileContent(entry.path, defaultBranch)) ?? ''
      }))
    )
    files.push(...contents)
  }
  return lintWorkflows(files)
}

async function pruneBranches(
  deps: HealthDependencies,
  gateway: GitHubGateway,
  defaultBranch: string,
  ledger: WriteLedger,
  warnings: string[]
): Promise<{ pruned: PrunePlanEntry[]; planned: PrunePlanEntry[]; deferred: string[] }> {
  const [branches, protectedNames, openPrRefs] = await Promise.all([
    gateway.branchesWithDates(),
    gateway.protectedBranches(),
    gateway.openPullRequestRefs()
  ])
  const plan = selectStaleBranches({
    branches: branches.map(branch => ({ ...branch, protected: protectedNames.has(branch.name) })),
    defaultBranch,
    patterns: deps.policy.automation.branchPatterns,
    openPrRefs,
    staleDays: deps.options.staleDays,
    maxPrunes: deps.options.maxPrunes,
    now: deps.now
  })
  if (deps.options.dryRun) return { pruned: [], planned: plan.prune, deferred: plan.deferred }
  const pruned: PrunePlanEntry[] = []
  const deferred = [...plan.deferred]
  for (const entry of plan.prune) {
    if (!ledger.allow()) {
      deferred.push(entry.name)
      continue
    }
    // Re-read the branch right before deleting: it may have moved or gained protection since the listing.
    const current = await gateway.branch(entry.name)
    if (!current || current.protected || current.sha !== entry.sha) {
      warnings.push(`${entry.name} changed since it was listed; not deleted`)
      continue
    }
    try {
      await gateway.deleteBranch(entry.name)
      pruned.push(entry)
      deps.log(`Deleted stale branch ${entry.name} at ${entry.sha}; restore: ${entry.restoreCommand}`)
    } catch (error) {
      warnings.push(
        `Could not delete ${entry.name}: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return { pruned, planned: [], deferred }
}

/** One issue per critical workflow, found by its marker, updated in place, closed on recovery. */
async function syncIssues(
  gateway: GitHubGateway,
  workflows: WorkflowHealth[],
  ledger: WriteLedger,
  warnings: string[]
): Promise<IssueTouched[]> {
  const existing = await gateway.issuesWithLabel(HEALTH_ISSUE_LABEL, 'all', 500)
  const byWorkflow = new Map<string, IssueInfo>()
  for (const issue of existing) {
    const marker = parseMarker(issue.body, 'health')
    if (marker && !byWorkflow.has(marker.id)) byWorkflow.set(marker.id, issue)
  }
  const repo = `${gateway.owner}/${gateway.repo}`
  const touched: IssueTouched[] = []
  for (const health of workflows) {
    const issue = byWorkflow.get(healthMarkerId(repo, health.workflow.path))
    try {
      if (health.status === 'critical') {
        const rendered = renderHealthIssue(repo, health)
        if (!issue) {
          if (!ledger.allow()) continue
          const created = await gateway.createIssue({
            ...rendered,
            labels: [HEALTH_ISSUE_LABEL],
            assignees: []
          })
          touched.push({
            number: created.number,
            url: created.htmlUrl,
            workflow: health.workflow.path,
            action: 'opened'
          })
        } else if (issue.body !== rendered.body || issue.state === 'closed') {
          if (!ledger.allow()) continue
          await gateway.updateIssue(issue.number, { body: rendered.body, state: 'open' })
          touched.push({
            number: issue.number,
            url: issue.htmlUrl,
            workflow: health.workflow.path,
            action: issue.state === 'closed' ? 'reopened' : 'updated'
          })
        }
      } else if (
        issue &&
        issue.state === 'open' &&
        (health.status === 'healthy' || health.status === 'warning')
      ) {
        if (!ledger.allow()) continue
        await gateway.comment(issue.number, renderRecoveryComment(health))
        if (!ledger.allow()) continue
        await gateway.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' })
        touched.push({
          number: issue.number,
          url: issue.htmlUrl,
          workflow: health.workflow.path,
          action: 'closed'
        })
      }
    } catch (error) {
      warnings.push(
        `Issue for ${health.workflow.path}: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return touched
}

export type { HealthStatus }
