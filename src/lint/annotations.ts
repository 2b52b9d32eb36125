import type { Finding } from './rules.js'

/** The arguments of `core.error/warning/notice(message, properties)` for one finding. */
export interface LintAnnotation {
  level: Finding['level']
  message: string
  properties: {
    title: string
    file: string
    startLine: number
    startColumn?: number
    endLine?: number
    endColumn?: number
  }
}

/**
 * GitHub draws a column range only within one line, and rejects columns on a multi-line
 * annotation, so columns are sent only when the finding starts and ends on the same line.
 */
export function toAnnotation(finding: Finding): LintAnnotation {
  const endLine = finding.endLine ?? finding.line
  const sameLine = endLine === finding.line
  return {
    level: finding.level,
    message: `${finding.message}\nFix: ${finding.hint}`,
    properties: {
      title: `workflow lint: ${finding.rule}${grade(finding)}`,
      file: finding.file,
      startLine: finding.line,
      endLine,
      ...(sameLine
        ? {
            startColumn: finding.column,
            ...(finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {})
          }
        : {})
    }
  }
}

/** ` (high severity, low confidence)`, so a reader can weigh the finding as zizmor would. */
function grade(finding: Finding): string {
  return finding.severity && finding.confidence
    ? ` (${finding.severity} severity, ${finding.confidence} confidence)`
    : ''
}
