/**
 * The workflow linter: GitHub's own parser and validator (@actions/workflow-parser) for
 * syntax, schema, expressions, needs and cron, then our own security and hygiene checks.
 * Pure and synchronous: text in, findings out.
 */
import {
  invalidUses,
  outdatedActions,
  persistedCredentials,
  secretsInherit,
  unpinnedActions
} from './checks/actions.js'
import { cachePoisoning } from './checks/cache-poisoning.js'
import { unpinnedImages } from './checks/containers.js'
import { botConditions, dangerousTriggers } from './checks/dangerous-triggers.js'
import { deprecatedCommands, insecureCommands } from './checks/commands.js'
import { DEPTH_CHECKS } from './checks/depth.js'
import { hardcodedCredentials } from './checks/credentials.js'
import {
  overprovisionedSecrets,
  templateInjection,
  untrustedCheckout,
  untrustedEnvWrite
} from './checks/injection.js'
import {
  duplicateStepIds,
  ifAlwaysTrue,
  invalidShells,
  jobNeeds,
  matrixProblems,
  missingTimeout,
  runnerLabels
} from './checks/jobs.js'
import { codeInputInjection, matrixInjection } from './checks/script-injection.js'
import { githubAppTokens, unredactedSecrets } from './checks/tokens.js'
import { excessivePermissions, missingPermissions } from './checks/permissions.js'
import { dispatchInputs, filterGlobs, scheduleProblems } from './checks/triggers.js'
import { scriptFindings, type ScriptLinters } from './checks/scripts.js'
import { githubParserFindings } from './github-parser.js'
import { buildWorkflow, type Workflow } from './model.js'
import { withoutIgnored } from './ignores.js'
import { withoutParserFalsePositives } from './parser-workarounds.js'
import { callableInterface, callableKey, type CallableWorkflows, type LintContext } from './reusable.js'
import { systemScriptLinters } from './script-linters.js'
import { fileFinding, loadSource } from './source.js'
import type { Finding } from './rules.js'

export { LINT_RULES, type Finding, type LintLevel, type LintRule, type RuleId } from './rules.js'
export { toAnnotation, type LintAnnotation } from './annotations.js'
export type { ScriptLanguage, ScriptLinters, ScriptProblem } from './checks/scripts.js'

const CHECKS: ((workflow: Workflow, context: LintContext) => Finding[])[] = [
  templateInjection,
  codeInputInjection,
  matrixInjection,
  untrustedCheckout,
  untrustedEnvWrite,
  overprovisionedSecrets,
  excessivePermissions,
  missingPermissions,
  invalidUses,
  unpinnedActions,
  outdatedActions,
  secretsInherit,
  persistedCredentials,
  cachePoisoning,
  hardcodedCredentials,
  deprecatedCommands,
  insecureCommands,
  missingTimeout,
  runnerLabels,
  invalidShells,
  duplicateStepIds,
  jobNeeds,
  ifAlwaysTrue,
  matrixProblems,
  scheduleProblems,
  filterGlobs,
  dispatchInputs,
  dangerousTriggers,
  botConditions,
  unpinnedImages,
  unredactedSecrets,
  githubAppTokens,
  ...DEPTH_CHECKS
]

export interface LintOptions {
  /**
   * Linters for `run:` scripts: by default shellcheck and pyflakes from PATH (a notice per file
   * when one is missing); `false` skips scripts, e.g. to time the linter alone.
   */
  scriptLinters?: ScriptLinters | false
  /** The reusable workflows linted with this file, so calls of them are checked (lintWorkflows fills it). */
  callableWorkflows?: CallableWorkflows
}

let systemLinters: ScriptLinters | undefined

/** Lints one workflow file. `file` names it in findings and must be unique per file. */
export function lintWorkflow(file: string, content: string, options: LintOptions = {}): Finding[] {
  const { source, findings } = loadSource(file, content)
  if (!source) return findings
  const workflow = buildWorkflow(source)
  const parserFindings = safely(file, () => githubParserFindings(file, content))
  const all = workflow ? withoutParserFalsePositives(parserFindings, workflow) : parserFindings
  const context: LintContext = { callable: options.callableWorkflows ?? new Map() }
  if (workflow) for (const check of CHECKS) all.push(...safely(file, () => check(workflow, context)))
  const linters = options.scriptLinters ?? (systemLinters ??= systemScriptLinters())
  if (workflow && linters) all.push(...safely(file, () => scriptFindings(workflow, linters)))
  return withoutIgnored(all, content).sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  )
}

export function lintWorkflows(
  files: { path: string; content: string }[],
  options: LintOptions = {}
): Finding[] {
  const callableWorkflows = options.callableWorkflows ?? callableWorkflowsOf(files)
  return files.flatMap(({ path, content }) => lintWorkflow(path, content, { ...options, callableWorkflows }))
}

/** The `workflow_call` interfaces among the files, for checking the calls between them. */
function callableWorkflowsOf(files: { path: string; content: string }[]): CallableWorkflows {
  const callable: CallableWorkflows = new Map()
  for (const { path, content } of files) {
    const key = callableKey(path)
    if (key === undefined || !content.includes('workflow_call')) continue
    const { source } = loadSource(path, content)
    const workflow = source && buildWorkflow(source)
    const declared = workflow && callableInterface(workflow)
    if (declared) callable.set(key, declared)
  }
  return callable
}

/** A check that throws on a shape nobody foresaw becomes a finding, never a crash of the health check. */
function safely(file: string, check: () => Finding[]): Finding[] {
  try {
    return check()
  } catch (error) {
    return [fileFinding(file, 'invalid-file', `The linter could not analyse this file: ${String(error)}`)]
  }
}
