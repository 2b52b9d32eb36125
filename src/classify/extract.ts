/**
 * Streamed, bounded error-excerpt extraction (SPEC 3.3). A job log can be 1 GB with
 * single lines of 50 MB, so the log is read line by line with every buffer capped:
 * long lines are cut while reading, only a few lines of context and a fixed number of
 * excerpt lines are kept, and a small tail window stands in when nothing triggered.
 *
 * Each line is redacted right after it is read and cleaned of transport noise
 * (timestamps, ANSI colours, CR progress bars), before any other code looks at it.
 */
import type { Excerpt } from '../types.js'
import { maskLine } from './fingerprint.js'
import { LineRedactor } from './redact.js'
import { bareLine, mayMatchAnyRule, RULES } from './rules.js'

export interface ExtractOptions {
  /** Excerpt cap in lines (about 60). */
  maxLines?: number
  /** Context lines kept before and after each error line. */
  contextBefore?: number
  contextAfter?: number
  /** Characters kept of one line; the rest is dropped while reading. */
  maxLineLength?: number
  /** Lines of the log's end kept for logs in which nothing triggered. */
  tailLines?: number
}

export interface ExtractedExcerpt extends Excerpt {
  /** Problems with the input the caller may report: `binary`, `non-utf8`, `long-lines-truncated`. */
  warnings: string[]
}

const DEFAULTS: Required<ExtractOptions> = {
  maxLines: 60,
  contextBefore: 2,
  contextAfter: 2,
  maxLineLength: 2000,
  tailLines: 20
}

/**
 * Noise that looks like an error but is not one: zero counts, passing tests whose names
 * contain "error", configuration echoed by the runner, deprecation and cache warnings,
 * and the vulnerability summary `npm install` prints whatever the outcome.
 */
const DENY: RegExp[] = [
  /Failures: 0, Errors: 0/,
  /^\s*(?:✓|✔|√|PASS\b|ok\s|--- PASS|\[PASS\]|\[ {2}OK {2}\]|\[ {5}OK \])|\s(?:PASSED|passed|\.\.\. ok)\s*$/,
  /\bdeprecat(?:ed|ion)\b/i,
  /^npm (?:WARN|warn|notice)\b/,
  /^\s*(?:run `npm audit(?: fix)?`|found \d+ (?:\w+ severity )?vulnerabilit|Run `npm audit` for details|To address (?:all )?issues)/i,
  /(?:error_reporting|display_errors|continue-on-error|if-no-files-found|fail-fast|fail_ci_if_error|failOnError|ignore-errors|errexit|-Werror|--no-fail|stop-on-failure)/i,
  /Unable to reserve cache with key|^(?:Warning: )?Failed to (?:save|restore): |Cache not found for input keys/,
  /^\[command\]/,
  /^\s*[\w-]*(?:error|fail)[\w-]*:\s+\S+$/i
]

/** Generic error words: a line with one is part of the excerpt even if no rule knows it. */
const GENERIC_TRIGGER =
  /(?:^|[^\w-])(?:error|errors|fail|failed|failure|failing|fatal|exception|panic|abort(?:ed)?|denied|refused|rejected|timed? ?out|killed|traceback)(?:[^\w-]|$)|^##\[error\]|^::error\b|^Error:|\bERR!|\bE\d{3,4}\b|\bERROR\b/i

/** Messages that follow a failure rather than explain it: the weakest primary lines. */
const CONSEQUENCE =
  /Process completed with exit code|exited with (?:code )?\d+|make(?:\[\d+\])?: \*\*\*|npm (?:ERR!|error) (?:Test failed|code ELIFECYCLE|errno|A complete log|Lifecycle script)|BUILD FAILURE|BUILD FAILED|Build step .* marked build as failure|Finished: FAILURE|did not complete successfully|Command failed with (?:exit code|status)|rake aborted!|recipe for target|Error: Process completed|^\s*at\s|^\s*\.\.\.\s*$/

const ANSI =
  /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-B]?|\[(?:\d{1,3}(?:;\d{1,3})*)?[mK](?=\S|$)/g

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g
const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT)/
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s?/
const TRAVIS_MARKER = /^travis_(?:fold|time):\S*/

/** Strips transport noise: CR progress bars, ANSI colours, runner timestamps, CI markers. */
export function cleanLine(raw: string): string {
  let line = raw
  if (line.includes('\r')) {
    const segments = line.split('\r').filter(segment => segment.trim() !== '')
    line = segments[segments.length - 1] ?? ''
  }
  if (line.includes('\x1b') || line.includes('[')) line = line.replace(ANSI, '')
  line = line.replace(CONTROL, '')
  // `gh run view --log` prefixes need two tabs: most lines have none and skip the search.
  if (line.includes('\t')) line = line.replace(GH_CLI_PREFIX, '')
  line = line.replace(ISO_TIMESTAMP, '')
  return line.startsWith('travis_') ? line.replace(TRAVIS_MARKER, '').trimEnd() : line.trimEnd()
}

/**
 * A copy of `text` that does not share memory with the chunk it was sliced from: V8 keeps
 * a whole decoded chunk alive for as long as any slice of it is, and kept lines would
 * otherwise pin one chunk each.
 */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

/** "0 errors" is noise unless the same line counts some other failure ("1 failed, 0 errors"). */
const ZERO_COUNT =
  /\b0 (?:errors?|failures?|failed|failing|vulnerabilities|problems|issues|offenses)\b|\b(?:errors?|failures?|failed|vulnerabilities):? 0\b(?![.,]\d)/i
const NONZERO_COUNT =
  /\b[1-9]\d* (?:errors?|failures?|failed|failing)\b|\b(?:errors?|failures?|failed):? [1-9]/i

export function isDenied(line: string): boolean {
  return (ZERO_COUNT.test(line) && !NONZERO_COUNT.test(line)) || DENY.some(pattern => pattern.test(line))
}

/** Lines that name no particular failure rank below any line that does. */
const GENERIC_WEIGHT = 0.6

/**
 * How specific a line is as the statement of the failure: the confidence of the strongest
 * rule it matches, a low score for generic error words, 0 for lines that are no error.
 */
function specificity(line: string): number {
  const bare = bareLine(line)
  let best = 0
  if (mayMatchAnyRule(bare)) {
    for (const rule of RULES) {
      const weight = rule.generic ? rule.confidence * GENERIC_WEIGHT : rule.confidence
      if (weight > best && rule.pattern.test(bare)) best = weight
    }
  }
  if (best > 0) return best
  if (!GENERIC_TRIGGER.test(line)) return 0
  return CONSEQUENCE.test(bare) ? 0.1 : 0.3
}

interface KeptLine {
  text: string
  lineNo: number
  /** 0 for context lines. */
  score: number
}

/**
 * Incremental excerpt builder: feed it lines (`push`) and take the excerpt (`finish`).
 * Memory is bounded by the options, whatever the number of lines.
 */
export class ExcerptBuilder {
  private readonly options: Required<ExtractOptions>
  private readonly redactor = new LineRedactor()
  private readonly before: KeptLine[] = []
  private readonly head: KeptLine[] = []
  private readonly tail: KeptLine[] = []
  private readonly tailWindow: string[] = []
  /** Masked text of the lines kept, so a line repeated with other numbers is kept once. */
  private readonly seen = new Map<string, number>()
  private afterRemaining = 0
  private lineNo = 0
  private dropped = false
  private readonly warnings = new Set<string>()

  constructor(options: ExtractOptions = {}) {
    this.options = { ...DEFAULTS, ...options }
  }

  warn(warning: string): void {
    this.warnings.add(warning)
  }

  push(rawLine: string): void {
    this.lineNo++
    let raw = rawLine
    if (raw.length > this.options.maxLineLength) {
      raw = raw.slice(0, this.options.maxLineLength)
      this.warnings.add('long-lines-truncated')
    }
    const line = cleanLine(this.redactor.redact(raw))
    if (line.trim() === '' || /^##\[endgroup\]|^::endgroup::/.test(line)) return

    // Not detached yet: the window holds a few lines of the latest chunks and is copied in finish().
    this.tailWindow.push(line)
    if (this.tailWindow.length > this.options.tailLines) this.tailWindow.shift()

    const score = isDenied(line) ? 0 : specificity(line)
    const kept: KeptLine = { text: line, lineNo: this.lineNo, score }
    if (score > 0) {
      for (const context of this.before) this.keep(context)
      this.before.length = 0
      this.keep(kept)
      this.afterRemaining = this.options.contextAfter
      return
    }
    if (this.afterRemaining > 0) {
      this.afterRemaining--
      this.keep(kept)
      return
    }
    this.before.push(kept)
    if (this.before.length > this.options.contextBefore) this.before.shift()
  }

  private keep(candidate: KeptLine): void {
    // Detached first: the key may be the text itself, and the map outlives the chunk.
    const line = { ...candidate, text: detach(candidate.text) }
    const key = maskLine(line.text)
    const existing = this.seen.get(key)
    if (existing !== undefined) {
      this.seen.set(key, existing + 1)
      return
    }
    // The first errors often name the root cause, the last ones the failure: keep both ends.
    const headCap = Math.floor(this.options.maxLines / 3)
    if (this.head.length < headCap) {
      this.head.push(line)
    } else {
      this.tail.push(line)
      if (this.tail.length > this.options.maxLines - headCap) {
        const evicted = this.tail.shift() as KeptLine
        this.forget(maskLine(evicted.text))
        this.dropped = true
      }
    }
    this.seen.set(key, 1)
  }

  private forget(key: string): void {
    const count = this.seen.get(key)
    if (count !== undefined && count <= 1) this.seen.delete(key)
    else if (count !== undefined) this.seen.set(key, count - 1)
  }

  finish(): ExtractedExcerpt {
    const kept = [...this.head, ...this.tail]
    const totalLines = this.lineNo
    const lines = kept.length > 0 ? kept.map(l => l.text) : this.tailWindow.map(detach)
    return {
      lines,
      primaryLine: pickPrimary(kept, totalLines),
      totalLines,
      truncated: this.dropped || (kept.length === 0 && totalLines > this.tailWindow.length),
      warnings: [...this.warnings]
    }
  }
}

/**
 * The most specific error line, weighted toward the end of the log where the failure
 * usually is; ties go to the later line.
 */
function pickPrimary(kept: KeptLine[], totalLines: number): string | null {
  let best: KeptLine | null = null
  let bestScore = 0
  for (const line of kept) {
    if (line.score === 0) continue
    const score = line.score + 0.1 * (line.lineNo / Math.max(totalLines, 1))
    if (score >= bestScore) {
      best = line
      bestScore = score
    }
  }
  return best ? best.text : null
}

export function extractExcerptFromText(text: string, options?: ExtractOptions): ExtractedExcerpt {
  const builder = new ExcerptBuilder(options)
  if (text.includes('\u0000')) builder.warn('binary')
  if (text.includes('\ufffd')) builder.warn('non-utf8')
  const cleaned = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text
  let start = 0
  while (start <= cleaned.length) {
    const end = cleaned.indexOf('\n', start)
    const stop = end === -1 ? cleaned.length : end
    if (stop > start || end !== -1) builder.push(cleaned.slice(start, stop))
    if (end === -1) break
    start = end + 1
  }
  return builder.finish()
}

const DECODE_PIECE_BYTES = 64 * 1024

/**
 * Splits a stream of chunks into lines without ever holding more than `maxLineLength`
 * characters of one line: the rest of an overlong line is skipped as it arrives. Yields
 * the lines of each chunk as one batch (one await per chunk, not per line).
 */
export async function* readLines(
  source: AsyncIterable<string | Uint8Array>,
  maxLineLength: number,
  onWarning: (warning: string) => void
): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: false })
  let current = ''
  let overflow = false
  const append = (piece: string): void => {
    if (overflow) return
    const room = maxLineLength - current.length
    if (piece.length > room) {
      current += piece.slice(0, room)
      overflow = true
      onWarning('long-lines-truncated')
    } else {
      current += piece
    }
  }
  const split = (decoded: string): string[] => {
    let text = decoded
    if (text.includes('\u0000')) {
      onWarning('binary')
      text = text.replaceAll('\u0000', '')
    }
    if (text.includes('\ufffd')) onWarning('non-utf8')
    const lines: string[] = []
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      append(text.slice(start, end))
      lines.push(current)
      current = ''
      overflow = false
      start = end + 1
    }
    append(text.slice(start))
    return lines
  }
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield split(chunk)
      continue
    }
    // Decoded in small pieces: V8 puts a string over about 128 KB straight into the old
    // generation, where each chunk's garbage would wait for a full collection and the heap
    // would grow with the size of the log instead of staying flat.
    for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) {
      yield split(decoder.decode(chunk.subarray(start, start + DECODE_PIECE_BYTES), { stream: true }))
    }
  }
  const rest = split(decoder.decode())
  if (current !== '') rest.push(current)
  yield rest
}

/** Extracts the excerpt from a whole text or a stream of chunks (strings or bytes). */
export async function extractExcerpt(
  source: string | AsyncIterable<string | Uint8Array>,
  options?: ExtractOptions
): Promise<ExtractedExcerpt> {
  if (typeof source === 'string') return extractExcerptFromText(source, options)
  const builder = new ExcerptBuilder(options)
  const maxLineLength = options?.maxLineLength ?? DEFAULTS.maxLineLength
  for await (const lines of readLines(source, maxLineLength, warning => builder.warn(warning))) {
    for (const line of lines) builder.push(line)
  }
  return builder.finish()
}
