import { isMap, Scalar, type Node } from 'yaml'
import { findExpressions } from '../expressions.js'
import { get, scalars, text, type Job, type Step, type Workflow } from '../model.js'
import { fileFinding, spanOf } from '../source.js'
import type { Finding, RuleId } from '../rules.js'

export type ScriptLanguage = 'bash' | 'sh' | 'python'

/** One problem a script linter reports, 1-based within the script. */
export interface ScriptProblem {
  line: number
  column: number
  message: string
}

/**
 * The external script linters (shellcheck, pyflakes): `undefined` from `lint` when the tool is
 * not installed. Behind this interface so the mapping to the workflow is tested without them.
 */
export interface ScriptLinters {
  lint(language: ScriptLanguage, script: string): ScriptProblem[] | undefined
}

const TOOL: Record<ScriptLanguage, { rule: RuleId; name: string }> = {
  bash: { rule: 'shellcheck', name: 'shellcheck' },
  sh: { rule: 'shellcheck', name: 'shellcheck' },
  python: { rule: 'pyflakes', name: 'pyflakes' }
}

/**
 * Runs shellcheck on bash/sh `run:` scripts and pyflakes on `shell: python` ones, each problem
 * placed on the workflow line and column it comes from. `${{ }}` is replaced by underscores of
 * the same length first: the runner substitutes it before the shell sees the script, and the
 * placeholder keeps every column where it was. A missing tool is one notice per file.
 */
export function scriptFindings(workflow: Workflow, linters: ScriptLinters): Finding[] {
  const findings: Finding[] = []
  const missing = new Map<string, Scalar>()
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const language =
        step.run && typeof step.run.value === 'string' ? languageOf(workflow, job, step) : undefined
      if (!language || !step.run) continue
      const run = step.run
      const problems = linters.lint(language, withPlaceholders(run.value as string))
      const tool = TOOL[language]
      if (problems === undefined) {
        if (!missing.has(tool.name)) missing.set(tool.name, run)
        continue
      }
      for (const problem of problems) {
        findings.push({
          ...fileFinding(workflow.source.file, tool.rule, problem.message),
          ...positionInScript(workflow, run, problem)
        })
      }
    }
  }
  for (const [name, run] of missing) {
    const { line, column } = spanOf(workflow.source, run)
    findings.push({
      ...fileFinding(
        workflow.source.file,
        'script-linter-missing',
        `${name} is not installed, so the run: scripts of this file were not checked with it.`
      ),
      line,
      column
    })
  }
  return findings
}

/** The shell a step runs its script with: the step's, the job's default, the workflow's, then the runner's. */
function languageOf(workflow: Workflow, job: Job, step: Step): ScriptLanguage | undefined {
  const { source } = workflow
  const defaultShell = (node: Node) =>
    text(get(source, get(source, get(source, node, 'defaults'), 'run'), 'shell'))
  const shell = text(get(source, step.node, 'shell')) ?? defaultShell(job.node) ?? defaultShell(workflow.root)
  if (shell === undefined) return runsOnWindows(workflow, job) ? undefined : 'bash'
  if (shell.includes('${{')) return undefined
  const program = shell.trim().split(/\s+/)[0].split('/').pop()?.toLowerCase()
  if (program === 'bash' || program === 'sh' || program === 'python') return program
  return undefined
}

/** Windows runners default to pwsh, which neither tool reads. */
function runsOnWindows(workflow: Workflow, job: Job): boolean {
  const { source } = workflow
  const runsOn = get(source, job.node, 'runs-on')
  const labels = scalars(source, isMap(runsOn) ? get(source, runsOn, 'labels') : runsOn)
  return labels.some(label => String(label.value).toLowerCase().startsWith('windows'))
}

function withPlaceholders(script: string): string {
  let result = script
  for (const expression of findExpressions(script)) {
    const placeholder = expression.text.replace(/[^\n]/g, '_')
    result = result.slice(0, expression.start) + placeholder + result.slice(expression.end)
  }
  return result
}

/**
 * Where a script position is in the file. A literal block (`run: |`) keeps lines and columns
 * after its indentation; any other form is folded or quoted, so its problems point at the value.
 */
function positionInScript(
  workflow: Workflow,
  run: Scalar,
  problem: ScriptProblem
): { line: number; column: number } {
  const start = spanOf(workflow.source, run)
  if (run.type !== Scalar.BLOCK_LITERAL) return { line: start.line, column: start.column }
  const [from] = run.range ?? [0]
  const lines = workflow.source.text.slice(from).split('\n')
  // The header (`|`, `|-`, `|2`) is on the first line; the content starts on the next one.
  const content = lines.slice(1)
  const firstLine = content.find(line => line.trim() !== '') ?? ''
  const indent = firstLine.length - firstLine.trimStart().length
  return { line: start.line + problem.line, column: indent + problem.column }
}
