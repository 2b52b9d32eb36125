/**
 * The physical reference for the scan benchmark: `grep -E -c -f <patterns> <log>`, with one
 * POSIX ERE per rule of src/classify/rules.ts, so grep searches for as many patterns as the
 * classifier knows. The conversion keeps each pattern's meaning as far as ERE allows
 * (`\d`, `\s`, `\w` become bracket classes, the `i` flag becomes `[aA]` pairs); what ERE
 * cannot say is widened, never dropped: lookarounds are removed and lazy quantifiers become
 * greedy, so grep matches at least the lines our rule would.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { RULES } from '../src/classify/rules.js'

/** GNU grep understands `\b`, `\B`, `\<` and `\>` in ERE; everything else escaped must become plain. */
const CLASS_ESCAPES: Record<string, { positive: string; negative: string }> = {
  d: { positive: '0-9', negative: '^0-9' },
  s: { positive: '[:space:]', negative: '^[:space:]' },
  w: { positive: '[:alnum:]_', negative: '^[:alnum:]_' }
}
const ERE_SPECIAL = new Set([...'.[]()*+?{}|^$\\'])
const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' }

interface Escape {
  /** A class shorthand (`d`, `s`, `w`, upper case for the complement). */
  shorthand?: string
  /** A literal character. */
  char?: string
  /** An assertion ERE keeps as written (`\b`, `\B`). */
  assertion?: string
  length: number
}

/** Reads the escape starting at `source[at] === '\\'`. */
function readEscape(source: string, at: number): Escape {
  const next = source[at + 1] ?? ''
  if (/[dswDSW]/.test(next)) return { shorthand: next, length: 2 }
  if (next === 'b' || next === 'B') return { assertion: `\\${next}`, length: 2 }
  if (next === 'x')
    return { char: String.fromCharCode(parseInt(source.slice(at + 2, at + 4), 16)), length: 4 }
  if (next === 'u')
    return { char: String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)), length: 6 }
  if (next in CONTROL_ESCAPES) return { char: CONTROL_ESCAPES[next], length: 2 }
  return { char: next, length: 2 }
}

function bothCases(char: string): string[] {
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  return lower === upper ? [char] : [lower, upper]
}

/** A JS character class (`source[at] === '['`) as an ERE bracket expression; returns it and its length. */
function convertClass(source: string, at: number, ignoreCase: boolean): { ere: string; length: number } {
  let i = at + 1
  const negated = source[i] === '^'
  if (negated) i++
  const members: string[] = []
  let closeBracket = false
  let dash = false
  const addChar = (char: string): void => {
    for (const c of ignoreCase ? bothCases(char) : [char]) {
      if (c === ']') closeBracket = true
      else if (c === '-') dash = true
      else members.push(c)
    }
  }
  for (; i < source.length && source[i] !== ']'; i++) {
    let char: string
    if (source[i] === '\\') {
      const escape = readEscape(source, i)
      i += escape.length - 1
      if (escape.shorthand) {
        // A complemented shorthand inside a class cannot be said in POSIX: widen to "any".
        members.push(
          escape.shorthand === escape.shorthand.toLowerCase()
            ? CLASS_ESCAPES[escape.shorthand].positive
            : '\\x01-\\xff'
        )
        continue
      }
      char = escape.char ?? (escape.assertion === '\\b' ? '\b' : '')
    } else char = source[i]
    // A range `a-z`: copy it with its end, both cases when the pattern ignores case.
    if (source[i + 1] === '-' && source[i + 2] !== ']' && source[i + 2] !== undefined) {
      let end = source[i + 2]
      let skip = 2
      if (end === '\\') {
        const escape = readEscape(source, i + 2)
        end = escape.char ?? end
        skip = 1 + escape.length
      }
      members.push(`${char}-${end}`)
      if (ignoreCase && /[a-z]/i.test(char) && /[a-z]/i.test(end)) {
        const flip = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())
        members.push(`${flip(char)}-${flip(end)}`)
      }
      i += skip
      continue
    }
    addChar(char)
  }
  const body = `${closeBracket ? ']' : ''}${members.join('')}${dash ? '-' : ''}`
  return { ere: `[${negated ? '^' : ''}${body}]`, length: i - at + 1 }
}

/** Length of the group starting at `source[at] === '('`, including both parentheses. */
function groupLength(source: string, at: number): number {
  let depth = 0
  for (let i = at; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i - at + 1
  }
  return source.length - at
}

/** One JS regular expression as a POSIX ERE for GNU grep (see the module comment for what is widened). */
export function toEre(pattern: RegExp): string {
  const source = pattern.source
  const ignoreCase = pattern.flags.includes('i')
  let ere = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const escape = readEscape(source, i)
      i += escape.length - 1
      if (escape.shorthand) {
        const shorthand = CLASS_ESCAPES[escape.shorthand.toLowerCase()]
        ere += `[${escape.shorthand === escape.shorthand.toLowerCase() ? shorthand.positive : shorthand.negative}]`
      } else if (escape.assertion) ere += escape.assertion
      else ere += literal(escape.char ?? '', ignoreCase)
    } else if (c === '[') {
      const converted = convertClass(source, i, ignoreCase)
      ere += converted.ere
      i += converted.length - 1
    } else if (c === '(' && source[i + 1] === '?') {
      if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(i))) {
        i += groupLength(source, i) - 1
        // A quantifier on a removed lookaround would now quantify nothing.
        if (/[?*+]/.test(source[i + 1] ?? '')) i++
      } else {
        ere += '('
        i += source[i + 2] === ':' ? 2 : source.indexOf('>', i) - i
      }
    } else if ((c === '?' || c === '+' || c === '*' || c === '}') && source[i + 1] === '?') {
      ere += c
      i++
    } else if (/[a-zA-Z]/.test(c) && ignoreCase) ere += literal(c, true)
    else ere += c
  }
  return ere
}

function literal(char: string, ignoreCase: boolean): string {
  if (ignoreCase && /[a-zA-Z]/.test(char)) return `[${char.toLowerCase()}${char.toUpperCase()}]`
  return ERE_SPECIAL.has(char) ? `\\${char}` : char
}

/** Writes the rules as a grep pattern file (one ERE per line) and returns how many it holds. */
export function writeRulePatternFile(path: string): number {
  const patterns = RULES.map(rule => toEre(rule.pattern))
  writeFileSync(path, `${patterns.join('\n')}\n`)
  return patterns.length
}

/**
 * Seconds `grep -E -c -f patternFile log` takes (median of `repeats` runs) and the count it
 * printed. grep runs with LC_ALL=C, byte semantics: its fastest honest mode for ASCII rules
 * (in a UTF-8 locale GNU grep 3.8 falls back to a far slower matcher on these patterns).
 */
export function timeGrep(patternFile: string, log: string, repeats = 3): { seconds: number; count: number } {
  const runs: { seconds: number; count: number }[] = []
  for (let run = 0; run < repeats; run++) {
    const started = process.hrtime.bigint()
    let output: string
    try {
      output = execFileSync('grep', ['-E', '-c', '-f', patternFile, log], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' }
      })
    } catch (error) {
      // grep exits 1 when nothing matched; that is a count of 0, not a failure.
      const failed = error as { status?: number; stdout?: string }
      if (failed.status !== 1) throw error
      output = failed.stdout ?? '0'
    }
    runs.push({ seconds: Number(process.hrtime.bigint() - started) / 1e9, count: Number(output.trim()) })
  }
  runs.sort((a, b) => a.seconds - b.seconds)
  return runs[Math.floor(runs.length / 2)]
}
