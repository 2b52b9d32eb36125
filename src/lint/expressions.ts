/**
 * Just enough of the ${{ }} expression language for our own checks. GitHub's parser validates
 * the syntax; these helpers only find expressions in a string and the context paths they read.
 */

export interface Expression {
  /** The whole `${{ ... }}` as written. */
  text: string
  /** What is between the braces. */
  body: string
  /** Offsets of the expression in the string. */
  start: number
  end: number
}

/** Every `${{ ... }}` in a string; `}}` inside a quoted string literal does not close one. */
export function findExpressions(value: string): Expression[] {
  const found: Expression[] = []
  let start = value.indexOf('${{')
  while (start >= 0) {
    const end = closingBraces(value, start + 3)
    if (end < 0) break
    found.push({ text: value.slice(start, end), body: value.slice(start + 3, end - 2), start, end })
    start = value.indexOf('${{', end)
  }
  return found
}

/**
 * The context paths an expression reads, lower-cased, with indexes normalised to segments:
 * `github.event['issue'].title` -> `github.event.issue.title`, `x[0]` and `x[*]` -> `x.*`.
 */
export function contextPaths(body: string): string[] {
  const normalised = withoutStrings(
    body.replace(/\[\s*'([^']*)'\s*\]/g, '.$1').replace(/\[\s*(\*|\d+)\s*\]/g, '.*')
  ).toLowerCase()
  return (
    normalised.match(/(?<![\w.-])[a-z_][\w-]*(?:\s*\.\s*(?:[\w-]+|\*))*/g)?.map(p => p.replace(/\s/g, '')) ??
    []
  )
}

/**
 * True when the expression yields a boolean (a comparison, a negation or contains/startsWith/
 * endsWith), so no text from the data it reads can reach where it expands. `&&` and `||` return
 * one of their operands, so they never make an expression boolean by themselves.
 */
export function yieldsBoolean(body: string): boolean {
  const code = withoutStrings(body).trim()
  if (
    /^(contains|startswith|endswith)\s*\(/i.test(code) &&
    matchingParen(code, code.indexOf('(')) === code.length - 1
  ) {
    return true
  }
  return !/&&|\|\|/.test(code) && (/[=!]=|[<>]/.test(code) || code.startsWith('!'))
}

/** Replaces single-quoted string literals (with '' escapes) by empty literals. */
export function withoutStrings(body: string): string {
  return body.replace(/'(?:[^']|'')*'/g, "''")
}

function closingBraces(value: string, from: number): number {
  let inString = false
  for (let i = from; i < value.length; i++) {
    const char = value[i]
    if (inString) {
      if (char === "'" && value[i + 1] === "'") i++
      else if (char === "'") inString = false
    } else if (char === "'") {
      inString = true
    } else if (char === '}' && value[i + 1] === '}') {
      return i + 2
    }
  }
  return -1
}

function matchingParen(code: string, open: number): number {
  let depth = 0
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++
    else if (code[i] === ')' && --depth === 0) return i
  }
  return -1
}
