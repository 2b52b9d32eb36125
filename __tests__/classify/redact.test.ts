import { describe, expect, it } from '@jest/globals'
import {
  holdsInvisible,
  INVISIBLE_CHARACTERS,
  privateKeyOpenAfter,
  redactLine,
  redactSecrets,
  redactSecretsAmong,
  SECRET_REGEXPS
} from '../../src/classify/redact.js'
import { literalRequirement } from '../../src/classify/literals.js'

// Fake secrets assembled at run time so that no scanner mistakes this file for a leak.
const repeat = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
const GH_PAT = `ghp_${repeat('aB3dE5fG7h', 36)}`
const GH_FINE = `github_pat_11ABCDEFG0${repeat('xY9zW8vU7t', 70)}`
const AWS_ID = `AKIA${repeat('QWERTYUIOP', 16)}`
const AWS_SECRET = repeat('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 40)
const OPENAI = `sk-proj-${repeat('Ab1Cd2Ef3G', 48)}`
const ANTHROPIC = `sk-ant-api03-${repeat('Zz9Yy8Xx7W', 40)}`
const SLACK = `xoxb-${repeat('1234567890', 12)}-${repeat('abcdEFGH12', 24)}`
const GOOGLE = `AIza${repeat('SyD-9kLmNoPq_', 35)}`
const STRIPE = `sk_live_${repeat('51HqLyjW', 24)}`
const NPM = `npm_${repeat('a1B2c3D4e5', 36)}`
const JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaS1ib3QiLCJleHAiOjE3MDAwMDAwMDB9.${repeat('s1gN4tUr3x', 43)}`

/** Each case: a realistic line, the secret in it, and the marker kind expected. */
const LEAKS: [string, string, string][] = [
  [`remote: https://x-access-token:${GH_PAT}@github.com/acme/cart.git`, GH_PAT, 'github-token'],
  [`export GH_TOKEN=${GH_PAT}`, GH_PAT, 'github-token'],
  [`Using token ${GH_FINE} for the API`, GH_FINE, 'github-token'],
  [
    `  ghs_ token in env: ${'ghs_' + repeat('Q1w2E3r4T5', 36)}`,
    'ghs_' + repeat('Q1w2E3r4T5', 36),
    'github-token'
  ],
  [`aws configure set aws_access_key_id ${AWS_ID}`, AWS_ID, 'aws-access-key'],
  [`AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, AWS_SECRET, 'aws-secret-key'],
  [`openai.AuthenticationError: Incorrect API key provided: ${OPENAI}`, OPENAI, 'openai-key'],
  [`ANTHROPIC_API_KEY: "${ANTHROPIC}"`, ANTHROPIC, 'anthropic-key'],
  [`slack token ${SLACK} rejected`, SLACK, 'slack-token'],
  [
    'curl -X POST https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnopqrstuvwx',
    'hooks.slack.com/services/T0000AAAA',
    'slack-webhook'
  ],
  [`maps.googleapis.com/maps/api/geocode/json?key=${GOOGLE}`, GOOGLE, 'google-api-key'],
  [`Stripe::AuthenticationError: Invalid API Key provided: ${STRIPE}`, STRIPE, 'stripe-key'],
  [`//registry.npmjs.org/:_authToken=${NPM}`, NPM, 'npm-token'],
  [`Cookie: session=${JWT}`, JWT, 'jwt'],
  [
    '> Authorization: Bearer abcdef0123456789abcdef0123456789',
    'abcdef0123456789abcdef0123456789',
    'bearer-token'
  ],
  ['Authorization: Basic dXNlcjpodW50ZXIy', 'dXNlcjpodW50ZXIy', 'authorization'],
  [
    'Cloning https://deploy:hunter2-is-long@git.example.com/acme/cart.git',
    'hunter2-is-long',
    'url-credentials'
  ],
  ['mysql -u root --password=s3cr3t-Pa55 -h db', 's3cr3t-Pa55', 'secret'],
  ['DB_PASSWORD: "correct-horse-battery"', 'correct-horse-battery', 'secret'],
  ["client_secret='9f8e7d6c5b4a'", '9f8e7d6c5b4a', 'secret'],
  ['Setting api_key=live-0123456789 for the uploader', 'live-0123456789', 'secret'],
  ['TOKEN: tkn-8f7e6d5c', 'tkn-8f7e6d5c', 'secret']
]

/** Lines that look a little like secrets but are not: they must come back unchanged. */
const NEAR_MISSES = [
  'Installing scikit-learn because sk-learn was renamed; see the task-list',
  'ghp_ tokens are 40 characters long: ghp_short',
  'HEAD is now at 3f2c1a0d9e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a Merge pull request #42',
  'password=',
  'password: ${{ secrets.DB_PASSWORD }}',
  'token: ***',
  'github-token: ***',
  'Cloning into https://github.com/acme/cart.git',
  'Downloading https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
  'The token was refused by the server',
  'Total tokens: 1234',
  'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'Bearer token missing',
  'Authorization header was empty',
  'password: $DB_PASSWORD'
]

describe('redactSecrets', () => {
  for (const [line, secret, kind] of LEAKS) {
    it(`removes a ${kind} from: ${line.slice(0, 50)}`, () => {
      const redacted = redactSecrets(line)
      expect(redacted).not.toContain(secret)
      expect(redacted).toContain(`[REDACTED:${kind}]`)
    })
  }

  for (const line of NEAR_MISSES) {
    it(`leaves intact: ${line}`, () => {
      expect(redactSecrets(line)).toBe(line)
    })
  }

  it('keeps the text around a secret', () => {
    expect(redactSecrets(`before ${GH_PAT} after`)).toBe('before [REDACTED:github-token] after')
  })

  it('removes a whole private key block from a text', () => {
    const text = [
      'writing key',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACDx0n8y0fakefakefakefakefakefakefakefakefakefakefakefakeAAAA',
      '-----END OPENSSH PRIVATE KEY-----',
      'done'
    ].join('\n')
    const redacted = redactSecrets(text)
    expect(redacted).toBe('writing key\n[REDACTED:private-key]\ndone')
  })

  it('removes a private key block cut off by the end of the text', () => {
    const redacted = redactSecrets('key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7fake\nMIIEfake2')
    expect(redacted).toBe('key:\n[REDACTED:private-key]')
  })
})

describe('redactLine and privateKeyOpenAfter', () => {
  /** A stream redacted one line at a time, carrying the private key state. */
  const redactStream = (lines: string[]): string[] => {
    let open = false
    return lines.map(line => {
      const redacted = redactLine(line, open)
      open = privateKeyOpenAfter(line, open)
      return redacted
    })
  }

  it('drops every line of a private key block fed one line at a time', () => {
    const lines = redactStream([
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakefakefake',
      'c2VjcmV0LWJ5dGVzLWhlcmU=',
      '-----END PRIVATE KEY-----',
      'next step'
    ])
    expect(lines.slice(0, 4).every(line => line === '[REDACTED:private-key]')).toBe(true)
    expect(lines[4]).toBe('next step')
  })

  it('keeps no block open after a line holding both ends', () => {
    expect(
      privateKeyOpenAfter('-----BEGIN EC PRIVATE KEY----- abc -----END EC PRIVATE KEY-----', false)
    ).toBe(false)
  })

  it('redacts ordinary secrets on single lines', () => {
    expect(redactLine(`GH_TOKEN=${GH_PAT}`, false)).not.toContain(GH_PAT)
  })
})

describe('redactSecretsAmong', () => {
  it('equals redactSecrets when given the patterns whose literal text the line holds', () => {
    for (const line of [
      `token=${GH_PAT}`,
      'token: ***',
      'https://registry.npmjs.org/x',
      'curl https://u:hunter2x@h/'
    ]) {
      const lower = line.toLowerCase()
      const candidates = SECRET_REGEXPS.flatMap((pattern, index) =>
        literalRequirement(pattern).clauses.some(([lead]) =>
          lead?.some(literal => lower.includes(literal.toLowerCase()))
        )
          ? [index]
          : []
      )
      expect(redactSecretsAmong(line, candidates)).toBe(redactSecrets(line))
    }
  })
})

describe('what redaction reveals before matching', () => {
  it('spells out exactly the format characters, the blank fillers and the C1 controls', () => {
    const listed = new RegExp(`^(?:${INVISIBLE_CHARACTERS})$`)
    const fillers = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x17b4, 0x17b5])
    const wrong: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      const invisible = /\p{Cf}/u.test(char) || (code >= 0x80 && code <= 0x9f) || fillers.has(code)
      if (invisible !== listed.test(char)) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('tells a text holding one of the invisible characters as the regex does', () => {
    const listed = new RegExp(INVISIBLE_CHARACTERS)
    const wrong: string[] = []
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = `a ${String.fromCharCode(unit)}b`
      if (holdsInvisible(text) !== listed.test(text)) wrong.push(unit.toString(16))
    }
    for (const high of [0xd800, 0xd804, 0xd80d, 0xd82f, 0xd834, 0xdb40, 0xdbff]) {
      for (let low = 0xdc00; low <= 0xdfff; low++) {
        const text = `✓ ${String.fromCharCode(high, low)}`
        if (holdsInvisible(text) !== listed.test(text)) wrong.push(`${high.toString(16)} ${low.toString(16)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('joins a token split by an invisible character or an escape sequence, then redacts it', () => {
    for (const split of ['\u200b', '\u00ad', '\u2060', '\u200e', '\u200d', '\ufeff', '\u0085', '\x1b[31m']) {
      const line = `using ${GH_PAT.slice(0, 10)}${split}${GH_PAT.slice(10)} now`
      expect(redactSecrets(line)).toBe('using [REDACTED:github-token] now')
    }
  })

  it('keeps the link text of an OSC-8 hyperlink, a token prefix included', () => {
    const line = `\x1b]8;;https://example.com\x1b\\${GH_PAT.slice(0, 8)}\x1b]8;;\x1b\\${GH_PAT.slice(8)}`
    expect(redactSecrets(line)).toBe('[REDACTED:github-token]')
  })
})

describe('secrets glued to the text before them', () => {
  for (const glue of ['token%3D', 'x', '\\n', 'id_', '"key":"']) {
    it(`finds a token after ${glue}`, () => {
      expect(redactSecrets(`${glue}${GH_PAT}`)).toBe(`${glue}[REDACTED:github-token]`)
      expect(redactSecrets(`${glue}${NPM}`)).toBe(`${glue}[REDACTED:npm-token]`)
    })
  }
})

describe('formats beyond the classic tokens', () => {
  const cases: [string, string][] = [
    ['SMTP_PASSWORD="correct horse battery"', 'correct horse battery'],
    [`xapp-1-A0123456789-${repeat('0123456789abcdef', 40)}`, repeat('0123456789abcdef', 40)],
    [`xoxe.xoxp-1-${repeat('Mi0yLTE4', 40)}`, repeat('Mi0yLTE4', 40)],
    [`glpat-${repeat('aB3_dE5-f', 20)}`, repeat('aB3_dE5-f', 20)],
    [`hf_${repeat('AbCdEfGhIj', 34)}`, repeat('AbCdEfGhIj', 34)],
    [`dckr_pat_${repeat('Ab3-Cd5_E', 27)}`, repeat('Ab3-Cd5_E', 27)],
    [`pypi-AgEIcHlwaS5vcmc${repeat('Ab3dE5fG7h', 60)}`, repeat('Ab3dE5fG7h', 60)],
    [`SK${repeat('0123456789abcdef', 32)}`, repeat('0123456789abcdef', 32)],
    [`SG.${repeat('Ab3dE5fG7h', 22)}.${repeat('xY9zW8vU7t', 43)}`, repeat('xY9zW8vU7t', 43)],
    [`AccountName=acme;AccountKey=${repeat('Ab3+dE5/fG', 86)}==;`, repeat('Ab3+dE5/fG', 86)],
    [`whsec_${repeat('Ab3dE5fG7h', 32)}`, repeat('Ab3dE5fG7h', 32)],
    [`git clone https://${repeat('Ab3dE5fG7h', 40)}@github.com/acme/cart.git`, repeat('Ab3dE5fG7h', 40)],
    ['mysql -u root --password s3cr3t-Pa55 -h db', 's3cr3t-Pa55'],
    ['docker login -u bot -p s3cr3t-Pa55 registry.example.com', 's3cr3t-Pa55'],
    [`aws configure set aws_secret_access_key ${AWS_SECRET}`, AWS_SECRET],
    [`callback?q=${encodeURIComponent('--password s3cr3t-Pa55')}`, 's3cr3t-Pa55'],
    ['x--password s3cr3t-Pa55 -h db', 's3cr3t-Pa55'],
    ['SECRET_KEY_BASE=s3cr3t-Pa55', 's3cr3t-Pa55'],
    ['AZURE_DEVOPS_PAT=s3cr3t-Pa55', 's3cr3t-Pa55'],
    ['{"auths":{"registry.example.com":{"auth":"dXNlcjpzM2NyM3Q="}}}', 'dXNlcjpzM2NyM3Q='],
    [`shpat_${repeat('0123456789abcdef', 32)}`, repeat('0123456789abcdef', 32)],
    [`hvs.${repeat('Ab3dE5fG7h', 30)}`, repeat('Ab3dE5fG7h', 30)],
    [`dop_v1_${repeat('0123456789abcdef', 64)}`, repeat('0123456789abcdef', 64)]
  ]
  for (const [line, secret] of cases) {
    it(`removes the secret from: ${line.slice(0, 40)}`, () => {
      expect(redactSecrets(line)).not.toContain(secret)
      expect(redactSecrets(line)).toContain('[REDACTED:')
    })
  }

  it('leaves flags that take no value and command lines without secrets alone', () => {
    for (const line of ['docker login --password-stdin', 'jest --passWithNoTests', 'Tests: 120 passed']) {
      expect(redactSecrets(line)).toBe(line)
    }
  })
})
