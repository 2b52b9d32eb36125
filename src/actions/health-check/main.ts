import * as core from '@actions/core'
import { join } from 'node:path'
import { logInfo } from '../log.js'
import { redactSecrets, redactStrings } from '../../classify/redact.js'
import { loadPlaybook, readEventPayload, readRunnerContext } from '../../config/environment.js'
import { applyOverrides, readHealthOptions } from '../../config/inputs.js'
import { runHealthCheck } from '../../health/main.js'
import { renderJson, type HealthReport } from '../../health/report.js'
import { renderHtml } from '../../health/report-html.js'
import { renderJobSummary, renderMarkdown } from '../../health/report-markdown.js'
import { HEALTH_STATUSES } from '../../health/score.js'
import { toAnnotation } from '../../lint/annotations.js'
import type { Finding } from '../../lint/index.js'
import { uploadReport, writeReportFiles } from '../../report/artifact.js'

/** The health-check action: wires inputs, the GitHub gateway and the pipeline; reports. */
export async function run(): Promise<void> {
  try {
    const options = readHealthOptions(name => core.getInput(name))
    core.setSecret(options.token)
    const context = readRunnerContext(process.env)
    const playbook = await loadPlaybook(context.workspace, options.playbookPath)
    const policy = applyOverrides(playbook.policy, options.overrides)
    logInfo(`Playbook: ${playbook.source}${options.dryRun ? ' (dry run: no writes)' : ''}`)
    // @actions/github parses the event file when it is imported: check it first, so a
    // malformed one fails with a clear message instead of a stack trace.
    if (context.eventPath) await readEventPayload(context.eventPath)
    const { GitHubGateway } = await import('../../github/gateway.js')
    const gateway = new GitHubGateway(options.token, context.owner, context.repo, {
      log: logInfo
    })

    const outcome = await runHealthCheck({
      options,
      policy,
      gateway,
      workspace: context.workspace,
      now: context.now,
      log: logInfo,
      selfWorkflowPath: context.workflowPath,
      guidance: playbook.prose
    })
    const report = redactStrings(outcome.report)

    annotate(outcome.lintFindings)
    for (const warning of [...report.warnings, ...report.budgetNotes]) core.warning(warning)
    for (const error of report.errors) core.error(error)

    const written = await writeReportFiles(join(context.tempDir, 'workflow-triage', options.reportName), {
      'health-report.json': renderJson(report),
      'health-report.md': renderMarkdown(report),
      'health-report.html': renderHtml(report)
    })
    let summary = renderJobSummary(report)
    if (options.uploadReport) {
      const upload = await uploadReport(options.reportName, written, options.retentionDays)
      if (upload.ok) logInfo(`Uploaded the report as artifact '${options.reportName}'`)
      else {
        core.warning(
          `The report artifact could not be uploaded (${upload.error}); the report is in this job summary`
        )
        summary += `\n\n> [!WARNING]\n> The report artifact could not be uploaded: ${upload.error.replace(/[\r\n]+/g, ' ')}\n`
      }
    }
    await core.summary.addRaw(summary).write()

    setOutputs(report, written.files[0])
    const remediations = report.repositories.flatMap(repository => repository.remediations ?? [])
    logInfo(
      `Health: ${report.status}, score ${report.score ?? 'n/a'}, ${report.apiRequests} of ${options.maxApiRequests} API requests, ` +
        `${report.budget?.writes ?? 0} writes, ${remediations.length} failed runs handled`
    )

    if (outcome.exitCode !== 0) {
      core.setFailed(
        report.repositories.length === 0
          ? `The health check could not check any repository: ${report.errors.join('; ')}`
          : `Workflow health is ${report.status} (fail-on: ${options.failOn})`
      )
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/** The lint findings of the workspace's workflow files as annotations on the files. */
function annotate(findings: Finding[]): void {
  for (const finding of findings) {
    const annotation = toAnnotation(finding)
    const message = redactSecrets(annotation.message)
    const properties = annotation.properties
    if (finding.level === 'error') core.error(message, properties)
    else if (finding.level === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
}

function setOutputs(report: HealthReport, reportPath: string): void {
  const workflows = report.repositories.flatMap(repository => repository.workflows)
  core.setOutput('status', report.status)
  core.setOutput('score', report.score ?? '')
  for (const status of HEALTH_STATUSES) {
    core.setOutput(`${status}-count`, workflows.filter(health => health.status === status).length)
  }
  const lintCount = report.repositories.reduce(
    (sum, repository) => sum + repository.lint.counts.error + repository.lint.counts.warning,
    0
  )
  core.setOutput('lint-findings', lintCount)
  const pruned = report.repositories.flatMap(repository => [...repository.pruned, ...repository.prunePlanned])
  core.setOutput('pruned', pruned.map(entry => entry.name).join(','))
  core.setOutput('report-path', reportPath)
}
