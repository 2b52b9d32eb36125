import { isAlias, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { gradeOf } from './grades.js'
import { ruleById, type Finding, type RuleId } from './rules.js'

/** Workflows are small; anything bigger is refused before YAML parsing spends time or memory on it. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024
/** Real workflows use a few anchors; yaml weighs nested aliases, so this also stops exponential bombs. */
const MAX_ALIAS_COUNT = 100

/** A parsed workflow file and what is needed to turn node offsets into 1-based positions. */
export interface SourceFile {
  file: string
  text: string
  doc: Document.Parsed
  lines: LineCounter
}

type LoadResult = { source: SourceFile; findings: [] } | { source: undefined; findings: Finding[] }

/**
 * Parses the file with guards, so that GitHub's parser (which expands aliases itself) only ever
 * sees a bounded, syntactically valid document.
 */
export function loadSource(file: string, text: string): LoadResult {
  const refuse = (message: string): LoadResult => ({
    source: undefined,
    findings: [fileFinding(file, 'invalid-file', message)]
  })
  if (Buffer.byteLength(text, 'utf8') > MAX_WORKFLOW_BYTES) {
    return refuse(`The file is larger than ${MAX_WORKFLOW_BYTES / 1024} KB.`)
  }
  if (text.includes('\u0000')) return refuse('The file is binary, not YAML text.')
  if (text.trim() === '') return refuse('The file is empty.')

  const lines = new LineCounter()
  // Duplicate keys are reported by GitHub's parser, with the positions GitHub itself uses.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false })
  if (doc.errors.length > 0) {
    // One mistake (a mis-indented line) makes the parser report several errors, each a
    // consequence of the first: the earliest is the problem to fix, the rest are counted.
    const [error, ...consequences] = [...doc.errors].sort(
      (a, b) =>
        (a.linePos?.[0].line ?? 1) - (b.linePos?.[0].line ?? 1) ||
        (a.linePos?.[0].col ?? 1) - (b.linePos?.[0].col ?? 1)
    )
    const [start, end] = error.linePos ?? []
    const more =
      consequences.length > 0
        ? ` (the parser reports ${consequences.length} more error(s) that follow from it)`
        : ''
    return {
      source: undefined,
      findings: [
        {
          ...fileFinding(file, 'yaml-syntax', `${firstLine(error.message)}${more}`),
          line: start?.line ?? 1,
          column: start?.col ?? 1,
          ...(end ? { endLine: end.line, endColumn: end.col } : {})
        }
      ]
    }
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    return refuse(`The file expands too many YAML aliases (${firstLine(String(error))}).`)
  }
  return { source: { file, text, doc, lines }, findings: [] }
}

/** Follows an alias to the node it names, so checks see what GitHub sees. */
export function resolve(source: SourceFile, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(source.doc) ?? undefined
  return (node ?? undefined) as Node | undefined
}

interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * The position of a node, or of `needle` inside it when given: the `occurrence`-th time it
 * appears in the node's source text (block scalars and quotes keep expressions verbatim). Falls
 * back to the whole node when the source spells the value differently (escapes, folding).
 */
export function spanOf(source: SourceFile, node: Node, needle?: string, occurrence = 0): Span {
  const [start, , end] = node.range ?? [0, 0, 0]
  let from = start
  let to = isScalar(node) ? valueEnd(source.text, start, end) : start
  if (needle) {
    const raw = source.text.slice(start, end)
    let index = -1
    for (let seen = 0; seen <= occurrence; seen++) {
      index = raw.indexOf(needle, index + 1)
      if (index < 0) break
    }
    if (index >= 0) {
      from = start + index
      to = from + needle.length
    }
  }
  const a = source.lines.linePos(from)
  const b = source.lines.linePos(to)
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
}

/** A finding on a node (or a needle inside it), with the rule's level and hint. */
export function findingAt(
  source: SourceFile,
  rule: RuleId,
  node: Node,
  message: string,
  needle?: string,
  occurrence = 0
): Finding {
  return { ...fileFinding(source.file, rule, message), ...spanOf(source, node, needle, occurrence) }
}

export function fileFinding(file: string, rule: RuleId, message: string): Finding {
  const { level, hint } = ruleById(rule)
  return { file, line: 1, column: 1, rule, level, ...gradeOf(rule, level), message, hint }
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim()
}

/** A scalar's range ends after trailing blank lines of a block scalar; the token ends at its last character. */
function valueEnd(text: string, start: number, end: number): number {
  let to = end
  while (to > start && /\s/.test(text[to - 1])) to--
  return to
}
