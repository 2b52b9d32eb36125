/**
 * Branch glob matching until src/text/glob.ts exists, with the same API so the import can
 * move there: `*` and `?` stay within a path segment, `**` spans segments.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&')
}

function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '*' && pattern[i + 1] === '*') {
      const followedBySlash = pattern[i + 2] === '/'
      source += followedBySlash ? '(?:.*/)?' : '.*'
      i += followedBySlash ? 2 : 1
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else {
      source += escapeRegExp(char)
    }
  }
  return new RegExp(`^${source}$`)
}

export function matchesGlob(name: string, pattern: string): boolean {
  return globToRegExp(pattern).test(name)
}

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some(pattern => matchesGlob(name, pattern))
}
