/**
 * Every secret format the redactor knows, planted in every context an attacker controls (glued
 * to a word, split by an invisible character or an escape sequence, on a line cut, on the
 * boundary of a log tail, inside JSON and inside URL encoding), never reaches a sink: the
 * redacted text, the extracted excerpt, the Markdown and HTML renderers, the AI prompt.
 *
 * A sink is read the way its reader would: escape sequences, invisible characters and
 * Markdown/HTML escapes removed, so that a secret only hidden by them counts as a leak.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildPrompt } from '../../src/ai/client.js'
import { classifyExcerpt } from '../../src/classify/classifier.js'
import { extractExcerptFromText } from '../../src/classify/extract.js'
import { redactSecrets } from '../../src/classify/redact.js'
import { decodeTail } from '../../src/github/logs.js'
import { escapeHtml } from '../../src/health/charts.js'
import {
  codeCell,
  codeSpan,
  escapeMarkdownInline,
  fenceBlock,
  issueTitle,
  neutraliseMentions
} from '../../src/text/markdown.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const BASE64 = `${ALNUM}+/`
const URL_SAFE = `${ALNUM}_-`
const HEX = '0123456789abcdef'
const DIGITS = '0123456789'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'

/** Random text drawn from a pool of entropy, one alphabet at a time. */
class Entropy {
  private at = 0
  constructor(private readonly pool: readonly number[]) {}
  take(length: number, alphabet = ALNUM): string {
    let text = ''
    for (let i = 0; i < length; i++) {
      text += alphabet[(this.pool[this.at++ % this.pool.length] as number) % alphabet.length]
    }
    // Every value holds letters and digits (a real key does), so it cannot be mistaken for prose.
    return alphabet === ALNUM || alphabet === BASE64 || alphabet === URL_SAFE
      ? `${text.slice(0, -3)}q7Z`
      : text
  }
}

interface Planted {
  /** The text holding the secret, as a log or a name would. */
  text: string
  /** The parts that must never come out (each long and random enough not to occur by chance). */
  secrets: string[]
}

type Format = (random: Entropy) => Planted

const token =
  (build: (random: Entropy) => [prefix: string, secret: string, suffix?: string]): Format =>
  random => {
    const [prefix, secret, suffix = ''] = build(random)
    return { text: `${prefix}${secret}${suffix}`, secrets: [secret] }
  }

/** Every format, by name: token formats by their vendors' documented shapes, then contextual ones. */
const FORMATS: Record<string, Format> = {
  'github ghp_': token(r => ['ghp_', r.take(36)]),
  'github gho_': token(r => ['gho_', r.take(36)]),
  'github ghu_': token(r => ['ghu_', r.take(36)]),
  'github ghs_': token(r => ['ghs_', r.take(36)]),
  'github ghr_': token(r => ['ghr_', r.take(36)]),
  'github fine-grained': token(r => ['github_pat_', `${r.take(22)}_${r.take(59)}`]),
  'gitlab glpat-': token(r => ['glpat-', r.take(20, URL_SAFE)]),
  'slack xoxb-': token(r => [`xoxb-${r.take(12, DIGITS)}-${r.take(13, DIGITS)}-`, r.take(24)]),
  'slack xoxp-': token(r => [`xoxp-${r.take(12, DIGITS)}-${r.take(12, DIGITS)}-`, r.take(32, HEX)]),
  'slack xapp-': token(r => [`xapp-1-A${r.take(10, UPPER_DIGITS)}-${r.take(13, DIGITS)}-`, r.take(64, HEX)]),
  'slack xoxe.xoxp-': token(r => ['xoxe.xoxp-1-', r.take(40)]),
  'slack webhook': token(r => [
    `https://hooks.slack.com/services/T${r.take(8, UPPER_DIGITS)}/B${r.take(8, UPPER_DIGITS)}/`,
    r.take(24)
  ]),
  'aws access key id': token(r => ['AKIA', r.take(16, UPPER_DIGITS)]),
  'aws session key id': token(r => ['ASIA', r.take(16, UPPER_DIGITS)]),
  'aws secret key': token(r => ['AWS_SECRET_ACCESS_KEY=', r.take(40, BASE64)]),
  'aws configure set': token(r => ['aws configure set aws_secret_access_key ', r.take(40, BASE64)]),
  'azure storage key': token(r => [
    'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=',
    r.take(86, BASE64),
    '==;EndpointSuffix=core.windows.net'
  ]),
  'azure client secret': token(r => ['', `${r.take(3)}8Q~${r.take(34)}`]),
  'gcp api key': token(r => ['AIza', r.take(35, URL_SAFE)]),
  'gcp oauth client secret': token(r => ['GOCSPX-', r.take(28, URL_SAFE)]),
  'gcp service account': random => {
    const lines = [random.take(64, BASE64), random.take(64, BASE64)]
    const key = `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`
    return { text: JSON.stringify({ type: 'service_account', private_key: key }), secrets: lines }
  },
  'stripe sk_live_': token(r => ['sk_live_', r.take(24)]),
  'stripe rk_live_': token(r => ['rk_live_', r.take(24)]),
  'stripe whsec_': token(r => ['whsec_', r.take(32)]),
  'twilio api key': token(r => ['SK', r.take(32, HEX)]),
  sendgrid: token(r => ['SG.', `${r.take(22, URL_SAFE)}.${r.take(43, URL_SAFE)}`]),
  npm: token(r => ['npm_', r.take(36)]),
  pypi: token(r => ['pypi-AgEIcHlwaS5vcmc', r.take(70, URL_SAFE)]),
  'docker hub': token(r => ['dckr_pat_', r.take(27, URL_SAFE)]),
  'hugging face': token(r => ['hf_', r.take(34, LOWER + LOWER.toUpperCase())]),
  'openai project key': token(r => ['sk-proj-', r.take(64, URL_SAFE)]),
  'openai legacy key': token(r => ['sk-', r.take(48)]),
  anthropic: token(r => ['sk-ant-api03-', r.take(93, URL_SAFE)]),
  jwt: token(r => [
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.',
    `eyJ${r.take(40, URL_SAFE)}.${r.take(43, URL_SAFE)}`
  ]),
  'pem private key': random => {
    const lines = [random.take(64, BASE64), random.take(64, BASE64), random.take(40, BASE64)]
    return {
      text: ['-----BEGIN RSA PRIVATE KEY-----', ...lines, '-----END RSA PRIVATE KEY-----'].join('\n'),
      secrets: lines
    }
  },
  'url user and password': token(r => ['https://deploy:', r.take(16), '@git.example.com/acme/cart.git']),
  'url token only': token(r => ['https://', r.take(40), '@github.com/acme/cart.git']),
  'bearer header': token(r => ['Authorization: Bearer ', r.take(32, URL_SAFE)]),
  'password flag': token(r => ['mysql -u root --password ', r.take(16), ' -h db']),
  'password flag with =': token(r => ['./deploy --password=', r.take(16)]),
  'docker login -p': token(r => ['docker login -u bot -p ', r.take(16), ' registry.example.com']),
  'quoted env assignment': random => {
    const value = `${random.take(7, LOWER)} ${random.take(6, LOWER)} ${random.take(8, LOWER)}`
    return { text: `SMTP_PASSWORD="${value}"`, secrets: [value] }
  }
}

const INVISIBLE = [
  '\u200b',
  '\u00ad',
  '\u2060',
  '\u200e',
  '\u200d',
  '\ufeff',
  '\u0085',
  '\u202e',
  '\u{e0041}'
]
const ESCAPES = ['\x1b[31m', '\x1b[0m', '\x1b]8;;https://example.com/\x1b\\', '\x1b]8;;\x07']
const GLUE = ['token%3D', 'x', 'value\\n', 'id_', 'Z9', '\\"']
const MAX_LINE = 2000

interface Case {
  format: string
  context: string
  pool: number[]
  at: number
  pick: number
}

/** The context applied: the log holding the planted text, and the same text as a name. */
function plant(planted: Planted, { context, at, pick }: Case): { log: string; name: string; tail?: boolean } {
  const { text } = planted
  const position = 1 + (at % Math.max(1, text.length - 1))
  const insert = (piece: string): string => `${text.slice(0, position)}${piece}${text.slice(position)}`
  switch (context) {
    case 'plain':
      return { log: `deploy: ${text} was rejected`, name: `deploy ${text}` }
    case 'glued': {
      const glued = `${GLUE[pick % GLUE.length]}${text}`
      return { log: glued, name: glued }
    }
    case 'invisible': {
      const split = insert(INVISIBLE[pick % INVISIBLE.length] as string)
      return { log: split, name: split }
    }
    case 'escape': {
      const split = insert(ESCAPES[pick % ESCAPES.length] as string)
      return { log: split, name: split }
    }
    case 'line cut': {
      // The line's cut falls inside the planted text.
      const line = `${'x'.repeat(MAX_LINE - position)} ${text}`
      return { log: line, name: line }
    }
    case 'tail boundary':
      return { log: text, name: text, tail: true }
    case 'json': {
      const json = JSON.stringify({ message: `step output\n${text}` })
      return { log: json, name: json }
    }
    default: {
      const url = `https://example.com/hook?payload=${encodeURIComponent(text)}`
      return { log: url, name: url }
    }
  }
}

const CONTEXTS = [
  'plain',
  'glued',
  'invisible',
  'escape',
  'line cut',
  'tail boundary',
  'json',
  'url encoding'
]

/** A sink as its reader sees it: escapes and invisible characters gone, Markdown and HTML escapes undone. */
function asRead(sink: string): string {
  return sink
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
    .replace(/[\p{Cf}\p{Cc}\u115f\u1160\u3164\uffa0]|\u17b4|\u17b5/gu, '')
    .replace(/\\([\\`*_{}[\]()#+!|~:.<>-])/g, '$1')
    .replace(
      /&(?:amp|lt|gt|quot|#39);/g,
      entity => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' })[entity] ?? "'"
    )
}

/** The log a job would print around the planted text, cut like a log tail when asked. */
function excerptOf(log: string, tail: boolean, at: number): string[] {
  const full = `##[group]Run ./deploy.sh\nError: the deploy failed\nline before\n${log}\nline after\n##[error]Process completed with exit code 1\n`
  if (!tail) {
    const excerpt = extractExcerptFromText(full)
    return [...excerpt.lines, excerpt.primaryLine ?? '']
  }
  const bytes = Buffer.from(full, 'utf8')
  const start = full.indexOf(log)
  // Cut inside the planted text: the tail starts with its end.
  const cut = Buffer.byteLength(full.slice(0, start + 1 + (at % Math.max(1, log.length - 1))), 'utf8')
  const tailText = decodeTail(bytes.subarray(cut), bytes.length, true).text
  const excerpt = extractExcerptFromText(tailText, { startsMidway: true })
  return [...excerpt.lines, excerpt.primaryLine ?? '']
}

function sinks(planted: Planted, testCase: Case): string[] {
  const { log, name, tail = false } = plant(planted, testCase)
  const lines = excerptOf(log, tail, testCase.at)
  const excerpt = extractExcerptFromText(lines.join('\n'))
  const prompt = buildPrompt({
    excerpt,
    rulesAnswer: classifyExcerpt({ excerpt, jobName: name }),
    guidance: '',
    jobName: name,
    failedStep: name
  })
  return [
    ...lines,
    redactSecrets(name),
    escapeMarkdownInline(name),
    fenceBlock(name),
    issueTitle([name]),
    neutraliseMentions(name),
    escapeHtml(name),
    codeSpan(name),
    codeCell(name),
    JSON.stringify({ name: redactSecrets(name) }),
    prompt.system,
    prompt.user
  ]
}

describe('redaction, property over every format and context', () => {
  it('never lets a planted secret reach a sink', () => {
    const cases = fc.record({
      format: fc.constantFrom(...Object.keys(FORMATS)),
      context: fc.constantFrom(...CONTEXTS),
      pool: fc.array(fc.nat({ max: 1 << 16 }), { minLength: 64, maxLength: 64 }),
      at: fc.nat({ max: 10_000 }),
      pick: fc.nat({ max: 100 })
    })
    fc.assert(
      fc.property(cases, testCase => {
        const planted = (FORMATS[testCase.format] as Format)(new Entropy(testCase.pool))
        const read = sinks(planted, testCase).map(asRead)
        for (const secret of planted.secrets) {
          for (const form of new Set([secret, encodeURIComponent(secret)])) {
            const leaked = read.find(sink => sink.includes(form))
            expect({ format: testCase.format, context: testCase.context, leaked }).toEqual({
              format: testCase.format,
              context: testCase.context,
              leaked: undefined
            })
          }
        }
      }),
      { numRuns: 10_000 }
    )
  })
})
