/**
 * Streamed, bounded error-excerpt extraction (SPEC 3.3). A job log can be 1 GB with
 * single lines of 50 MB, so the log is read line by line with every buffer capped:
 * long lines are cut while reading, only a few lines of context and a fixed number of
 * excerpt lines are kept, and a small tail window stands in when nothing triggered.
 *
 * Each line is cleaned of transport noise (timestamps, ANSI colours, CR progress bars) and
 * redacted right after it is read, before any other code looks at it. Cleaning comes first
 * so that redaction sees the text everyone else will: a token split by a colour code is
 * whole again once the code is gone.
 *
 * Speed: most lines of a log can be neither an error nor a secret, and proving that needs
 * no decoding. A byte automaton finds, in one pass, every literal the rules, the generic
 * error words and the secret patterns need (see LINE_SCAN and literals.ts); only lines
 * holding all the literals of some pattern are decoded and tested, each against the
 * patterns its literals allow. The other lines are counted and skipped, and decoded later
 * only when they turn out to be context: the lines around an error line and the last lines
 * of each chunk (the tail window).
 */
import { isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'
import type { Excerpt } from '../types.js'
import { maskLine } from './fingerprint.js'
import {
  closesPrivateKey,
  holdsInvisible,
  INVISIBLE_CHARACTERS,
  looksLikeKeyBody,
  PRIVATE_KEY_BOUNDARY,
  privateKeyOpenAfter,
  redactLine,
  redactSecrets,
  redactSecretsAmong,
  SECRET_REGEXPS,
  UNROUTED_SECRETS
} from './redact.js'
import { PatternPrefilter, TagSet } from './literals.js'
import { bareLine, namesTheFailure, RULES } from './rules.js'
import {
  FailingTestCollector,
  type FailingTests,
  mayNameFailingTests,
  TEST_FAILURE_WORDS,
  TEST_LINE_LITERALS
} from './tests.js'

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
  /**
   * The text is the tail of a longer log (a Range read): it may start inside a private key
   * block whose BEGIN line was cut off, so key-looking lines before the first BEGIN or END
   * line are treated as key material.
   */
  startsMidway?: boolean
}

export interface ExtractedExcerpt extends Excerpt {
  /** Problems with the input the caller may report: `binary`, `non-utf8`, `long-lines-truncated`. */
  warnings: string[]
  /** The failing tests the log names, from the same pass over it. */
  failingTests: FailingTests
}

const DEFAULTS: Required<ExtractOptions> = {
  maxLines: 60,
  contextBefore: 2,
  contextAfter: 2,
  maxLineLength: 2000,
  tailLines: 20,
  startsMidway: false
}

/**
 * Characters read past maxLineLength so that a secret on the cut is redacted whole before
 * the line is cut: longer than any token format with a fixed length; the formats without
 * one match whatever part of them is there.
 */
const REDACTION_MARGIN = 1024

/**
 * Noise that looks like an error but is not one: passing tests whose names contain "error",
 * configuration echoed by the runner, deprecation and cache warnings, and the vulnerability
 * summary `npm install` prints whatever the outcome. The patterns anchored at the line's
 * start come first: they fail at once on most lines, and a denied line stops the search.
 */
const DENY: RegExp[] = [
  /^\[command\]/,
  /^npm (?:WARN|warn|notice)\b/,
  /^\s*(?:✓|✔|√|PASS\b|ok\s|--- PASS|\[PASS\]|\[ {2}OK {2}\]|\[ {5}OK \])|\s(?:PASSED|passed|\.\.\. ok)\s*$/,
  /^\s*(?:run `npm audit(?: fix)?`|found \d+ (?:\w+ severity )?vulnerabilit|Run `npm audit` for details|To address (?:all )?issues)/i,
  /^\s*[\w-]*(?:error|fail)[\w-]*:\s+\S+$/i,
  /(?:error_reporting|display_errors|continue-on-error|if-no-files-found|fail-fast|fail_ci_if_error|failOnError|ignore-errors|errexit|-Werror|--no-fail|stop-on-failure)/i,
  /\bdeprecat(?:ed|ion)\b/i,
  /Failures: 0, Errors: 0/,
  /Unable to reserve cache with key|^(?:Warning: )?Failed to (?:save|restore): |Cache not found for input keys/
]

/** Generic error words: a line with one is part of the excerpt even if no rule knows it. */
const GENERIC_TRIGGER =
  /(?:^|[^\w-])(?:error|errors|fail|failed|failure|failing|fatal|exception|panic|abort(?:ed)?|denied|refused|rejected|timed? ?out|killed|traceback)(?:[^\w-]|$)|^##\[error\]|^::error\b|^Error:|\bERR!|\bE\d{3,4}\b|\bERROR\b/i

/** Messages that follow a failure rather than explain it: the weakest primary lines. */
const CONSEQUENCE =
  /Process completed with exit code|exited with (?:code )?\d+|make(?:\[\d+\])?: \*\*\*|npm (?:ERR!|error) (?:Test failed|code ELIFECYCLE|errno|A complete log|Lifecycle script)|BUILD FAILURE|BUILD FAILED|Build step .* marked build as failure|Finished: FAILURE|did not complete successfully|Command failed with (?:exit code|status)|rake aborted!|recipe for target|Error: Process completed|^\s*at\s|^\s*\.\.\.\s*$/

// An OSC sequence (an OSC-8 hyperlink) ends at the first BEL or ESC: a greedy end would delete
// the text between two of them, a token's prefix with it, and leave its tail.
const ANSI =
  /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-B]?|\[(?:\d{1,3}(?:;\d{1,3})*)?[mK](?=\S|$)/g

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g
/**
 * Format characters (Unicode Cf: zero-width, bidi, soft hyphen, BOM, tags), blank fillers and
 * C1 controls (U+0085): invisible, removed by every renderer, so removed before redaction
 * (a token split by one is whole again when it is matched).
 */
const HIDDEN = new RegExp(INVISIBLE_CHARACTERS, 'g')
const HAS_CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/
const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT)/
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s?/
const TRAVIS_MARKER = /^travis_(?:fold|time):\S*/

/**
 * Strips transport noise: CR progress bars, ANSI colours, invisible characters, runner
 * timestamps, CI markers. `controls: false` promises the line holds no control character
 * (CR, ESC) nor ESC-less colour code such as `[0m` (the scan knows), which skips their
 * searches; `stamped: false` that the runner's timestamp was cut off already, and the line
 * holds no tab; `hidden: false` that it holds no invisible character (the caller looked).
 */
export function cleanLine(raw: string, controls = true, stamped = true, hidden = true): string {
  let line = controls ? stripControls(raw) : raw
  if (hidden && holdsInvisible(line)) line = line.replace(HIDDEN, '')
  // `gh run view --log` prefixes need two tabs: most lines have none and skip the search.
  if (line.includes('\t')) line = line.replace(GH_CLI_PREFIX, '')
  if (stamped && line.charCodeAt(0) <= 0x39) line = line.replace(ISO_TIMESTAMP, '')
  return line.startsWith('travis_') ? line.replace(TRAVIS_MARKER, '').trimEnd() : line.trimEnd()
}

/** Keeps the last frame of a CR progress bar and drops ANSI codes and control characters. */
function stripControls(raw: string): string {
  let line = raw
  if (line.includes('\r')) {
    const segments = line.split('\r').filter(segment => segment.trim() !== '')
    line = segments[segments.length - 1] ?? ''
  }
  const colourless = withoutColourCodes(line)
  if (colourless !== null) return colourless
  if (line.includes('\x1b') || line.includes('[')) line = line.replace(ANSI, '')
  return HAS_CONTROL.test(line) ? line.replace(CONTROL, '') : line
}

/**
 * `line` without its CSI codes (`ESC [`, parameters, intermediates, a final byte), which is
 * what ANSI and CONTROL make of a line holding no other code or control character; null for
 * any other line, left to them. Colours are almost all CSI codes, and one pass over the
 * line costs less than the two regexes.
 */
function withoutColourCodes(line: string): string | null {
  let kept = ''
  let from = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === 0x09 || (code >= 0x20 && code !== 0x5b && code !== 0x7f)) continue
    if (code !== 0x1b || line.charCodeAt(i + 1) !== 0x5b) return null
    let end = i + 2
    while (isCsiParameter(line.charCodeAt(end))) end++
    while (isCsiIntermediate(line.charCodeAt(end))) end++
    const final = line.charCodeAt(end)
    if (!(final >= 0x40 && final <= 0x7e)) return null
    kept += line.slice(from, i)
    from = end + 1
    i = end
  }
  return from === 0 ? line : kept + line.slice(from)
}

/** `[0-9;?]`, the parameter bytes ANSI allows. */
function isCsiParameter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x3b || code === 0x3f
}

/** `[ -/]`. */
function isCsiIntermediate(code: number): boolean {
  return code >= 0x20 && code <= 0x2f
}

/** "0 errors" is noise unless the same line counts some other failure ("1 failed, 0 errors"). */
const ZERO_COUNT =
  /\b0 (?:errors?|failures?|failed|failing|vulnerabilities|problems|issues|offenses)\b|\b(?:errors?|failures?|failed|vulnerabilities):? 0\b(?![.,]\d)/i
const NONZERO_COUNT =
  /\b[1-9]\d* (?:errors?|failures?|failed|failing)\b|\b(?:errors?|failures?|failed):? [1-9]/i

export function isDenied(line: string): boolean {
  // DENY first: most of its patterns fail at once, the counts search the whole line, case aside.
  return DENY.some(pattern => pattern.test(line)) || (ZERO_COUNT.test(line) && !NONZERO_COUNT.test(line))
}

/** Lines that name no particular failure rank below any line that does. */
const GENERIC_WEIGHT = 0.6

/** Tags of the line scan: rule indices first, then these, then one per secret pattern. */
const GENERIC_TAG = RULES.length
const TRANSPORT_TAG = RULES.length + 1
const KEY_BOUNDARY_TAG = RULES.length + 2
const ENCODED_TAG = RULES.length + 3
const TESTS_TAG = RULES.length + 4
const TEST_WORD_TAG = RULES.length + 5
const FIRST_SECRET_TAG = RULES.length + 6
const TAG_COUNT = FIRST_SECRET_TAG + SECRET_REGEXPS.length

/**
 * Text whose removal by cleanLine can join the words around it or move a line's end: control
 * characters (ESC and CR among them) and ANSI colour codes that lost their ESC (`[0m`).
 */
const TRANSPORT_LITERALS = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter(c => c !== '\n' && c !== '\t'),
  '\x7f',
  ...[...'0123456789mk'].map(c => `[${c}`)
]

/** Routes each line to the rules, error words and secret patterns its literals allow. */
const LINE_SCAN = new PatternPrefilter([
  ...RULES.map((rule, index) => ({ tag: index, pattern: rule.pattern })),
  { tag: GENERIC_TAG, pattern: GENERIC_TRIGGER },
  ...SECRET_REGEXPS.flatMap((pattern, index) =>
    UNROUTED_SECRETS.includes(index) ? [] : [{ tag: FIRST_SECRET_TAG + index, pattern }]
  ),
  { tag: TRANSPORT_TAG, literals: TRANSPORT_LITERALS },
  { tag: KEY_BOUNDARY_TAG, pattern: PRIVATE_KEY_BOUNDARY },
  // Percent escapes of printable ASCII: a secret may hide behind them (redactSecrets decodes).
  { tag: ENCODED_TAG, literals: ['%2', '%3', '%4', '%5', '%6', '%7'] },
  { tag: TESTS_TAG, literals: TEST_LINE_LITERALS },
  { tag: TEST_WORD_TAG, literals: TEST_FAILURE_WORDS }
])

/** Space, tab, CR, VT, FF: what trimEnd removes in ASCII. */
function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)
}

/**
 * Whether the line `bytes[start, end)` may end with one of the endings rules look for: its
 * last byte before trailing ASCII spaces is the last byte of an ending, or not ASCII (it may
 * be other whitespace that trimEnd removes).
 */
function mayEndWithEnding(bytes: Uint8Array, start: number, end: number): boolean {
  let last = end - 1
  while (last >= start && isAsciiSpace(bytes[last] as number)) last--
  return (
    last >= start && ((bytes[last] as number) >= 0x80 || LINE_SCAN.endingBytes[bytes[last] as number] === 1)
  )
}

/** The length of `0000-00-00T00:00:00`, the shape every runner timestamp starts with. */
const TIMESTAMP_SHAPE_LENGTH = 19

/**
 * Bytes of the runner timestamp (`2026-05-10T12:00:01.1234567Z`) at `bytes[at]`, 0 if there
 * is none: never more than cleanLine removes, so the scan may skip them.
 */
function timestampLength(bytes: Uint8Array, at: number, end: number): number {
  // The separators first: most lines without a timestamp fail at once.
  if (
    end - at < TIMESTAMP_SHAPE_LENGTH ||
    bytes[at + 4] !== 0x2d ||
    bytes[at + 7] !== 0x2d ||
    bytes[at + 10] !== 0x54 ||
    bytes[at + 13] !== 0x3a ||
    bytes[at + 16] !== 0x3a
  ) {
    return 0
  }
  // Spelled out: this runs on every line, and a loop over the offsets took most of its time.
  if (
    !isDigit(bytes[at]) ||
    !isDigit(bytes[at + 1]) ||
    !isDigit(bytes[at + 2]) ||
    !isDigit(bytes[at + 3]) ||
    !isDigit(bytes[at + 5]) ||
    !isDigit(bytes[at + 6]) ||
    !isDigit(bytes[at + 8]) ||
    !isDigit(bytes[at + 9]) ||
    !isDigit(bytes[at + 11]) ||
    !isDigit(bytes[at + 12]) ||
    !isDigit(bytes[at + 14]) ||
    !isDigit(bytes[at + 15]) ||
    !isDigit(bytes[at + 17]) ||
    !isDigit(bytes[at + 18])
  ) {
    return 0
  }
  let length = TIMESTAMP_SHAPE_LENGTH
  if (bytes[at + length] === 0x2e && isDigit(bytes[at + length + 1])) {
    length += 2
    while (isDigit(bytes[at + length])) length++
  }
  return bytes[at + length] === 0x5a ? length + 1 : length
}

/**
 * Where the line starting at `bytes[at]` goes on after its runner timestamp and the space
 * that follows it; `at` when there is no such pair (cleanLine then deals with the line).
 */
function afterTimestamp(bytes: Uint8Array, at: number, end: number): number {
  const length = timestampLength(bytes, at, end)
  return length > 0 && bytes[at + length] === 0x20 ? at + length + 1 : at
}

function isDigit(byte: number | undefined): boolean {
  return (byte as number) >= 0x30 && (byte as number) <= 0x39
}

/**
 * How specific a line is as the statement of the failure: the confidence of the strongest
 * rule it matches, a low score for generic error words, 0 for lines that are no error.
 * Only the rules in `tags` are tested (with the rules matching by their line's end): the
 * scan found the literals every other rule needs missing from the line.
 */
function lineScore(line: string, tags: TagSet): number {
  const bare = bareLine(line)
  const endingTags = tagsByEnding(bare, tags)
  let named = false
  for (let k = 0; k < tags.size && !named; k++) named = tags.at(k) <= GENERIC_TAG
  if (!named && endingTags.length === 0 && LINE_SCAN.always.length === 0) return 0
  // A denied line scores 0 whatever it matches: one test spares the rules' many.
  if (isDenied(line)) return 0
  let best = 0
  for (let k = 0; k < tags.size; k++) best = Math.max(best, ruleWeight(tags.at(k), bare, best))
  for (const tag of LINE_SCAN.always) best = Math.max(best, ruleWeight(tag, bare, best))
  for (const tag of endingTags) best = Math.max(best, ruleWeight(tag, bare, best))
  if (best > 0) return best
  if (!tags.has(GENERIC_TAG) && !LINE_SCAN.always.includes(GENERIC_TAG)) return 0
  if (!GENERIC_TRIGGER.test(line)) return 0
  return CONSEQUENCE.test(bare) ? 0.1 : 0.3
}

const NO_TAGS: readonly number[] = []

/** The rules the scan did not name that match by how `bare` ends and may match it. */
function tagsByEnding(bare: string, tags: TagSet): readonly number[] {
  if (LINE_SCAN.byEnding.length === 0) return NO_TAGS
  const last = bare.charCodeAt(bare.length - 1)
  if (last < 0x80 && LINE_SCAN.endingBytes[last] !== 1) return NO_TAGS
  let found: number[] | null = null
  const lower = bare.slice(-64).toLowerCase()
  for (const { tag, endings } of LINE_SCAN.byEnding) {
    if (!tags.has(tag) && endings.some(ending => lower.endsWith(ending))) (found ??= []).push(tag)
  }
  return found ?? NO_TAGS
}

const EVERY_TAG = new TagSet(TAG_COUNT)
for (let tag = 0; tag < TAG_COUNT; tag++) EVERY_TAG.add(tag)

/**
 * How specific a cleaned line is as the statement of the failure, against every rule: what
 * the scan computes from the rules the line's literals name (its tests compare the two).
 */
export function lineSpecificity(line: string): number {
  return lineScore(line, EVERY_TAG)
}

/** The weight of rule `tag` on `bare` when it matches and would beat `best`, else 0. */
function ruleWeight(tag: number, bare: string, best: number): number {
  if (tag >= RULES.length) return 0
  const rule = RULES[tag] as (typeof RULES)[number]
  const weight = rule.generic ? rule.confidence * GENERIC_WEIGHT : rule.confidence
  return weight > best && rule.pattern.test(bare) ? weight : 0
}

interface KeptLine {
  text: string
  lineNo: number
  /** 0 for context lines. */
  score: number
}

const REDACTED_PRIVATE_KEY_LINE = redactLine('', true)
const ENDGROUP = /^##\[endgroup\]|^::endgroup::/
const REPLACEMENT_CHARACTER = Buffer.from('\ufffd', 'utf8')
/** Distinct literal matches remembered per line; a line with more is tested against every rule. */
const MAX_LINE_MATCHES = 64

/**
 * Incremental excerpt builder: feed it the log (`write`, strings or bytes, in any pieces)
 * and take the excerpt (`finish`). Memory is bounded by the options, whatever the size of
 * the log or of one line.
 */
export class ExcerptBuilder {
  private readonly options: Required<ExtractOptions>
  private readonly before: KeptLine[] = []
  private readonly head: KeptLine[] = []
  private readonly tail: KeptLine[] = []
  private readonly tailWindow: KeptLine[] = []
  /** Masked text of the lines kept, so a line repeated with other numbers is kept once. */
  private readonly seen = new Map<string, number>()
  private afterRemaining = 0
  private lineNo = 0
  private dropped = false
  private readonly warnings = new Set<string>()
  private privateKeyOpen = false
  /**
   * Whether no BEGIN or END line of a private key has been read yet in a log read from the
   * middle: an END line then closes a block whose BEGIN was cut off.
   */
  private keyUnseen: boolean
  /** Whether the first line of a log read from the middle is still to be looked at. */
  private firstLineUnseen: boolean
  /** Start of the lines scanned but not yet given to the context and tail windows. */
  private pendingStart = 0
  /** Match numbers of the states the line being scanned met, each once (`stateSeen`). */
  private readonly lineMatches = new Int32Array(MAX_LINE_MATCHES)
  private readonly stateSeen = new Uint8Array(LINE_SCAN.automaton.tags.length)
  /** The tags the line being handled proved. */
  private readonly tags = new TagSet(TAG_COUNT)
  /** The tags of a context line decoded after the fact (`tags` belongs to the line in hand). */
  private readonly quietTags = new TagSet(TAG_COUNT)
  private readonly secretCandidates: number[] = []
  /** The start of a line that continues in the next piece, at most `maxCarryBytes`. */
  private carry: Buffer[] = []
  private carryBytes = 0
  private readonly maxCarryBytes: number
  /** Whether a line is being carried (it may be empty so far). */
  private carrying = false
  /** Checks the carried line's bytes for invalid UTF-8, across pieces. */
  private readonly carryDecoder = new TextDecoder('utf-8')
  /** A high surrogate that ended a string piece; its pair starts the next one. */
  private heldSurrogate = ''
  private readonly tests = new FailingTestCollector()
  /** Whether the test collector wants the next line, whatever its literals. */
  private testsFollow = false

  constructor(options: ExtractOptions = {}) {
    this.options = { ...DEFAULTS, ...options }
    // Enough bytes for maxLineLength characters, the redaction margin and one more (a UTF-16
    // unit takes at most 3).
    this.maxCarryBytes = 3 * (this.options.maxLineLength + REDACTION_MARGIN + 2)
    this.keyUnseen = this.options.startsMidway
    this.firstLineUnseen = this.options.startsMidway
  }

  warn(warning: string): void {
    this.warnings.add(warning)
  }

  write(piece: string | Uint8Array): void {
    let bytes =
      typeof piece === 'string'
        ? this.encode(piece)
        : Buffer.from(piece.buffer, piece.byteOffset, piece.length)
    if (bytes.includes(0)) {
      this.warn('binary')
      bytes = Buffer.from(bytes.filter(byte => byte !== 0))
    }
    if (this.firstLineUnseen) this.lookAtFirstLine(bytes)
    let start = 0
    if (this.carrying) {
      const newline = bytes.indexOf(10)
      if (newline === -1) {
        this.appendCarry(bytes)
        return
      }
      this.appendCarry(bytes.subarray(0, newline))
      this.scanCarry()
      start = newline + 1
    }
    const lastNewline = bytes.lastIndexOf(10)
    if (lastNewline >= start) this.scan(bytes, start, lastNewline + 1)
    if (lastNewline + 1 < bytes.length) this.appendCarry(bytes.subarray(Math.max(start, lastNewline + 1)))
  }

  /**
   * A log read from the middle whose first line is a line of key material started inside a
   * private key block: everything up to its END line, or to the end when there is none, is
   * key material.
   */
  private lookAtFirstLine(bytes: Buffer): void {
    const newline = bytes.indexOf(10)
    this.firstLineUnseen = false
    const first = bytes.toString(
      'utf8',
      0,
      Math.min(newline === -1 ? bytes.length : newline, this.maxCarryBytes)
    )
    if (looksLikeKeyBody(cleanLine(first))) this.privateKeyOpen = true
  }

  private encode(piece: string): Buffer {
    let text = this.heldSurrogate + piece
    this.heldSurrogate = ''
    const last = text.charCodeAt(text.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) {
      this.heldSurrogate = text.slice(-1)
      text = text.slice(0, -1)
    }
    return Buffer.from(text, 'utf8')
  }

  /**
   * Keeps the start of an unfinished line, up to `maxCarryBytes`; all of it goes through the
   * UTF-8 check, which a line split anywhere (even inside a character) cannot fool.
   */
  private appendCarry(bytes: Buffer): void {
    if (
      !this.warnings.has('non-utf8') &&
      this.carryDecoder.decode(bytes, { stream: true }).includes('\ufffd')
    ) {
      this.warn('non-utf8')
    }
    const kept = Math.min(bytes.length, this.maxCarryBytes - this.carryBytes)
    if (kept > 0) this.carry.push(Buffer.from(bytes.subarray(0, kept)))
    this.carryBytes += kept
    this.carrying = true
  }

  /** Scans the carried line, now complete (an overlong one is truncated by the scan). */
  private scanCarry(): void {
    if (this.carryDecoder.decode().includes('\ufffd')) this.warn('non-utf8')
    const line = Buffer.concat([...this.carry, Buffer.of(10)])
    this.carry = []
    this.carryBytes = 0
    this.carrying = false
    this.scan(line, 0, line.length, false)
  }

  /**
   * Scans the complete lines `bytes[from, to)` (`bytes[to - 1]` is a line feed). Lines with
   * a literal some rule, the generic error words, the secret patterns or the cleaning need
   * are handled at once (`line`); the others only when context needs them (`materialize`).
   */
  private scan(bytes: Buffer, from: number, to: number, checkUtf8 = true): void {
    if (checkUtf8 && !this.warnings.has('non-utf8')) {
      const region = bytes.subarray(from, to)
      if (!isUtf8(region) || region.includes(REPLACEMENT_CHARACTER)) this.warn('non-utf8')
    }
    this.pendingStart = from
    this.lineNo = this.scanLines(bytes, from, to)
    this.materialize(bytes, this.pendingStart, to, this.lineNo)
  }

  /**
   * The loop of `scan`, which returns the number of the last line it scanned. It is a
   * function of its own because it runs in code optimized while the loop ran (on-stack
   * replacement): code after the loop, never run before that, would have no type feedback
   * and deoptimize on every call, at a cost of about 0.25 ms per piece of the log.
   */
  private scanLines(bytes: Buffer, from: number, to: number): number {
    const { columns, next, firstMatch, width, lineEnd } = LINE_SCAN.automaton
    const matches = this.lineMatches
    const seen = this.stateSeen
    const maxLineLength = this.options.maxLineLength
    const everyLine = LINE_SCAN.always.length > 0
    let state = 0
    let matchCount = 0
    let lineStart = from
    let contentStart = afterTimestamp(bytes, from, to)
    let lineNo = this.lineNo
    for (let i = contentStart; i < to; i++) {
      const byte = bytes[i] as number
      state = next[state + (columns[byte] as number)] as number
      if (state < firstMatch) continue
      if (state === lineEnd) {
        lineNo++
        if (matchCount > 0) this.prove(bytes, contentStart, i, matchCount)
        if (
          this.tags.size > 0 ||
          this.afterRemaining > 0 ||
          this.testsFollow ||
          everyLine ||
          i - lineStart > maxLineLength ||
          mayEndWithEnding(bytes, lineStart, i)
        ) {
          this.lineNo = lineNo
          this.line(bytes, lineStart, contentStart, i)
        }
        lineStart = i + 1
        state = 0
        matchCount = 0
        contentStart = afterTimestamp(bytes, lineStart, to)
        i = contentStart - 1
      } else {
        const match = (state - firstMatch) / width
        // (A CR right before the line feed is no progress bar: cleanLine trims it like a space.)
        if (seen[match] === 0 && !(byte === 13 && bytes[i + 1] === 10)) {
          seen[match] = 1
          if (matchCount < MAX_LINE_MATCHES) matches[matchCount] = match
          matchCount++
        }
      }
    }
    return lineNo
  }

  /**
   * The line `bytes[lineStart, end)` decoded from `from` (after an ASCII prefix the caller
   * dropped), with REDACTION_MARGIN characters more than `cut` keeps: it is cut only once
   * redacted, so a secret on the cut is redacted whole.
   */
  private decode(bytes: Buffer, lineStart: number, end: number, from = lineStart): string {
    const limit = this.options.maxLineLength - (from - lineStart)
    const text = bytes.toString('utf8', from, Math.min(end, lineStart + this.maxCarryBytes))
    if (text.length <= limit) return text
    this.warn('long-lines-truncated')
    return text.slice(0, limit + REDACTION_MARGIN)
  }

  /**
   * Puts the tags of the `matchCount` match states of the line whose text after its
   * timestamp is `bytes[start, end)` into `tags`.
   */
  private prove(bytes: Buffer, start: number, end: number, matchCount: number): void {
    if (matchCount > MAX_LINE_MATCHES) {
      this.stateSeen.fill(0)
      for (let tag = 0; tag < TAG_COUNT; tag++) this.tags.add(tag)
      return
    }
    for (let k = 0; k < matchCount; k++) this.stateSeen[this.lineMatches[k] as number] = 0
    LINE_SCAN.prove(this.lineMatches, matchCount, bytes, start, end, this.tags)
  }

  /**
   * Handles line `this.lineNo`, `bytes[start, end)`, with the tags its literals proved in
   * `tags`; its runner timestamp ends at `contentStart` (`start` if none).
   */
  private line(bytes: Buffer, start: number, contentStart: number, end: number): void {
    const tags = this.tags
    const transport = tags.has(TRANSPORT_TAG)
    // The timestamp is dropped unread unless cleanLine must see it: a CR progress bar may
    // drop it with its frame, a tab may make it part of a `gh run view` prefix, and a line
    // cut inside it leaves a part of it.
    let from = contentStart - start <= this.options.maxLineLength ? contentStart : start
    let raw = this.decode(bytes, start, end, from)
    if (from !== start && (raw.includes('\t') || (transport && raw.includes('\r')))) {
      from = start
      raw = this.decode(bytes, start, end)
    }
    const hidden = holdsInvisible(raw)
    const cleaned = cleanLine(raw, transport, from === start, hidden)
    // Removing a control character, colour code or invisible character joins the text around
    // it: scan the result, so that a secret split by one is redacted as what it becomes.
    if (transport || hidden) LINE_SCAN.collect(cleaned, tags)
    let openBefore = this.privateKeyOpen
    const boundary = tags.has(KEY_BOUNDARY_TAG) && PRIVATE_KEY_BOUNDARY.test(cleaned)
    if (boundary && this.keyUnseen) {
      this.keyUnseen = false
      if (!openBefore && closesPrivateKey(cleaned)) {
        this.enterCutOffKey(bytes, start)
        openBefore = true
      }
    }
    const secrets = this.secretsRoutedBy(tags)
    const redacted = openBefore
      ? REDACTED_PRIVATE_KEY_LINE
      : tags.has(ENCODED_TAG)
        ? redactSecrets(cleaned)
        : redactSecretsAmong(cleaned, secrets)
    const openAfter = boundary ? privateKeyOpenAfter(cleaned, openBefore) : openBefore
    // A redaction marker is text the scan did not see either.
    if (redacted !== cleaned) LINE_SCAN.collect(redacted, tags)
    // Every pattern runs on a line about to be cut, the unrouted ones too.
    const line = this.cut(redacted.length > this.options.maxLineLength ? redactSecrets(redacted) : redacted)
    const score = lineScore(line, tags)
    if (this.testsFollow || tags.has(TESTS_TAG) || (tags.has(TEST_WORD_TAG) && mayNameFailingTests(line))) {
      this.tests.line(line)
      this.testsFollow = this.tests.wantsNextLine
    }
    tags.clear()

    if (score > 0 || openAfter !== openBefore) {
      this.materialize(bytes, this.pendingStart, start, this.lineNo - 1)
      this.accept(line, this.lineNo, score)
      this.pendingStart = end + 1
      this.privateKeyOpen = openAfter
    } else if (this.afterRemaining > 0) {
      this.accept(line, this.lineNo, 0)
      this.pendingStart = end + 1
    }
  }

  /**
   * A line with no error words, redacted as `line()` redacts: by the secret patterns its
   * literals route it to (every pattern when it hides percent escapes or is about to be cut).
   * Running every pattern on each context line cost a quarter of the scan; the patterns too
   * common to route by still run on every kept line at the end.
   */
  private redactQuiet(cleaned: string): string {
    if (this.privateKeyOpen) return REDACTED_PRIVATE_KEY_LINE
    const tags = this.quietTags
    LINE_SCAN.collect(cleaned, tags)
    const secrets = this.secretsRoutedBy(tags)
    const routed =
      tags.has(ENCODED_TAG) || cleaned.length > this.options.maxLineLength
        ? redactSecrets(cleaned)
        : redactSecretsAmong(cleaned, secrets)
    tags.clear()
    return routed
  }

  /** The secret patterns (indices into SECRET_REGEXPS) `tags` route a line to. */
  private secretsRoutedBy(tags: TagSet): readonly number[] {
    const secrets = this.secretCandidates
    // Emptying an array is a call into the runtime, and most lines leave nothing to empty.
    if (secrets.length > 0) secrets.length = 0
    for (let k = 0; k < tags.size; k++) {
      if (tags.at(k) >= FIRST_SECRET_TAG) secrets.push(tags.at(k) - FIRST_SECRET_TAG)
    }
    return secrets
  }

  /** A cleaned and redacted line cut to maxLineLength characters. */
  private cut(line: string): string {
    const limit = this.options.maxLineLength
    return line.length <= limit ? line : line.slice(0, limit)
  }

  /**
   * The END line of a private key block whose BEGIN line the log's start cut off: every line
   * before it is key material. The lines not yet handled become markers, and so do those
   * kept already, which can no longer be the failure's statement.
   */
  private enterCutOffKey(bytes: Buffer, lineStart: number): void {
    this.privateKeyOpen = true
    this.materialize(bytes, this.pendingStart, lineStart, this.lineNo - 1)
    this.pendingStart = lineStart
    for (const kept of [...this.before, ...this.head, ...this.tail, ...this.tailWindow]) {
      kept.text = REDACTED_PRIVATE_KEY_LINE
      kept.score = 0
    }
    this.seen.clear()
    for (const kept of [...this.head, ...this.tail]) {
      this.seen.set(maskLine(kept.text), (this.seen.get(maskLine(kept.text)) ?? 0) + 1)
    }
  }

  /**
   * Gives the lines `bytes[from, to)`, which end with line `lastLineNo` and hold no error
   * line, to the context and tail windows. Only the last lines that fit the windows are
   * decoded, from the end backwards: the rest would only pass through and be evicted.
   */
  private materialize(bytes: Buffer, from: number, to: number, lastLineNo: number): void {
    const wanted = Math.max(this.options.tailLines, this.options.contextBefore)
    const found: KeptLine[] = []
    let lineNo = lastLineNo
    for (let end = to - 1; end >= from && found.length < wanted; lineNo--) {
      const start = end > from ? Math.max(bytes.lastIndexOf(10, end - 1) + 1, from) : from
      const line = this.cut(this.redactQuiet(cleanLine(this.decode(bytes, start, end))))
      if (!isSkipped(line)) found.push({ text: line, lineNo, score: 0 })
      end = start - 1
    }
    for (const line of found.reverse()) this.accept(line.text, line.lineNo, 0)
  }

  /** One cleaned line, in order, into the windows and the excerpt. */
  private accept(line: string, lineNo: number, score: number): void {
    if (isSkipped(line)) return
    const kept: KeptLine = { text: line, lineNo, score }
    this.tailWindow.push(kept)
    if (this.tailWindow.length > this.options.tailLines) this.tailWindow.shift()
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

  private keep(line: KeptLine): void {
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
    if (this.heldSurrogate !== '') {
      this.appendCarry(Buffer.from(this.heldSurrogate, 'utf8'))
      this.heldSurrogate = ''
    }
    if (this.carrying) this.scanCarry()
    const kept = [...this.head, ...this.tail]
    const totalLines = this.lineNo
    // The patterns too common to route lines by (UNROUTED_SECRETS) run here, on the few lines kept.
    const lines = (kept.length > 0 ? kept : this.tailWindow).map(line => redactSecrets(line.text))
    const primary = pickPrimary(kept, totalLines)
    return {
      lines,
      primaryLine: primary === null ? null : redactSecrets(primary),
      totalLines,
      truncated: this.dropped || (kept.length === 0 && totalLines > this.tailWindow.length),
      warnings: [...this.warnings],
      failingTests: this.tests.result()
    }
  }
}

function isSkipped(line: string): boolean {
  return line.trim() === '' || ENDGROUP.test(line)
}

/**
 * The most specific error line, weighted toward the end of the log where the failure
 * usually is; ties go to the later line. A line that names the failure outranks any count,
 * summary or advice printed after it (`generic` rules), wherever it is.
 */
function pickPrimary(kept: KeptLine[], totalLines: number): string | null {
  let best: KeptLine | null = null
  let bestNamed = false
  let bestScore = 0
  for (const line of kept) {
    if (line.score === 0) continue
    const named = namesTheFailure(line.text)
    if (bestNamed && !named) continue
    const score = line.score + 0.1 * (line.lineNo / Math.max(totalLines, 1))
    if (score >= bestScore || (named && !bestNamed)) {
      best = line
      bestNamed = named
      bestScore = score
    }
  }
  return best ? best.text : null
}

export function extractExcerptFromText(text: string, options?: ExtractOptions): ExtractedExcerpt {
  const builder = new ExcerptBuilder(options)
  builder.write(text)
  return builder.finish()
}

/** Extracts the excerpt from a whole text or a stream of chunks (strings or bytes). */
export async function extractExcerpt(
  source: string | AsyncIterable<string | Uint8Array>,
  options?: ExtractOptions
): Promise<ExtractedExcerpt> {
  if (typeof source === 'string') return extractExcerptFromText(source, options)
  const builder = new ExcerptBuilder(options)
  for await (const chunk of source) builder.write(chunk)
  return builder.finish()
}
