import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import { fileFinding } from './source.js'
import type { Finding, RuleId } from './rules.js'

/** Parser messages that belong to a more specific rule than `workflow-schema`. */
const RULE_BY_MESSAGE: [RegExp, RuleId][] = [
  [/cron/i, 'invalid-cron'],
  [
    /^(Unexpected symbol|Unexpected end of expression|Unrecognized (named-value|function|context)|Too (few|many) parameters|Exceeded max expression|The following format string)/,
    'expression'
  ]
]

/**
 * Runs GitHub's own parser and converter (schema, keys, types, expressions, needs cycles,
 * cron) and returns their errors as findings. The content must already have passed the
 * guards of loadSource: the parser expands YAML aliases without a limit.
 *
 * convertWorkflowTemplate is async only to fetch reusable workflows; with no file provider and
 * a fetch depth of 0 it reaches no `await`, so every error is recorded when the call returns.
 */
export function githubParserFindings(file: string, content: string): Finding[] {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
  if (parsed.value) {
    convertWorkflowTemplate(parsed.context, parsed.value, undefined, {
      errorPolicy: ErrorPolicy.TryConversion,
      fetchReusableWorkflowDepth: 0
    }).catch(() => undefined)
  }
  return parsed.context.errors.getErrors().map(error => {
    const rule = RULE_BY_MESSAGE.find(([pattern]) => pattern.test(error.rawMessage))?.[1] ?? 'workflow-schema'
    const range = error.range
    return {
      ...fileFinding(file, rule, error.rawMessage),
      ...(range
        ? {
            line: range.start.line,
            column: range.start.column,
            endLine: range.end.line,
            endColumn: range.end.column
          }
        : {})
    }
  })
}
