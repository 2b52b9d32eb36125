/**
 * Secret redaction (SPEC 9). Every log line passes through here right after it is read,
 * before extraction, classification, issues, reports or the LLM see it.
 *
 * Each pattern names the kind of secret so a reader of the redacted text still knows what
 * was there (`[REDACTED:github-token]`). Patterns are anchored on the documented prefixes
 * and minimum lengths of each format so that prose (`sk-learn`), short ids and git shas
 * survive intact.
 */

import { literalRequirement } from './literals.js'

interface SecretPattern {
  kind: string
  pattern: RegExp
  /** Replacement builder; by default the whole match becomes the marker. */
  replace?: (match: string, ...groups: string[]) => string
}

const marker = (kind: string): string => `[REDACTED:${kind}]`

/** Values that are placeholders, not secrets: GitHub's `***` mask, expressions, env references. */
const PLACEHOLDER_VALUE =
  /^(?:\*+|\$\{\{.*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\[REDACTED:[a-z-]+\]|null|none|true|false|undefined|x+)$/i

/**
 * The key words of an assignment. Only the word is matched, not the name around it
 * (`MY_TOKEN`): the replacement keeps the name anyway, and a leading `[\w.-]*` would make
 * the search quadratic in the length of every run of word characters.
 */
const ASSIGNMENT_KEYS =
  '(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?)'

/**
 * Order matters: specific token formats first, so a GitHub token inside `token=ghp_...`
 * is reported as a github-token, then the generic assignment rule mops up the rest.
 */
const SECRET_PATTERNS: SecretPattern[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g
  },
  // A lone BEGIN line (per-line use): the rest of the block arrives on later lines.
  { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'github-token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { kind: 'github-token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g },
  { kind: 'anthropic-key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  { kind: 'openai-key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'stripe-key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g },
  {
    kind: 'slack-webhook',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g
  },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    kind: 'aws-access-key',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g
  },
  {
    kind: 'aws-secret-key',
    pattern:
      /\b(aws_?secret_?access_?key|aws_?secret|secret_?access_?key)(["']?\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})\b/gi,
    replace: (_m, key, sep) => `${key}${sep}${marker('aws-secret-key')}`
  },
  { kind: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    kind: 'bearer-token',
    pattern: /\b(Bearer\s+)([A-Za-z0-9._~+/-]{16,}=*)/gi,
    replace: (_m, prefix) => `${prefix}${marker('bearer-token')}`
  },
  {
    kind: 'basic-auth',
    pattern: /\b(Authorization:\s*(?:Basic|token)\s+)([A-Za-z0-9._~+/-]{8,}=*)/gi,
    replace: (_m, prefix) => `${prefix}${marker('authorization')}`
  },
  {
    kind: 'url-credentials',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@'"]+):([^\s@/'"]+)@/gi,
    replace: (m, scheme, user, pass) =>
      PLACEHOLDER_VALUE.test(pass) ? m : `${scheme}${user}:${marker('url-credentials')}@`
  },
  {
    kind: 'assignment',
    pattern: new RegExp(
      // GitHub's `***` mask is no secret: leaving it unmatched spares the replacement.
      `(${ASSIGNMENT_KEYS}["']?\\s*[:=]\\s*)(?:"([^"\\s]+)"|'([^'\\s]+)'|(?!\\*+(?:[\\s,;&'"]|$))([^\\s,;&'"]+))`,
      'gi'
    ),
    replace: (m, prefix, dq, sq, bare) => {
      const value = dq ?? sq ?? bare ?? ''
      if (
        value.length < 3 ||
        value.startsWith('$') ||
        PLACEHOLDER_VALUE.test(value) ||
        value.includes('[REDACTED:')
      )
        return m
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : ''
      return `${prefix}${quote}${marker('secret')}${quote}`
    }
  }
]

/**
 * Text every pattern above needs (a superset, case-insensitive): most log lines contain
 * none of it and skip the pattern list entirely. The assignment keys count only when a `:`
 * or `=` follows them, as the assignment patterns require: "PASS src/a.test.ts" or "tokens
 * used" then cost one search, not twenty.
 */
export const SECRET_HINT =
  /gh[pousr]_|github_pat_|sk-|_live_|_test_|xox[abposr]-|hooks\.slack\.com|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|AIza|npm_|eyJ|bearer|authorization|:\/\/[^\s/@]+:[^\s@]*@|PRIVATE KEY|(?:password|passwd|pwd|secret|token|key|credentials?)["']?\s*[:=]/i

/**
 * Replaces every secret found in `text` with a `[REDACTED:<kind>]` marker. Works on a whole
 * text (multi-line private key blocks are removed entirely) or on one line at a time.
 */
export function redactSecrets(text: string): string {
  if (!SECRET_HINT.test(text)) return text
  let result = text
  let lower = text.toLowerCase()
  for (const { kind, pattern, replace, hints } of HINTED_PATTERNS) {
    if (hints !== null && !hints.some(hint => lower.includes(hint))) continue
    const replaced = replace
      ? result.replace(pattern, replace as (substring: string, ...args: string[]) => string)
      : result.replace(pattern, marker(kind))
    if (replaced !== result) {
      result = replaced
      lower = result.toLowerCase()
    }
  }
  return result
}

/**
 * Each pattern with the literal text (lower case) one of which its matches contain, or null
 * when that cannot be told: a line with a hint of some secret then skips the patterns of
 * the others (a `token: ***` line runs one pattern, not twenty).
 */
const HINTED_PATTERNS = SECRET_PATTERNS.map(secret => {
  const requirement = literalRequirement(secret.pattern)
  const hinted = !requirement.always && requirement.atEnd.length === 0
  return {
    ...secret,
    hints: hinted
      ? requirement.clauses.flatMap(([lead]) => lead ?? []).map(literal => literal.toLowerCase())
      : null
  }
})

/** The secret patterns in the order redactSecrets applies them, for scanners that route lines to them. */
export const SECRET_REGEXPS: readonly RegExp[] = SECRET_PATTERNS.map(secret => secret.pattern)

/**
 * redactSecrets(text) for a text in which only the patterns at `candidates` (indices into
 * SECRET_REGEXPS) can match, because the text holds the literal text of those only. A text
 * none of them changes costs one search per candidate; any other takes the full path.
 */
export function redactSecretsAmong(text: string, candidates: readonly number[]): string {
  for (const index of candidates) {
    const { kind, pattern, replace } = SECRET_PATTERNS[index] as SecretPattern
    const replaced = replace
      ? text.replace(pattern, replace as (substring: string, ...args: string[]) => string)
      : text.replace(pattern, marker(kind))
    if (replaced !== text) return redactSecrets(text)
  }
  return text
}

const PRIVATE_KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/
const PRIVATE_KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/
/** Either line of a private key block: only such a line can change privateKeyOpenAfter's answer. */
export const PRIVATE_KEY_BOUNDARY = /-----(?:BEGIN|END) (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/

/** Whether a private key block is open after `line`, given whether one was open before it. */
export function privateKeyOpenAfter(line: string, openBefore: boolean): boolean {
  if (openBefore) return !PRIVATE_KEY_END.test(line)
  return PRIVATE_KEY_BEGIN.test(line) && !PRIVATE_KEY_END.test(line)
}

/**
 * One line of a stream redacted, given whether a private key block was open before it: the
 * base64 lines between BEGIN and END are dropped whole even though each arrives alone.
 */
export function redactLine(line: string, privateKeyOpen: boolean): string {
  return privateKeyOpen ? marker('private-key') : redactSecrets(line)
}
