/**
 * Safe Markdown for issues and comments (DESIGN 9). Log lines, job and step names,
 * branch names, commit messages and AI answers are untrusted: they reach a body only
 * through these functions, so they cannot ping people, link issues, render HTML,
 * break out of a code block or spoof text direction.
 */
import { redactSecrets } from '../classify/redact.js'

/** GitHub rejects issue and comment bodies longer than this. */
export const MAX_BODY_LENGTH = 65536
/** GitHub's limit for issue titles. */
const MAX_TITLE_LENGTH = 256

const ZERO_WIDTH_SPACE = '\u200b'

/**
 * Format characters (zero-width, bidirectional controls as in Trojan Source, tag
 * characters used to smuggle text) and blank fillers: they hide or reorder text so
 * what a reader sees is not what is there.
 */
const INVISIBLE = /\p{Cf}|[\u115f\u1160\u3164\uffa0]|\u17b4|\u17b5/gu
/** Control characters other than tab and newline (carriage returns included: they overprint lines). */
const CONTROL = /[^\P{Cc}\t\n]/gu

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '')
}

/**
 * Untrusted text as every renderer here starts from it: redacted first, while a secret
 * still looks like one (escaping would split it), then stripped of what renders invisibly.
 */
function visible(text: string): string {
  return stripInvisible(redactSecrets(text))
}

interface Fence {
  char: '`' | '~'
  length: number
}

const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/

/** The fence a line opens, per CommonMark (a backtick fence's info string has no backtick). */
function openingFence(line: string): Fence | null {
  const match = FENCE_LINE.exec(line)
  if (!match) return null
  const char = match[1][0] as Fence['char']
  if (char === '`' && match[2].includes('`')) return null
  return { char, length: match[1].length }
}

function closesFence(line: string, fence: Fence): boolean {
  const match = FENCE_LINE.exec(line)
  return (
    match !== null && match[1][0] === fence.char && match[1].length >= fence.length && match[2].trim() === ''
  )
}

/** Each line of `text` with whether it is inside a fenced code block (fence lines count as inside). */
export function linesWithFenceState(text: string): { line: string; fenced: boolean }[] {
  let open: Fence | null = null
  return text.split('\n').map(line => {
    if (open) {
      if (closesFence(line, open)) open = null
      return { line, fenced: true }
    }
    open = openingFence(line)
    return { line, fenced: open !== null }
  })
}

/** The fence still open at the end of `text`, or null. */
function unclosedFence(text: string): Fence | null {
  let open: Fence | null = null
  for (const line of text.split('\n')) {
    if (open) {
      if (closesFence(line, open)) open = null
    } else {
      open = openingFence(line)
    }
  }
  return open
}

function longestRun(text: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === char ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the
 * text cannot close it early. The info string is reduced to a plain language id.
 */
export function fenceBlock(text: string, lang = ''): string {
  const content = visible(text).replace(/\n+$/, '')
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1))
  const info = lang.replace(/[^A-Za-z0-9_+-]/g, '')
  return `${fence}${info}\n${content}\n${fence}`
}

/** Breaks `@user`, `@org/team`, `#123` and `GH-123` so they neither notify nor link. */
function breakReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
}

/**
 * Neutralises mentions and issue references outside fenced code blocks (inside them
 * GitHub neither notifies nor links) and strips invisible characters everywhere.
 */
export function neutraliseMentions(text: string): string {
  return linesWithFenceState(visible(text))
    .map(({ line, fenced }) => (fenced ? line : breakReferences(line)))
    .join('\n')
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Untrusted text as one inert line of inline Markdown (table cells, list items,
 * sentences): no HTML, no emphasis, links, images, code spans, table breaks,
 * mentions or references, no line breaks.
 */
export function escapeMarkdownInline(text: string): string {
  const flat = visible(text).replace(/\s+/g, ' ').trim()
  return breakReferences(flat)
    .replace(/[&<>"]/g, char => HTML_ENTITIES[char])
    .replace(/[\\`*_{}[\]()#+!|~:-]/g, char => `\\${char}`)
}

/**
 * A value (a time, a path, a command) as one inline code span: it reads and copies as is,
 * without backslashes. Inside a code span GitHub renders no emphasis or link; the delimiter is
 * longer than any backtick run inside, so the value cannot close it early. Mentions and
 * references are broken all the same, and a value that looks like HTML is escaped as text instead.
 */
export function codeSpan(text: string): string {
  const flat = visible(text).replace(/\s+/g, ' ').trim()
  if (flat === '') return ''
  if (/[<>]/.test(flat)) return escapeMarkdownInline(flat)
  const value = breakReferences(flat)
  const delimiter = '`'.repeat(longestRun(value, '`') + 1)
  const padding = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${delimiter}${padding}${value}${padding}${delimiter}`
}

/** A code span in a table cell: GitHub splits cells at `|` even inside code, unless escaped. */
export function codeCell(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|')
}

/** Truncates to at most `max` characters (code points never split), ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/**
 * An issue title from untrusted parts. Titles render as plain text except code spans,
 * so backticks are replaced rather than escaped (a backslash would show), and
 * mentions and references are broken; then the whole is capped at 256 characters.
 */
export function issueTitle(parts: readonly string[]): string {
  const clean = parts
    .map(part => breakReferences(visible(part).replace(/\s+/g, ' ').replace(/`/g, "'").trim()))
    .filter(part => part !== '')
  return truncate(clean.join(' · '), MAX_TITLE_LENGTH)
}

/** A Markdown link when the URL is a plain https URL, otherwise just the (escaped) text. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const label = escapeMarkdownInline(text)
  if (!url || !/^https:\/\/[^\s()<>"'`\\]+$/.test(url)) return label
  return `[${label}](${url})`
}

/**
 * Caps a body at `max` characters: cuts at a line break where there is one nearby,
 * closes a fence left open by the cut, and says how much was omitted.
 */
export function capBody(body: string, max = MAX_BODY_LENGTH): string {
  if (body.length <= max) return body
  // Too small for a notice: a plain cut is all that fits.
  if (max < 200) return body.slice(0, max).replace(/[\ud800-\udbff]$/, '')
  let budget = max - 120
  for (;;) {
    let cut = budget
    const lineBreak = body.lastIndexOf('\n', cut)
    if (lineBreak >= cut - 2000 && lineBreak > 0) cut = lineBreak
    // Never split a surrogate pair.
    if (cut > 0 && /[\ud800-\udbff]/.test(body[cut - 1])) cut--
    const head = body.slice(0, cut)
    const fence = unclosedFence(head)
    const closing = fence ? `\n${fence.char.repeat(fence.length)}` : ''
    const notice = `\n\n_… truncated: ${body.length - cut} characters omitted._\n`
    const capped = `${head}${closing}${notice}`
    if (capped.length <= max) return capped
    budget -= capped.length - max
  }
}

const MARKER_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

/** `<!-- workflow-triage:<kind>=<id> -->`: how issues are found again, never by their text. */
export function hiddenMarker(kind: string, id: string): string {
  if (!MARKER_TOKEN.test(kind) || kind.includes('=') || !MARKER_TOKEN.test(id)) {
    throw new Error(`Invalid marker ${JSON.stringify(kind)}=${JSON.stringify(id)}`)
  }
  return `<!-- workflow-triage:${kind}=${id} -->`
}

/**
 * The issue of each `kind` marker: an open one over a closed one, then the oldest (the
 * first one opened wins a race between two runs).
 */
export function issuesByMarker<Issue extends { number: number; body: string; state: string }>(
  issues: readonly Issue[],
  kind: string
): Map<string, Issue> {
  const byMarker = new Map<string, Issue>()
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const marker = parseMarker(issue.body, kind)
    if (!marker) continue
    const known = byMarker.get(marker.id)
    if (!known || (known.state === 'closed' && issue.state === 'open')) byMarker.set(marker.id, issue)
  }
  return byMarker
}

const MARKER_LINE = /^<!-- workflow-triage:([A-Za-z0-9][A-Za-z0-9._-]*)=([A-Za-z0-9][A-Za-z0-9._:-]*) -->$/

/**
 * The first marker (of `kind`, when given) on a line of its own outside fenced code:
 * a marker quoted inside log evidence is text, not a marker.
 */
export function parseMarker(body: string, kind?: string): { kind: string; id: string } | null {
  for (const { line, fenced } of linesWithFenceState(body.replace(/\r\n/g, '\n'))) {
    if (fenced) continue
    const match = MARKER_LINE.exec(line.trim())
    if (match && (kind === undefined || match[1] === kind)) return { kind: match[1], id: match[2] }
  }
  return null
}
