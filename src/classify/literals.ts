/**
 * What literal text a regular expression needs, read from its source, and a byte automaton
 * that finds many literals in one pass. Together they let the log scan (extract.ts) skip
 * every line that cannot match a rule or a secret pattern without decoding it, and test
 * the others against only the patterns whose literals they hold.
 *
 * The analysis is conservative: a requirement may be weaker than the pattern, never
 * stronger. Whatever it does not understand ends a literal or makes the pattern `always`.
 */

/** Splits a regex source at its top-level `|`. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i))
      start = i + 1
    }
  }
  alternatives.push(source.slice(start))
  return alternatives
}

function skipClass(source: string, start: number): number {
  let i = start + 1
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
  return i
}

function skipGroup(source: string, start: number): number {
  let depth = 0
  for (let i = start; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = skipClass(source, i)
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return source.length
}

const DIGITS = [...'0123456789']
/** A literal run stops growing past this many spellings (a run through a class multiplies them). */
const MAX_SPELLINGS = 64
/** How rare a literal must be (see `strength`) to be worth searching for alone... */
const MIN_STRENGTH = 1.5
/** ...and to narrow a stronger one down: any text but spaces. */
const MIN_NARROWING_STRENGTH = 0.5
/** Groups kept per clause: each one more costs the scan a little on every line holding it. */
const MAX_GROUPS = 4

/**
 * How rare a literal is likely to be in a log: its bytes, spaces not counted and digits and
 * ASCII punctuation counted half (`:0` is in every timestamp, `E0` is not). The weakest
 * spelling counts.
 */
function strength(literals: readonly string[]): number {
  const weigh = (literal: string): number =>
    [...Buffer.from(literal, 'utf8')].reduce(
      (sum, byte) =>
        sum + (byte === 0x20 ? 0 : byte < 0x80 && !/[A-Za-z]/.test(String.fromCharCode(byte)) ? 0.5 : 1),
      0
    )
  return Math.min(...literals.map(weigh))
}

/** `body` as the plain texts it matches when it is an alternation of literals (`a|b\.c`), else null. */
function plainAlternatives(body: string): string[] | null {
  const alternatives = topLevelAlternatives(body)
  if (!alternatives.every(text => /^(?:[^\\.^$|?*+()[\]{}]|\\[^A-Za-z0-9])+$/.test(text))) return null
  return alternatives.map(text => text.replace(/\\(.)/g, '$1'))
}

interface AlternativeLiterals {
  /**
   * Groups of spellings every match contains one of, each group at its own place in the
   * match: the strongest first, then weaker ones that narrow it. Empty when no group is
   * strong enough to search for.
   */
  groups: string[][]
  /** Every match ends with one of these (the alternative ends with literal text and `$`). */
  atEnd: string[] | null
}

/**
 * The literal text every match of one alternative must contain. Candidates are literal runs
 * (through `\d` and small classes such as `[pousr]`, spelled every way) and groups that are
 * not optional (one literal per inner alternative). The candidate whose weakest spelling is
 * strongest leads; a few more, even weak ones (`@` after `://`), narrow it.
 */
function alternativeLiterals(alternative: string): AlternativeLiterals {
  const candidates: string[][] = []
  let atEnd: string[] | null = null
  let run = ['']
  const endRun = (): void => {
    if (run[0] !== '' && strength(run) >= MIN_NARROWING_STRENGTH) candidates.push(run)
    run = ['']
  }
  const append = (atom: string[]): void => {
    if (run.length * atom.length > MAX_SPELLINGS) endRun()
    run = run.flatMap(prefix => atom.map(char => prefix + char))
  }
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i] as string
    let atom: string[] | null
    if (c === '\\') {
      const next = alternative[++i] ?? ''
      if (next === 'd') atom = DIGITS
      else if (/[A-Za-z0-9]/.test(next)) {
        atom = null
        if (next === 'u' || next === 'x') i += next === 'u' ? 4 : 2
      } else atom = [next]
    } else if (c === '[') {
      const end = skipClass(alternative, i)
      const body = alternative.slice(i + 1, end)
      atom = /^[^\\^\-\]][^\\\-\]]{0,7}$/.test(body) ? [...new Set(body)] : null
      i = end
    } else if (c === '(' && plainAlternatives(groupBody(alternative, i)) !== null) {
      // A group of plain texts, (?:gofmt|goimport): one more atom with several spellings.
      atom = plainAlternatives(groupBody(alternative, i))
      i = skipGroup(alternative, i)
    } else if (c === '(') {
      endRun()
      const end = skipGroup(alternative, i)
      const body = alternative.slice(i + 1, end)
      i = end
      const optional = /^[?*]|^\{0/.test(alternative.slice(i + 1))
      if (!optional && !/^\?(?:[=!]|<[=!])/.test(body)) {
        const inner = topLevelAlternatives(body.replace(/^\?(?::|<\w+>)/, '')).map(
          inside => alternativeLiterals(inside).groups
        )
        if (inner.length === 1) {
          // One way through the group: every literal it needs, the match needs too.
          candidates.push(...(inner[0] as string[][]))
        } else if (inner.every(groups => groups.length > 0)) {
          // One of several ways: the leading literals of all of them.
          candidates.push(inner.flatMap(groups => groups[0] as string[]))
        }
      }
      i += quantifierLength(alternative, i + 1)
      continue
    } else if (c === '$' && i === alternative.length - 1 && run[0] !== '') {
      atEnd = run
      atom = null
    } else atom = '.^$|'.includes(c) ? null : [c]
    const quantifier = alternative.slice(i + 1, i + 1 + quantifierLength(alternative, i + 1))
    if (atom === null || /^[?*]|^\{0/.test(quantifier)) endRun()
    else {
      append(atom)
      if (quantifier !== '') endRun()
    }
    i += quantifier.length
  }
  endRun()
  const ranked = candidates
    .map(group => ({ group, strength: strength(group) }))
    .sort((a, b) => b.strength - a.strength)
  if (ranked.length === 0 || (ranked[0] as { strength: number }).strength < MIN_STRENGTH) {
    return { groups: [], atEnd }
  }
  // `:` adds nothing to `://`: a line holding the one holds the other.
  const groups = ranked
    .map(({ group }) => [...new Set(group)])
    .filter((group, index, all) =>
      all.every(
        (other, at) => at === index || !implies(other, group) || (implies(group, other) && at > index)
      )
    )
  return { groups: groups.slice(0, MAX_GROUPS), atEnd }
}

/** Whether a text holding a spelling of `strong` always holds a spelling of `weak` (case aside). */
function implies(strong: readonly string[], weak: readonly string[]): boolean {
  return strong.every(spelling => weak.some(other => spelling.toLowerCase().includes(other.toLowerCase())))
}

/** The inside of the group opening at `source[at]`, without a `?:` or `?<name>` prefix. */
function groupBody(source: string, at: number): string {
  return source.slice(at + 1, skipGroup(source, at)).replace(/^\?(?::|<\w+>)/, '')
}

/** Length of the quantifier (with its lazy `?`) at `source[at]`, 0 when there is none. */
function quantifierLength(source: string, at: number): number {
  const match = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at, at + 12))
  return match ? match[0].length : 0
}

/** The literal text a pattern needs, as far as it can be told from its source. */
export interface LiteralRequirement {
  /**
   * A line the pattern matches holds, for one of these clauses (one per alternative), a
   * spelling of every group of the clause (case aside)...
   */
  clauses: string[][][]
  /** ...or ends with one of these (case aside)... */
  atEnd: string[]
  /** ...unless this is set: some alternative needs no literal text that could be found. */
  always: boolean
}

export function literalRequirement(pattern: RegExp): LiteralRequirement {
  const requirement: LiteralRequirement = { clauses: [], atEnd: [], always: false }
  for (const alternative of topLevelAlternatives(pattern.source)) {
    const { groups, atEnd } = alternativeLiterals(alternative)
    if (groups.length > 0) requirement.clauses.push(groups)
    // With the m flag `$` also matches before a line break, inside the text.
    else if (atEnd !== null && !pattern.flags.includes('m')) requirement.atEnd.push(...atEnd)
    else requirement.always = true
  }
  return requirement
}

/**
 * A multi-literal byte matcher (Aho-Corasick as a full transition table): one table lookup
 * per byte finds every literal at once, ASCII case aside. Columns group the bytes: each
 * byte a literal uses has its own (both cases of a letter share one), all others share 0.
 *
 * A state is named by its row in the table, `index * width`: the lookup of the next state
 * is then an addition, `next[state + columns[byte]]`, which shortens the chain of work
 * that each byte waits on by a multiplication.
 */
export interface LiteralAutomaton {
  /** Byte to column. */
  columns: Uint8Array
  width: number
  /** Next state: `next[state + columns[byte]]`; the start state is 0. */
  next: Uint32Array
  /** States from this one on end at least one literal, or the line (`lineEnd`). */
  firstMatch: number
  /**
   * The state a line feed leads to, from any state: the last one. It goes on like the start
   * state, so a scan needs one comparison per byte (`>= firstMatch`) for both events.
   */
  lineEnd: number
  /**
   * Tags of the literals that end in match state `s`, by its match number `(s - firstMatch) /
   * width`: `tags[match]` (none for lineEnd).
   */
  tags: number[][]
}

function foldedBytes(literal: string): Uint8Array {
  const bytes = Buffer.from(literal, 'utf8')
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x41 && bytes[i] <= 0x5a) bytes[i] += 0x20
  return bytes
}

/**
 * Builds the matcher for literals each carrying a tag. Case is ignored for ASCII letters
 * only, which is exact for JavaScript's `i` flag without `u` (it never folds a non-ASCII
 * character to an ASCII one); a literal with a non-ASCII letter that has case is refused.
 */
export function buildLiteralAutomaton(
  entries: readonly { literal: string; tag: number }[]
): LiteralAutomaton {
  const literals = entries.map(entry => {
    if ([...entry.literal].some(c => c > '\x7f' && c.toLowerCase() !== c.toUpperCase()))
      throw new Error(`literal with a non-ASCII cased letter: ${entry.literal}`)
    if (entry.literal === '' || entry.literal.includes('\n')) throw new Error('empty or multi-line literal')
    return { bytes: foldedBytes(entry.literal), tag: entry.tag }
  })
  const columns = new Uint8Array(256)
  let width = 1
  for (const { bytes } of literals) for (const byte of bytes) if (columns[byte] === 0) columns[byte] = width++
  for (let upper = 0x41; upper <= 0x5a; upper++) columns[upper] = columns[upper + 0x20]
  const lineFeedColumn = width++
  columns[0x0a] = lineFeedColumn
  if (width > 255) throw new Error('too many distinct bytes in literals')

  // The trie, then failure links breadth first, filling in every missing transition.
  const capacity = literals.reduce((sum, { bytes }) => sum + bytes.length, 1)
  const goto = new Int32Array(capacity * width).fill(-1)
  const output: Set<number>[] = [new Set()]
  for (const { bytes, tag } of literals) {
    let state = 0
    for (const byte of bytes) {
      const column = columns[byte] as number
      if (goto[state * width + column] === -1) {
        goto[state * width + column] = output.length
        output.push(new Set())
      }
      state = goto[state * width + column] as number
    }
    ;(output[state] as Set<number>).add(tag)
  }
  const states = output.length
  const fail = new Int32Array(states)
  const order: number[] = [0]
  for (let head = 0; head < order.length; head++) {
    const state = order[head] as number
    for (let column = 0; column < width; column++) {
      const child = goto[state * width + column] as number
      if (child === -1) {
        goto[state * width + column] =
          state === 0 ? 0 : (goto[(fail[state] as number) * width + column] as number)
      } else if (child !== 0 || state !== 0) {
        fail[child] = state === 0 ? 0 : (goto[(fail[state] as number) * width + column] as number)
        for (const tag of output[fail[child] as number] as Set<number>)
          (output[child] as Set<number>).add(tag)
        order.push(child)
      }
    }
  }

  // Renumbered so that match states come last: the scan loop tests one comparison per byte.
  // Breadth first, too: the shallow states, where a scan spends most bytes, share cache lines.
  const renumbered = new Int32Array(states)
  let nextId = 0
  for (const state of order) if ((output[state] as Set<number>).size === 0) renumbered[state] = nextId++
  const firstMatch = nextId
  const tags: number[][] = []
  for (const state of order) {
    if ((output[state] as Set<number>).size === 0) continue
    renumbered[state] = nextId++
    tags.push([...(output[state] as Set<number>)].sort((a, b) => a - b))
  }
  const lineEnd = states * width
  const next = new Uint32Array(lineEnd + width)
  for (let state = 0; state < states; state++) {
    for (let column = 0; column < width; column++) {
      next[(renumbered[state] as number) * width + column] =
        column === lineFeedColumn
          ? lineEnd
          : (renumbered[goto[state * width + column] as number] as number) * width
    }
  }
  next.copyWithin(lineEnd, 0, width)
  tags.push([])
  return { columns, width, next, firstMatch: firstMatch * width, lineEnd, tags }
}

/** Spellings a group may have to be checked after its clause's leading group. */
const MAX_CHECKED_SPELLINGS = 4

/** A pattern (or bare literals, any one of which proves its tag) the prefilter routes lines to. */
export interface PrefilterEntry {
  tag: number
  pattern?: RegExp
  literals?: readonly string[]
}

interface Clause {
  tag: number
  /** The groups after the leading one, looked for in the line once the leading one is there. */
  rest: Needle[][]
}

/**
 * Which of many patterns a line may match, told from the literals it holds: a line that
 * holds, for some clause of a pattern, a spelling of every group "proves" the pattern's tag
 * (the pattern may match; without a proof it cannot, unless it matches by its line's end or
 * is `always`). The automaton searches the leading (strongest) group of each clause only,
 * so that it stops no more often than it must; the other groups are looked for in the line
 * once the leading one is there, and only while no other pattern is proven: a line with one
 * proof is tested anyway, against every pattern led in it. The scan feeds the automaton
 * itself and hands the match numbers of the states it met to `prove`; `collect` does both
 * for a text.
 */
export class PatternPrefilter {
  readonly automaton: LiteralAutomaton
  /** Tags of patterns that may match by how a line ends, with those endings in lower case. */
  readonly byEnding: { tag: number; endings: string[] }[] = []
  /** 1 for the last byte (either case) of an ending. */
  readonly endingBytes = new Uint8Array(256)
  /** Tags no literal can rule out: every line may match them. */
  readonly always: number[] = []
  /** Per match state: the tags its literals prove alone (one-group clauses)... */
  private readonly proves: number[][]
  /** ...and the clauses they lead, to be checked for their other groups. */
  private readonly leads: number[][]
  private readonly clauses: Clause[] = []
  /** Per clause: the `stamp` of the last `prove` that checked it. */
  private readonly checked: Uint32Array
  /** Per needle (by id): the `stamp` of the last `prove` that looked for it, and whether it was there. */
  private readonly searched: Uint32Array
  private readonly found: Uint8Array
  /** Match numbers met by `collect` (each once: `seen` by number). */
  private readonly met: number[] = []
  private readonly seen: Uint8Array
  private stamp = 0
  /** `collect`'s text as UTF-8, for texts up to a long log line (see ExtractOptions.maxLineLength). */
  private readonly encoded = Buffer.allocUnsafe(16 * 1024)

  constructor(entries: readonly PrefilterEntry[]) {
    const literals: { literal: string; tag: number }[] = []
    /** What each literal (by automaton tag) proves: a tag alone, or the lead of a clause. */
    const evidence: { tag: number; clause: number }[] = []
    const needles = new Map<string, Needle>()
    const needle = (literal: string): Needle => {
      const key = Buffer.from(foldedBytes(literal)).toString('latin1')
      if (!needles.has(key)) needles.set(key, new Needle(literal, needles.size))
      return needles.get(key) as Needle
    }
    const addClause = (tag: number, [lead, ...others]: readonly (readonly string[])[]): void => {
      // A group spelled many ways (`:0` to `:9`) costs more to look for than it saves.
      const rest = others.filter(group => group.length <= MAX_CHECKED_SPELLINGS)
      const clause = rest.length === 0 ? -1 : this.clauses.length
      if (clause >= 0) this.clauses.push({ tag, rest: rest.map(group => group.map(needle)) })
      for (const literal of lead ?? []) {
        literals.push({ literal, tag: evidence.length })
        evidence.push({ tag, clause })
      }
    }
    for (const { tag, pattern, literals: bare } of entries) {
      if (bare) addClause(tag, [bare])
      if (!pattern) continue
      const requirement = literalRequirement(pattern)
      if (requirement.always) this.always.push(tag)
      for (const clause of requirement.clauses) addClause(tag, clause)
      if (requirement.atEnd.length === 0) continue
      const endings = requirement.atEnd.map(ending => ending.toLowerCase())
      this.byEnding.push({ tag, endings })
      for (const ending of endings) {
        const last = Buffer.from(ending, 'utf8').at(-1) as number
        this.endingBytes[last] = 1
        if (last >= 0x61 && last <= 0x7a) this.endingBytes[last - 0x20] = 1
      }
    }
    this.automaton = buildLiteralAutomaton(literals)
    const of = (ids: number[], alone: boolean): number[] => [
      ...new Set(
        ids.flatMap(id => {
          const { tag, clause } = evidence[id] as { tag: number; clause: number }
          return alone === (clause === -1) ? [alone ? tag : clause] : []
        })
      )
    ]
    this.proves = this.automaton.tags.map(ids => of(ids, true))
    this.leads = this.automaton.tags.map(ids => of(ids, false))
    this.checked = new Uint32Array(this.clauses.length)
    this.searched = new Uint32Array(needles.size)
    this.found = new Uint8Array(needles.size)
    this.seen = new Uint8Array(this.automaton.tags.length)
  }

  /**
   * Adds to `tags` the patterns the line `bytes[start, end)` may match, told from the match
   * numbers `matches[0, count)` of the states it met: those it proves, and once it proves
   * one, every pattern with a clause led in the line. The line is looked at then, and testing
   * the pattern itself costs no more than looking for the other groups: a clause's other
   * groups are checked only when they decide whether the line is looked at.
   */
  prove(
    matches: ArrayLike<number>,
    count: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    tags: TagSet
  ): void {
    const { proves, leads, clauses, checked } = this
    for (let k = 0; k < count; k++) {
      const alone = proves[matches[k] as number] as number[]
      for (let p = 0; p < alone.length; p++) tags.add(alone[p] as number)
    }
    // A clause led by two of the line's literals is checked once.
    if (this.stamp === 0xffffffff) {
      checked.fill(0)
      this.searched.fill(0)
      this.stamp = 0
    }
    const stamp = ++this.stamp
    for (let k = 0; k < count; k++) {
      const led = leads[matches[k] as number] as number[]
      for (let l = 0; l < led.length; l++) {
        const at = led[l] as number
        const clause = clauses[at] as Clause
        if (tags.has(clause.tag) || checked[at] === stamp) continue
        checked[at] = stamp
        if (tags.size > 0 || this.holdsAll(clause.rest, bytes, start, end, stamp)) tags.add(clause.tag)
      }
    }
  }

  /**
   * Whether `bytes[start, end)` holds a spelling of every group (ASCII case aside); a
   * needle two clauses share is looked for once per `stamp`.
   */
  private holdsAll(
    groups: readonly Needle[][],
    bytes: Uint8Array,
    start: number,
    end: number,
    stamp: number
  ): boolean {
    const { searched, found } = this
    for (const group of groups) {
      let any = false
      for (let k = 0; k < group.length && !any; k++) {
        const needle = group[k] as Needle
        if (searched[needle.id] !== stamp) {
          searched[needle.id] = stamp
          found[needle.id] = needle.isIn(bytes, start, end) ? 1 : 0
        }
        any = found[needle.id] === 1
      }
      if (!any) return false
    }
    return true
  }

  /** Adds the tags `text` proves to `tags`: the scan's work for a text it did not see. */
  collect(text: string, tags: TagSet): void {
    // A UTF-16 unit takes at most 3 bytes. Lines are encoded into one buffer, kept for the
    // next: one allocation per line was a tenth of the cost; longer texts get their own.
    let bytes: Buffer
    let length: number
    if (3 * text.length <= this.encoded.length) {
      bytes = this.encoded
      length = bytes.write(text, 'utf8')
    } else {
      bytes = Buffer.from(text, 'utf8')
      length = bytes.length
    }
    const { columns, next, firstMatch, width } = this.automaton
    const { met, seen } = this
    let state = 0
    for (let i = 0; i < length; i++) {
      state = next[state + (columns[bytes[i] as number] as number)] as number
      if (state < firstMatch) continue
      const match = (state - firstMatch) / width
      if (seen[match] === 0) {
        seen[match] = 1
        met.push(match)
      }
    }
    this.prove(met, met.length, bytes, 0, length, tags)
    for (const match of met) seen[match] = 0
    met.length = 0
  }
}

/** A set of small numbers, cheap to fill and to empty once per line: a flag per tag and a list of the tags set. */
export class TagSet {
  private readonly flags: Uint8Array
  private readonly members: Int32Array
  size = 0

  constructor(capacity: number) {
    this.flags = new Uint8Array(capacity)
    this.members = new Int32Array(capacity)
  }

  has(tag: number): boolean {
    return this.flags[tag] === 1
  }

  add(tag: number): void {
    if (this.flags[tag] === 1) return
    this.flags[tag] = 1
    this.members[this.size++] = tag
  }

  /** The `index`th tag added. */
  at(index: number): number {
    return this.members[index] as number
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.flags[this.members[k] as number] = 0
    this.size = 0
  }
}

/**
 * Bytes by how common they are in build logs, the most common first: spaces, lower-case
 * letters by English frequency, then path and number punctuation. Bytes not listed are the
 * rarest. (Rust's memchr and regex crates pick rare bytes from a ranking of the same kind.)
 */
const COMMON_BYTES = ' etaoinsrhldcu.mp/-fg0y1w2b:v3k,=_5x4()"j6789[]zq'

/** How common `byte` (folded) is likely to be in a log: 0 for bytes COMMON_BYTES leaves out. */
function commonness(byte: number): number {
  const index = COMMON_BYTES.indexOf(String.fromCharCode(byte))
  return byte < 0x80 && index >= 0 ? COMMON_BYTES.length - index : 0
}

/**
 * A literal looked for in a line, ASCII case aside. The search stops at its rarest byte
 * rather than its first: `" _"` waits for an underscore, not for every space.
 */
class Needle {
  private readonly folded: Uint8Array
  /** Offset of the rarest byte, and that byte in both cases. */
  private readonly anchor: number
  private readonly lower: number
  private readonly upper: number

  constructor(
    literal: string,
    readonly id: number
  ) {
    this.folded = foldedBytes(literal)
    let anchor = 0
    for (let k = 1; k < this.folded.length; k++) {
      if (commonness(this.folded[k] as number) < commonness(this.folded[anchor] as number)) anchor = k
    }
    this.anchor = anchor
    this.lower = this.folded[anchor] as number
    this.upper = this.lower >= 0x61 && this.lower <= 0x7a ? this.lower - 0x20 : this.lower
  }

  /** Whether `bytes[start, end)` holds the literal. */
  isIn(bytes: Uint8Array, start: number, end: number): boolean {
    const { folded, anchor, lower, upper } = this
    const last = end - folded.length + anchor
    for (let i = start + anchor; i <= last; i++) {
      const byte = bytes[i] as number
      if (byte !== lower && byte !== upper) continue
      const at = i - anchor
      let k = 0
      while (k < folded.length && foldByte(bytes[at + k] as number) === folded[k]) k++
      if (k === folded.length) return true
    }
    return false
  }
}

function foldByte(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte
}
