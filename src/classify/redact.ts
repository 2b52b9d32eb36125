/**
 * Secret redaction (SPEC 9). Every log line passes through here right after it is read,
 * before extraction, classification, issues, reports or the LLM see it, and so does every
 * name a repository's users choose (workflows, jobs, steps, branches, commit messages).
 *
 * Three promises hold for any input:
 * - Invisible text cannot hide a secret: format characters (Unicode Cf: zero-width, bidi,
 *   soft hyphen, BOM, tag characters), blank fillers, control characters (U+0085 among
 *   them) and ANSI/OSC escape sequences are removed *before* matching, which is what every
 *   renderer does afterwards anyway. A token split by them is whole again when it is matched.
 * - A secret glued to the text before it (`token%3Dghp_…`, JSON's `\nghp_…`) is still found:
 *   token formats are anchored on their documented prefixes, never on a word boundary.
 * - Time is linear in the length of the text: no pattern nests quantifiers on unbounded
 *   input, and URL user info, the one shape that needs a search in both directions, is found
 *   by a scan that reads each character at most twice.
 *
 * Each pattern names the kind of secret so a reader of the redacted text still knows what
 * was there (`[REDACTED:github-token]`). Patterns use each vendor's documented prefix and
 * minimum length, so prose (`sk-learn`), short ids and git shas survive intact.
 */

import { literalRequirement, PatternPrefilter, TagSet } from './literals.js'

interface SecretPattern {
  kind: string
  /**
   * What the secret looks like; the log scan reads the literal text it needs from its source.
   * Unless `apply` is set, each match is replaced (by `replace`, or by the marker).
   */
  pattern: RegExp
  replace?: (match: string, ...groups: string[]) => string
  /** A redaction that is no single regular expression: `pattern` then only describes it. */
  apply?: (text: string) => string
  /**
   * Its literal text is too common to route log lines by (`SK`, `AC`): scanners test it on
   * every line they decode instead.
   */
  unrouted?: boolean
}

const marker = (kind: string): string => `[REDACTED:${kind}]`

/** Values that are placeholders, not secrets: GitHub's `***` mask, expressions, env references. */
const PLACEHOLDER_VALUE =
  /^(?:\*+|\$\{\{[^}]*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%|<[^>]*>|\[REDACTED:[a-z-]+\]|null|none|nil|true|false|undefined|bearer|basic|x+)$/i

function isPlaceholder(value: string): boolean {
  return value.length < 3 || PLACEHOLDER_VALUE.test(value) || value.includes('[REDACTED:')
}

/**
 * The key words of an assignment. Only the word is matched, not the name around it
 * (`SMTP_PASSWORD`): the replacement keeps the name anyway, and a leading `[\w.-]*` would make
 * the search quadratic in the length of every run of word characters.
 */
const ASSIGNMENT_KEYS =
  '(?:password|passwd|passphrase|pwd|_pass|-pass|_pat|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|_key|_auth|"auth|credentials?)'

/** A name may go on after its key word (`SECRET_KEY_BASE`, `TOKEN_FOR_DEPLOY`): up to two more parts. */
const KEY_SUFFIX = '(?:[_-][A-Za-z0-9]{1,16}){0,2}'

/** `=` or `:` between a key and its value, also URL-encoded (`%3D`, `%3A`) and spelled `:=` or `=>`. */
const ASSIGNMENT_SEPARATOR = '(?::=|=>|[:=]|%3[ADad])'

/** A quote that may close the key (`"password":`), also JSON-escaped or URL-encoded. */
const KEY_QUOTE = `(?:\\\\?["'\`]|%2[27])?`

/**
 * Values of command-line password flags and assignments: a double- or single-quoted value
 * (spaces allowed, up to the closing quote or the line's end), a JSON-escaped quoted one,
 * or a bare word with the quoted text glued to it (`token=SMTP_PASSWORD="a b c"` is one value).
 */
const FLAG_VALUE = `(?:"([^"\\r\\n]*)("?)|'([^'\\r\\n]*)('?)|\\\\"([^"\\\\\\r\\n]*)((?:\\\\")?)|([^\\s"'\`\\\\,;&]+(?:"[^"\\r\\n]*"?|'[^'\\r\\n]*'?)?)())`

/** Rebuilds `prefix` + a quoted or bare value, with the value replaced when it is a secret. */
function quotedValueReplacer(kind: string) {
  return (
    match: string,
    prefix: string,
    dq: string | undefined,
    dqEnd: string | undefined,
    sq: string | undefined,
    sqEnd: string | undefined,
    escaped: string | undefined,
    escapedEnd: string | undefined,
    bare: string | undefined
  ): string => {
    const [open, value, close] =
      dq !== undefined
        ? ['"', dq, dqEnd]
        : sq !== undefined
          ? ["'", sq, sqEnd]
          : escaped !== undefined
            ? ['\\"', escaped, escapedEnd]
            : ['', bare ?? '', '']
    if (isPlaceholder(value.trim()) || value.startsWith('$')) return match
    return `${prefix}${open}${marker(kind)}${close ?? ''}`
  }
}

/**
 * User info of URLs (`scheme://user:password@host`, `scheme://TOKEN@host`). From each `://`
 * the scan runs to the first character that ends an authority (`/`, `?`, `#`, a space, a
 * quote); the user info is what comes before the last `@` on the way. The next search starts
 * where that scan ended, so no character is read twice by the scans: linear time.
 */
function redactUrlCredentials(text: string): string {
  let result = ''
  let copied = 0
  let at = text.indexOf('://')
  while (at !== -1) {
    const start = at + 3
    let end = start
    let lastAt = -1
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end)
      if (code === 0x40) lastAt = end
      else if (endsAuthority(code)) break
    }
    if (lastAt > start) {
      const userInfo = text.slice(start, lastAt)
      const redacted = redactUserInfo(userInfo)
      if (redacted !== userInfo) {
        result += text.slice(copied, start) + redacted
        copied = lastAt
      }
    }
    at = text.indexOf('://', Math.max(end, start))
  }
  return copied === 0 ? text : result + text.slice(copied)
}

/** `/ ? # \ " ' \` < > ( ) [ ] { } |`, spaces and controls: none is part of an authority. */
function endsAuthority(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x2f ||
    code === 0x3f ||
    code === 0x23 ||
    code === 0x5c ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x60 ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x7b ||
    code === 0x7d ||
    code === 0x7c
  )
}

/** A user name that is a credential itself (`https://TOKEN@host`): long, or letters and digits mixed. */
function looksLikeToken(user: string): boolean {
  return user.length >= 20 || (user.length >= 8 && /\d/.test(user) && /[A-Za-z]/.test(user))
}

function redactUserInfo(userInfo: string): string {
  const colon = userInfo.indexOf(':')
  const user = colon === -1 ? userInfo : userInfo.slice(0, colon)
  const password = colon === -1 ? '' : userInfo.slice(colon + 1)
  if (password !== '' && !isUrlPlaceholder(password)) return `${user}:${marker('url-credentials')}`
  if (user !== '' && !isUrlPlaceholder(user) && looksLikeToken(user)) {
    return colon === -1 ? marker('url-credentials') : `${marker('url-credentials')}:${password}`
  }
  return userInfo
}

function isUrlPlaceholder(value: string): boolean {
  return PLACEHOLDER_VALUE.test(value) || value.includes('[REDACTED:')
}

/**
 * Order matters: specific token formats first, so a GitHub token inside `token=ghp_...`
 * is reported as a github-token, then the command-line and assignment rules mop up the rest.
 */
const SECRET_PATTERNS: SecretPattern[] = [
  {
    kind: 'private-key',
    // Up to the END line or the end of the text: a block cut off by the end is still a key.
    pattern:
      /-----BEGIN ((?:[A-Z0-9]{1,16} ){0,4}PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g
  },
  // A lone BEGIN line (per-line use): the rest of the block arrives on later lines.
  { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z0-9]{1,16} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'github-token', pattern: /github_pat_[A-Za-z0-9_]{22,}/g },
  { kind: 'github-token', pattern: /gh[pousr]_[A-Za-z0-9]{30,}/g },
  {
    kind: 'gitlab-token',
    pattern:
      /gl(?:pat|dt|rt|ptt|cbt|ft|imt|oas|soat|agent|wt|ffct)-[A-Za-z0-9_.-]{20,}|GR1348941[A-Za-z0-9_-]{20,}/g
  },
  { kind: 'anthropic-key', pattern: /sk-ant-[A-Za-z0-9_-]{20,}/g },
  {
    kind: 'openai-key',
    // A bare `sk-` glued to a word needs the 32+ letters and digits of a real key (`task-list` is prose).
    pattern:
      /sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{32,}|(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g
  },
  { kind: 'stripe-key', pattern: /(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9+/=]{20,}/g },
  {
    kind: 'slack-webhook',
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/gi
  },
  { kind: 'slack-token', pattern: /xox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}/g },
  {
    kind: 'aws-access-key',
    pattern: /(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|A3T[A-Z0-9])[A-Z0-9]{16}/g
  },
  {
    kind: 'aws-secret-key',
    pattern:
      /(aws_?secret_?access_?key|aws_?secret|secret_?access_?key)((?:\\?["'])?\s*(?:[:=]|%3[ADad])\s*(?:\\?["'])?|\s+)([A-Za-z0-9/+=]{40})/gi,
    replace: (_m, key, sep) => `${key}${sep}${marker('aws-secret-key')}`
  },
  {
    kind: 'azure-key',
    pattern:
      /(AccountKey|SharedAccessKey|SharedAccessSignature|[?&;]sig)=((?:[A-Za-z0-9+/=]|%[0-9A-Fa-f]{2}){20,})/gi,
    replace: (_m, key) => `${key}=${marker('azure-key')}`
  },
  // Azure AD (Entra) client secrets: three characters, a digit, `Q~`, then 31 to 34 more.
  { kind: 'azure-key', pattern: /[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/g },
  { kind: 'google-api-key', pattern: /AIza[0-9A-Za-z_-]{35}/g },
  { kind: 'google-oauth', pattern: /GOCSPX-[A-Za-z0-9_-]{20,}|ya29\.[A-Za-z0-9_-]{20,}/g },
  { kind: 'npm-token', pattern: /npm_[A-Za-z0-9]{36,}/g },
  { kind: 'pypi-token', pattern: /pypi-[A-Za-z0-9_-]{50,}/g },
  { kind: 'huggingface-token', pattern: /hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,}/g },
  { kind: 'docker-token', pattern: /dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,}/g },
  {
    kind: 'api-token',
    // Other services' documented token prefixes: Shopify, Databricks, Atlassian, New Relic,
    // Doppler, Linear, HashiCorp Vault and Terraform Cloud, Sentry, Postman, Grafana, Figma,
    // DigitalOcean, Supabase.
    pattern:
      /shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dapi[a-f0-9]{32}|ATATT3[A-Za-z0-9_=-]{20,}|NRAK-[A-Z0-9]{27}|dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,}|lin_api_[A-Za-z0-9]{40}|hv[sbr]\.[A-Za-z0-9_-]{24,}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}|sntr[ysu]s?_[A-Za-z0-9_=+/-]{30,}|PMAK-[A-Za-z0-9]{24}-[A-Za-z0-9]{34}|gl(?:c|sa)_[A-Za-z0-9_]{32,}|figd_[A-Za-z0-9_-]{40,}|do[por]_v1_[a-f0-9]{64}|sbp_[a-f0-9]{40}/g
  },
  { kind: 'sendgrid-key', pattern: /SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g },
  // Twilio API key and account SIDs: the prefix and 32 lower-case hex digits.
  { kind: 'twilio-key', pattern: /(?:SK|AC)[0-9a-f]{32}/g, unrouted: true },
  {
    kind: 'jwt',
    // Header and payload are enough to redact: a JWT cut before its signature still identifies it.
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+)?/g
  },
  {
    kind: 'bearer-token',
    pattern: /(Bearer\s+)([A-Za-z0-9._~+/-]{16,}=*)/gi,
    replace: (_m, prefix) => `${prefix}${marker('bearer-token')}`
  },
  {
    kind: 'basic-auth',
    pattern: /(Authorization:\s*(?:Basic|token)\s+)([A-Za-z0-9._~+/-]{8,}=*)/gi,
    replace: (_m, prefix) => `${prefix}${marker('authorization')}`
  },
  { kind: 'url-credentials', pattern: /:\/\/[^\s/@]*@/, apply: redactUrlCredentials },
  {
    kind: 'secret',
    // `--password x`, `--token=x`, `-p x` after a registry login, `-pSECRET` for MySQL.
    pattern: new RegExp(
      `((?:--|(?<![\\w-])-)(?:password|passwd|passphrase|token|api-?key|secret|client-secret|auth-token|access-token|private-key|storepass|keypass|store-password|key-password)(?:=|[ \\t]+(?=[^\\s-]))|(?:(?:docker|podman|buildah|helm|oras|skopeo|nerdctl|crane)[ \\t]+(?:registry[ \\t]+)?login|sshpass)[^\\r\\n]{0,256}?[ \\t]-p(?:=|[ \\t]*(?=[^\\s-]))|mysql(?:admin|dump)?[ \\t][^\\r\\n]{0,256}?[ \\t]-p(?=[^\\s-]))${FLAG_VALUE}`,
      'gi'
    ),
    replace: quotedValueReplacer('secret') as (match: string, ...groups: string[]) => string
  },
  {
    kind: 'secret',
    // `aws configure set aws_secret_access_key VALUE`: a key and its value separated by a space.
    pattern:
      /(aws[ \t]+configure[ \t]+set[ \t]+(?:[\w-]{1,64}\.)?[\w-]{0,64}(?:secret|token|key|password)[\w-]{0,64}[ \t]+)([^\s"']+)/gi,
    replace: (m, prefix, value) => (isPlaceholder(value) ? m : `${prefix}${marker('secret')}`)
  },
  {
    kind: 'assignment',
    pattern: new RegExp(
      // GitHub's `***` mask is no secret: leaving it unmatched spares the replacement.
      `(${ASSIGNMENT_KEYS}${KEY_SUFFIX}${KEY_QUOTE}[ \\t]*${ASSIGNMENT_SEPARATOR}[ \\t]*)(?!\\*+(?:[\\s,;&'"]|$))${FLAG_VALUE}`,
      'gi'
    ),
    replace: quotedValueReplacer('secret') as (match: string, ...groups: string[]) => string
  }
]

/**
 * Unicode's format characters (category Cf, Unicode 16) spelled out, the blank fillers
 * Markdown rendering strips too, and the C1 controls (U+0085 among them), as a regex source:
 * a search for `\p{Cf}` takes several times longer, and the log scan runs this one on many
 * lines. A test checks the list against `\p{Cf}`.
 */
export const INVISIBLE_CHARACTERS =
  '[\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb' +
  '\\u115f\\u1160\\u3164\\uffa0\\u0080-\\u009f]|\\u17b4|\\u17b5' +
  '|\\ud804[\\udcbd\\udccd]|\\ud80d[\\udc30-\\udc3f]|\\ud82f[\\udca0-\\udca3]|\\ud834[\\udd73-\\udd7a]|\\udb40[\\udc01\\udc20-\\udc7f]'

const NOT_ASCII = /[^\x00-\x7f]/

/**
 * Whether `text` holds one of INVISIBLE_CHARACTERS (`new RegExp(INVISIBLE_CHARACTERS).test`),
 * told from the code units from its first one outside ASCII: a line of a log holding a `✓`
 * or a `›` takes several times longer to search with the regex, which a test compares this with.
 */
export function holdsInvisible(text: string): boolean {
  const first = text.search(NOT_ASCII)
  if (first === -1) return false
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80 && isInvisibleAt(text, i, code)) return true
  }
  return false
}

/** Whether the code unit `code` (not ASCII) at `text[i]` starts one of INVISIBLE_CHARACTERS. */
function isInvisibleAt(text: string, i: number, code: number): boolean {
  if (code <= 0x9f) return true
  if (code < 0x600) return code === 0xad
  if (code < 0x1000) {
    return (
      code <= 0x605 ||
      code === 0x61c ||
      code === 0x6dd ||
      code === 0x70f ||
      code === 0x890 ||
      code === 0x891 ||
      code === 0x8e2
    )
  }
  if (code < 0x2000) {
    return code === 0x115f || code === 0x1160 || code === 0x17b4 || code === 0x17b5 || code === 0x180e
  }
  if (code < 0x2100) {
    return (
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2060 && code <= 0x206f && code !== 0x2065)
    )
  }
  if (code < 0xd800) return code === 0x3164
  if (code < 0xdc00) {
    // A high surrogate: the characters outside the BMP listed, by their low surrogate.
    const low = text.charCodeAt(i + 1)
    switch (code) {
      case 0xd804:
        return low === 0xdcbd || low === 0xdccd
      case 0xd80d:
        return low >= 0xdc30 && low <= 0xdc3f
      case 0xd82f:
        return low >= 0xdca0 && low <= 0xdca3
      case 0xd834:
        return low >= 0xdd73 && low <= 0xdd7a
      case 0xdb40:
        return low === 0xdc01 || (low >= 0xdc20 && low <= 0xdc7f)
      default:
        return false
    }
  }
  return code === 0xfeff || code === 0xffa0 || (code >= 0xfff9 && code <= 0xfffb)
}

/**
 * Text that can hide a secret from a pattern and that renderers remove afterwards: the
 * invisible characters above and the C0 controls other than tab and line feed (carriage
 * returns among them).
 */
const HIDDEN = new RegExp(`${INVISIBLE_CHARACTERS}|[\\x00-\\x08\\x0b-\\x1f\\x7f]`, 'g')
/** Printable ASCII, tabs and line feeds hide nothing: the common case, and a faster search. */
const NOT_PLAIN = /[^\t\n\x20-\x7e]/
const HAS_HIDDEN = new RegExp(HIDDEN.source)
/**
 * CSI (colours) and OSC (hyperlinks, titles) escape sequences. An OSC sequence ends at the
 * first BEL or ESC: a greedy end would swallow the link text, a token's prefix with it.
 */
const ESCAPE_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g

/**
 * `text` as a reader will see it: escape sequences, format and control characters removed
 * (line breaks and tabs kept; CRLF becomes LF). Redaction matches this text, so nothing
 * invisible can split a secret.
 */
export function revealHidden(text: string): string {
  if (!NOT_PLAIN.test(text) || !HAS_HIDDEN.test(text)) return text
  const withoutEscapes = text.includes('\x1b') ? text.replace(ESCAPE_SEQUENCE, '') : text
  return withoutEscapes.replace(HIDDEN, '')
}

/**
 * `value` (plain data: a report, outputs) with every string in it redacted: what a
 * repository's users wrote (names, titles, workflow files) reaches no report unredacted.
 */
export function redactStrings<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' ? redactSecrets(item) : item
  ) as T
}

/**
 * Replaces every secret found in `text` with a `[REDACTED:<kind>]` marker, after removing
 * what could hide one (`revealHidden`). Works on a whole text (multi-line private key blocks
 * are removed entirely) or on one line at a time.
 */
export function redactSecrets(text: string): string {
  const redacted = redactVisible(revealHidden(text))
  return PERCENT_ESCAPE.test(redacted) ? redactEncoded(redacted) : redacted
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/
/** Runs of escapes, each decoded in one go: one callback per escape would cost more than the rest. */
const PERCENT_ESCAPE_RUNS = /(?:%[0-9A-Fa-f]{2})+/g

/** `%41%42` -> `AB`, byte by byte (an escaped UTF-8 sequence decodes to Latin-1 text, harmlessly). */
function decodeEscapeRun(run: string): string {
  const codes = new Array<number>(run.length / 3)
  for (let i = 0; i < codes.length; i++) {
    codes[i] = (hexValue(run.charCodeAt(3 * i + 1)) << 4) | hexValue(run.charCodeAt(3 * i + 2))
  }
  let decoded = ''
  for (let i = 0; i < codes.length; i += 4096) decoded += String.fromCharCode(...codes.slice(i, i + 4096))
  return decoded
}

function hexValue(code: number): number {
  return code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57
}

/**
 * `redacted` (a redacted text holding percent escapes) checked again with its escapes
 * decoded, twice over for double encoding: a secret a URL's query or a form body encoded
 * (`--password%20x`, `-----BEGIN%20PRIVATE%20KEY-----`) is found in the decoded text, which
 * is then what comes out, redacted. A text with nothing hidden that way comes out as it was.
 */
function redactEncoded(redacted: string): string {
  let decoded = redacted
  for (let round = 0; round < 2 && PERCENT_ESCAPE.test(decoded); round++) {
    decoded = revealHidden(decoded.replace(PERCENT_ESCAPE_RUNS, decodeEscapeRun))
  }
  const redactedDecoded = redactVisible(decoded)
  return redactedDecoded === decoded ? redacted : redactedDecoded
}

/** Redacts a text that holds nothing hidden any more. */
function redactVisible(visible: string): string {
  if (visible.length > LONG_TEXT) return redactLongText(visible)
  const lower = visible.toLowerCase()
  let result = visible
  SECRET_PATTERNS.forEach((secret, index) => {
    if ((SECRET_HINTS[index] as string[]).some(hint => lower.includes(hint)))
      result = applyPattern(secret, result)
  })
  return result
}

/**
 * Past this length a text is searched for the patterns' literals in one pass by an automaton
 * rather than once per literal: each search of a long text costs its length.
 */
const LONG_TEXT = 4096

function redactLongText(visible: string): string {
  secretScan ??= new PatternPrefilter(SECRET_PATTERNS.map(({ pattern }, tag) => ({ tag, pattern })))
  const candidates = new TagSet(SECRET_PATTERNS.length)
  secretScan.collect(visible, candidates)
  let result = visible
  SECRET_PATTERNS.forEach((secret, index) => {
    if (candidates.has(index)) result = applyPattern(secret, result)
  })
  return result
}

/** Built on first use: most runs redact no long text, and the automaton costs start-up time. */
let secretScan: PatternPrefilter | undefined

function applyPattern({ kind, pattern, replace, apply }: SecretPattern, text: string): string {
  if (apply) return apply(text)
  return replace
    ? text.replace(pattern, replace as (substring: string, ...args: string[]) => string)
    : text.replace(pattern, marker(kind))
}

/**
 * Per pattern, the literal text (lower case) one of which its matches contain: a text holding
 * none of a pattern's skips it. A replacement only ever takes text away or adds a marker, so
 * what the original text holds decides for the whole run.
 */
const SECRET_HINTS: readonly string[][] = SECRET_PATTERNS.map(({ pattern }) =>
  literalRequirement(pattern).clauses.flatMap(([lead]) => (lead ?? []).map(literal => literal.toLowerCase()))
)

/** The secret patterns in the order redactSecrets applies them, for scanners that route lines to them. */
export const SECRET_REGEXPS: readonly RegExp[] = SECRET_PATTERNS.map(secret => secret.pattern)

/** Indices (into SECRET_REGEXPS) of the patterns to test on every line a scanner decodes, unrouted. */
export const UNROUTED_SECRETS: readonly number[] = SECRET_PATTERNS.flatMap((secret, index) =>
  secret.unrouted ? [index] : []
)

/**
 * redactSecrets(text) for a text in which only the patterns at `candidates` (indices into
 * SECRET_REGEXPS) can match, because the text holds the literal text of those only, and
 * which holds nothing hidden (the scan cleaned it). A text none of them changes costs one
 * search per candidate; any other takes the full path.
 */
export function redactSecretsAmong(text: string, candidates: readonly number[]): string {
  for (const index of candidates) {
    if (applyPattern(SECRET_PATTERNS[index] as SecretPattern, text) !== text) return redactSecrets(text)
  }
  return text
}

const PRIVATE_KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,16} ){0,4}PRIVATE KEY(?: BLOCK)?-----/
const PRIVATE_KEY_END = /-----END (?:[A-Z0-9]{1,16} ){0,4}PRIVATE KEY(?: BLOCK)?-----/
/** Either line of a private key block: only such a line can change privateKeyOpenAfter's answer. */
export const PRIVATE_KEY_BOUNDARY = /-----(?:BEGIN|END) (?:[A-Z0-9]{1,16} ){0,4}PRIVATE KEY(?: BLOCK)?-----/

/** Whether a private key block is open after `line`, given whether one was open before it. */
export function privateKeyOpenAfter(line: string, openBefore: boolean): boolean {
  if (openBefore) return !PRIVATE_KEY_END.test(line)
  return PRIVATE_KEY_BEGIN.test(line) && !PRIVATE_KEY_END.test(line)
}

/** Whether `line` ends a private key block without opening one: the END of a block begun earlier. */
export function closesPrivateKey(line: string): boolean {
  return PRIVATE_KEY_END.test(line) && !PRIVATE_KEY_BEGIN.test(line)
}

/**
 * A line of a private key's body: base64 only (with its padding), at least 16 characters,
 * upper case, lower case and digits mixed (a hex digest has no upper case). A log read from
 * the middle that starts with such a line starts inside a key.
 */
const KEY_BODY_LINE = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[^0-9]*[0-9])[A-Za-z0-9+/]{16,}={0,2}$/

export function looksLikeKeyBody(line: string): boolean {
  return KEY_BODY_LINE.test(line.trim())
}

/**
 * One line of a stream redacted, given whether a private key block was open before it: the
 * base64 lines between BEGIN and END are dropped whole even though each arrives alone.
 */
export function redactLine(line: string, privateKeyOpen: boolean): string {
  return privateKeyOpen ? marker('private-key') : redactSecrets(line)
}
