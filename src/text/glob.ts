/**
 * Glob matching for branch names and workflow names/paths: `*` matches within one
 * path segment, `**` across segments (`**` followed by `/` may also match no segment
 * at all), `?` one character other than `/`. Everything else is literal: the pattern never
 * becomes a regular expression, so pattern text cannot inject one.
 */

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'any-char' }
  | { kind: 'star' }
  | { kind: 'globstar' }
  /** `**` then `/`: nothing, or any run of whole segments ending with `/`. */
  | { kind: 'globstar-dir' }

function tokenise(pattern: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '?') {
      tokens.push({ kind: 'any-char' })
    } else if (char === '*' && pattern[i + 1] === '*') {
      i++
      if (pattern[i + 1] === '/') {
        i++
        tokens.push({ kind: 'globstar-dir' })
      } else {
        tokens.push({ kind: 'globstar' })
      }
      // Runs of more than two stars mean the same as two.
      while (pattern[i + 1] === '*') i++
    } else if (char === '*') {
      tokens.push({ kind: 'star' })
    } else {
      tokens.push({ kind: 'literal', char })
    }
  }
  return tokens
}

/** True when `name` matches `pattern` as a whole. Linear in name × pattern length (memoised). */
export function matchesGlob(name: string, pattern: string): boolean {
  const tokens = tokenise(pattern)
  const memo = new Map<number, boolean>()
  const width = name.length + 1

  const match = (t: number, n: number): boolean => {
    const key = t * width + n
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (t === tokens.length) {
      result = n === name.length
    } else {
      const token = tokens[t]
      switch (token.kind) {
        case 'literal':
          result = name[n] === token.char && match(t + 1, n + 1)
          break
        case 'any-char':
          result = n < name.length && name[n] !== '/' && match(t + 1, n + 1)
          break
        case 'star':
          result = match(t + 1, n) || (n < name.length && name[n] !== '/' && match(t, n + 1))
          break
        case 'globstar':
          result = match(t + 1, n) || (n < name.length && match(t, n + 1))
          break
        case 'globstar-dir':
          result = match(t + 1, n) || matchAfterSomeSlash(t, n)
          break
      }
    }
    memo.set(key, result)
    return result
  }

  // `**` then `/` consumed at least one whole segment: resume after any later `/`.
  const matchAfterSomeSlash = (t: number, n: number): boolean => {
    for (let i = n; i < name.length; i++) {
      if (name[i] === '/' && match(t + 1, i + 1)) return true
    }
    return false
  }

  return match(0, 0)
}

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some(pattern => matchesGlob(name, pattern))
}
