/** The report and the outputs of one triage, made from what its flow did and found. */
import { NO_AI_USAGE } from '../../ai/client.js'
import type { AnalysedJob } from '../analyse.js'
import type { TriageRoute } from '../event.js'
import { TRIAGE_REPORT_SCHEMA_VERSION, type JobReport, type TriageReport } from '../report.js'
import { shownRun, type FlowContext, type FlowResult } from './context.js'
import { evidenceOf, leadJob } from './plan.js'

export interface TriageOutcome {
  report: TriageReport
  outputs: {
    category: string
    confidence: string
    fingerprint: string
    action: string
    'issue-number': string
    'issue-url': string
    remediated: string
  }
  /** Set when the action could not do its job (the step fails). */
  failure: string | null
}

export function triageOutcome(
  ctx: FlowContext,
  route: TriageRoute,
  result: FlowResult,
  totalMs: number
): TriageOutcome {
  const { analysis, decision } = ctx.found
  const report = baseReport(ctx, route, result, totalMs)
  if (analysis) {
    report.jobs = analysis.jobs.map(jobReport)
    report.ai = { ...report.ai, ...analysis.aiUsage, errors: analysis.aiErrors }
    report.problems.push(...analysis.aiErrors.map(error => `AI fell back to the rules: ${error}`))
  }
  const lead = analysis ? leadJob(analysis.jobs, decision) : null
  if (decision && lead && report.decision) {
    report.decision = {
      ...report.decision,
      category: decision.category,
      confidence: lead.classification.confidence,
      action: result.action
    }
  }
  return {
    report,
    outputs: {
      category: decision?.category ?? '',
      confidence: lead ? lead.classification.confidence.toFixed(2) : '',
      fingerprint: lead?.fingerprint.id ?? '',
      action: result.action,
      'issue-number': report.issue ? String(report.issue.number) : '',
      'issue-url': report.issue?.url ?? '',
      remediated: String(result.remediated ?? false)
    },
    failure: result.failure ?? null
  }
}

function baseReport(ctx: FlowContext, route: TriageRoute, result: FlowResult, totalMs: number): TriageReport {
  const { deps, found } = ctx
  const stats = deps.gateway.stats
  return {
    schemaVersion: TRIAGE_REPORT_SCHEMA_VERSION,
    generatedAt: deps.now.toISOString(),
    repository: ctx.repository,
    event: deps.eventName,
    route: route.kind,
    reason: result.reason ?? null,
    dryRun: deps.options.dryRun,
    run: found.run ? runReport(found.run) : null,
    jobs: [],
    skippedFailedJobs: found.skippedFailedJobs ?? 0,
    testReports: found.testReports ?? null,
    decision: result.decision ?? null,
    actions: ctx.writer.records,
    issue: result.issue ?? null,
    notifications: result.notifications ?? [],
    timings: {
      detectionDelayMs: found.run ? detectionDelay(found.run, deps.now) : null,
      analysisMs: result.timings?.analysisMs ?? 0,
      remediationMs: result.timings?.remediationMs ?? 0,
      totalMs
    },
    api: {
      requests: stats.requests,
      writes: stats.writes,
      rateLimited: stats.rateLimited,
      byRoute: stats.byRoute
    },
    ai: {
      ...NO_AI_USAGE,
      mode: deps.options.ai.mode,
      model: deps.options.ai.mode === 'off' ? null : deps.options.ai.model
    },
    problems: ctx.problems
  }
}

function runReport(runInfo: NonNullable<FlowContext['found']['run']>): TriageReport['run'] {
  const run = shownRun(runInfo)
  return {
    id: run.id,
    name: run.name,
    path: run.path,
    branch: run.headBranch,
    sha: run.headSha,
    attempt: run.runAttempt,
    conclusion: run.conclusion,
    url: run.htmlUrl,
    event: run.event
  }
}

function detectionDelay(run: NonNullable<FlowContext['found']['run']>, now: Date): number | null {
  if (!run.conclusion) return null
  const delay = now.getTime() - Date.parse(run.updatedAt)
  return Number.isFinite(delay) && delay >= 0 ? delay : null
}

function jobReport(job: AnalysedJob): JobReport {
  const { evidence, classification } = job
  return {
    name: evidence.job.name,
    url: evidence.job.htmlUrl,
    failedStep: evidence.failedStep,
    category: classification.category,
    confidence: classification.confidence,
    source: classification.source,
    rules: classification.rules,
    rootCause: classification.rootCause,
    evidence: evidenceOf(job),
    fingerprint: job.fingerprint.id,
    maskedLine: job.fingerprint.maskedLine,
    excerptFrom: job.source,
    logProblem: evidence.logProblem,
    reproduce: evidence.reproduce,
    suggestedFix: job.suggestedFix,
    tests: job.excerpt.failingTests.tests,
    testTotals: job.excerpt.failingTests.totals,
    testsFrom: job.excerpt.failingTests.tests.length === 0 ? 'none' : job.testsFrom
  }
}
