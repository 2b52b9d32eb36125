import { describe, expect, it } from '@jest/globals'
import {
  MAX_BODY_LENGTH,
  capBody,
  escapeMarkdownInline,
  fenceBlock,
  hiddenMarker,
  issueTitle,
  linesWithFenceState,
  markdownLink,
  neutraliseMentions,
  parseMarker,
  stripInvisible,
  truncate
} from '../../src/text/markdown.js'

const ZWSP = '\u200b'

describe('stripInvisible', () => {
  it('removes zero-width, bidi and control characters but keeps tabs and newlines', () => {
    const text = `a${ZWSP}b\u202ec\u2066d\u2069\ufeff\u00ade\tf\ng\rh\u0007i`
    expect(stripInvisible(text)).toBe('abcde\tf\nghi')
  })
})

describe('fenceBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = fenceBlock('before\n````\ninjected\n````\nafter', 'text')
    expect(block.startsWith('`````text\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
    // Every line between the fences is inside one block.
    const state = linesWithFenceState(block)
    expect(state.every(line => line.fenced)).toBe(true)
  })

  it('uses three backticks when the text has none and cleans the info string', () => {
    expect(fenceBlock('plain', 'sh; rm')).toBe('```shrm\nplain\n```')
  })

  it('strips bidi controls inside the block', () => {
    expect(fenceBlock('x\u202ey')).toBe('```\nxy\n```')
  })
})

describe('neutraliseMentions', () => {
  it('breaks mentions, team mentions and issue references outside fences', () => {
    const text = 'ping @octocat and @acme/core about #12, acme/app#3 and GH-45'
    const result = neutraliseMentions(text)
    expect(result).toBe(
      `ping @${ZWSP}octocat and @${ZWSP}acme/core about #${ZWSP}12, acme/app#${ZWSP}3 and GH-${ZWSP}45`
    )
  })

  it('leaves fenced code alone, where GitHub neither notifies nor links', () => {
    const text = '@a\n```\n@b #1\n```\n@c'
    expect(neutraliseMentions(text)).toBe(`@${ZWSP}a\n\`\`\`\n@b #1\n\`\`\`\n@${ZWSP}c`)
  })

  it('is stable when applied twice', () => {
    const once = neutraliseMentions('hi @someone #7')
    expect(neutraliseMentions(once)).toBe(once)
  })
})

describe('escapeMarkdownInline', () => {
  it('renders HTML, emphasis, links, code spans and table pipes as text', () => {
    const result = escapeMarkdownInline('<img src=x onerror=alert(1)> *b* _i_ [l](u) `c` a|b')
    expect(result).not.toMatch(/<|>/)
    expect(result).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(result).toContain('\\*b\\*')
    expect(result).toContain('\\_i\\_')
    expect(result).toContain('\\[l\\]\\(u\\)')
    expect(result).toContain('\\`c\\`')
    expect(result).toContain('a\\|b')
  })

  it('flattens to one line and neutralises mentions', () => {
    expect(escapeMarkdownInline('line1\n## line2\r\n@me')).toBe(`line1 \\#\\# line2 @${ZWSP}me`)
  })

  it('keeps no unescaped pipe, so a cell cannot add columns', () => {
    const result = escapeMarkdownInline('a | b || c')
    expect(result.replace(/\\\|/g, '')).not.toContain('|')
  })
})

describe('truncate', () => {
  it('cuts at a code point boundary and marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abc', 4)).toBe('abc')
    const emoji = '😀'.repeat(10)
    expect(Array.from(truncate(emoji, 5))).toHaveLength(5)
    expect(truncate(emoji, 5)).toBe('😀😀😀😀…')
  })
})

describe('issueTitle', () => {
  it('joins cleaned parts and never lets raw text template the title', () => {
    const title = issueTitle(['CI', 'main\n', '`rm -rf` @boss #3', '', '\u202eevil'])
    expect(title).toBe(`CI · main · 'rm -rf' @${ZWSP}boss #${ZWSP}3 · evil`)
  })

  it('is at most 256 characters', () => {
    const title = issueTitle(['x'.repeat(300), 'y'])
    expect(Array.from(title)).toHaveLength(256)
    expect(title.endsWith('…')).toBe(true)
  })
})

describe('markdownLink', () => {
  it('links https URLs only', () => {
    expect(markdownLink('run 1', 'https://github.com/a/b/actions/runs/1')).toBe(
      '[run 1](https://github.com/a/b/actions/runs/1)'
    )
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x')
    expect(markdownLink('x', 'https://e.com/a) [y](https://evil')).toBe('x')
    expect(markdownLink('x', null)).toBe('x')
  })
})

describe('capBody', () => {
  it('returns short bodies unchanged', () => {
    expect(capBody('short')).toBe('short')
  })

  it('caps at the limit, at a line break, and says what was cut', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n')
    const capped = capBody(body)
    expect(capped.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
    expect(capped).toMatch(/\n_… truncated: \d+ characters omitted\._\n$/)
    expect(capped.split('\n\n_…')[0]).toMatch(/x{20}$/)
  })

  it('closes a fence the cut leaves open, with a fence as long as the opener', () => {
    const body = `intro\n\n${fenceBlock('````\n' + 'log line\n'.repeat(20000))}\n\nafter`
    const capped = capBody(body)
    expect(capped.length).toBeLessThanOrEqual(MAX_BODY_LENGTH)
    const state = linesWithFenceState(capped)
    // The notice is outside any fence: the block was closed before it.
    expect(state[state.length - 2].fenced).toBe(false)
    expect(capped).toContain('\n`````\n')
  })

  it('honours a smaller limit and never splits a surrogate pair', () => {
    const capped = capBody('😀'.repeat(1000), 500)
    expect(capped.length).toBeLessThanOrEqual(500)
    expect(capped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })
})

describe('hidden markers', () => {
  it('round-trips a marker', () => {
    const marker = hiddenMarker('fingerprint', 'abc123')
    expect(marker).toBe('<!-- workflow-triage:fingerprint=abc123 -->')
    expect(parseMarker(`text\n${marker}\nmore`)).toEqual({ kind: 'fingerprint', id: 'abc123' })
  })

  it('filters by kind', () => {
    const body = `${hiddenMarker('occurrences', '3')}\n${hiddenMarker('fingerprint', 'f1')}`
    expect(parseMarker(body, 'fingerprint')).toEqual({ kind: 'fingerprint', id: 'f1' })
    expect(parseMarker(body, 'missing')).toBeNull()
  })

  it('ignores a marker quoted inside fenced evidence', () => {
    const forged = fenceBlock('<!-- workflow-triage:fingerprint=someone-else -->')
    expect(parseMarker(`${forged}\n`)).toBeNull()
  })

  it('refuses ids that could break out of the comment', () => {
    expect(() => hiddenMarker('fingerprint', 'x --><img src=x>')).toThrow()
    expect(() => hiddenMarker('a=b', 'x')).toThrow()
  })
})
