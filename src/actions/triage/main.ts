import * as core from '@actions/core'
import { join } from 'node:path'
import { logInfo } from '../log.js'
import { loadPlaybook, readEventPayload, readRunnerContext } from '../../config/environment.js'
import { applyOverrides, readTriageOptions } from '../../config/inputs.js'
import { uploadReport, writeReportFiles } from '../../report/artifact.js'
import { routeEvent } from '../../triage/event.js'
import { runTriage } from '../../triage/main.js'
import { renderTriageJson, renderTriageMarkdown } from '../../triage/report.js'

/** The triage action: wires inputs, the event, the gateway and the pipeline; reports. */
export async function run(): Promise<void> {
  try {
    const options = readTriageOptions(name => core.getInput(name))
    core.setSecret(options.token)
    if (options.ai.apiKey) core.setSecret(options.ai.apiKey)
    const context = readRunnerContext(process.env)
    const payload = await readEventPayload(context.eventPath)
    const route = routeEvent(context.eventName, payload, {
      workflowPath: context.workflowPath,
      ignoreWorkflows: options.ignoreWorkflows,
      runIdInput: options.runId
    })
    const playbook = await loadPlaybook(context.workspace, options.playbookPath)
    const policy = applyOverrides(playbook.policy, options.overrides)
    logInfo(
      `Playbook: ${playbook.source}${options.dryRun ? ' (dry run: no writes)' : ''}; event: ${context.eventName} -> ${route.kind}`
    )
    // Loaded only now: @actions/github parses the event file when it is imported, and a
    // malformed one must fail with the message above, not with a stack trace.
    const { GitHubGateway } = await import('../../github/gateway.js')
    const gateway = new GitHubGateway(options.token, context.owner, context.repo, {
      log: logInfo
    })

    const outcome = await runTriage({
      options,
      policy,
      guidance: playbook.prose,
      gateway,
      route,
      eventName: context.eventName,
      now: context.now,
      log: logInfo
    })
    const { report } = outcome
    for (const problem of report.problems) if (problem !== outcome.failure) core.warning(problem)

    const markdown = renderTriageMarkdown(report)
    const written = await writeReportFiles(join(context.tempDir, 'workflow-triage', options.reportName), {
      'triage-report.json': renderTriageJson(report),
      'triage-report.md': markdown
    })
    let summary = markdown
    if (options.uploadReport && report.route !== 'ignore') {
      const upload = await uploadReport(options.reportName, written, options.retentionDays)
      if (!upload.ok) {
        core.warning(
          `The report artifact could not be uploaded (${upload.error}); the report is in this job summary`
        )
        summary += `\n> [!WARNING]\n> The report artifact could not be uploaded: ${upload.error.replace(/[\r\n]+/g, ' ')}\n`
      }
    }
    await core.summary.addRaw(summary).write()
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value)
    core.setOutput('report-path', written.files[0])
    logInfo(
      `Result: ${outcome.outputs.action}${outcome.outputs.category ? ` (${outcome.outputs.category})` : ''}`
    )
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
