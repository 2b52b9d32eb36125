import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { literalRequirement, PatternPrefilter, TagSet } from '../../src/classify/literals.js'

const proven = (prefilter: PatternPrefilter, text: string, capacity = 8): number[] => {
  const tags = new TagSet(capacity)
  prefilter.collect(text, tags)
  return Array.from({ length: tags.size }, (_, k) => tags.at(k)).sort((a, b) => a - b)
}

describe('literalRequirement', () => {
  it('needs every literal run of an alternative, strongest first', () => {
    const requirement = literalRequirement(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@'"]+):([^\s@/'"]+)@/i)
    expect(requirement.clauses).toEqual([[['://'], ['@']]])
  })

  it('gives one clause per top-level alternative and spells small classes every way', () => {
    expect(literalRequirement(/FAIL\s+\S+\.(?:test|spec)\.js|ERR_[AB]X/).clauses).toEqual([
      [['.test.js', '.spec.js'], ['FAIL']],
      [['ERR_AX', 'ERR_BX']]
    ])
  })

  it('drops a group another one implies, and optional parts', () => {
    expect(literalRequirement(/eyJ\w+\.eyJ(?:abc)?/).clauses).toEqual([[['.eyJ']]])
  })

  it('falls back to the ending, or to always, when no literal is certain', () => {
    expect(literalRequirement(/\w+ \(\w+\)$/)).toMatchObject({ clauses: [], atEnd: [')'] })
    expect(literalRequirement(/^\d+:\d+$/)).toMatchObject({ clauses: [], always: true })
  })
})

describe('PatternPrefilter', () => {
  const url = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@'"]+):([^\s@/'"]+)@/i
  const prefilter = new PatternPrefilter([
    { tag: 0, pattern: url },
    { tag: 1, pattern: /npm ERR! code E\d{3}/ },
    { tag: 2, literals: ['\x1b'] }
  ])

  it('proves a pattern only when every group of a clause is in the text, case aside', () => {
    expect(proven(prefilter, 'Downloading https://registry.npmjs.org/x.tgz')).toEqual([])
    expect(proven(prefilter, 'curl HTTPS://u:p@host/')).toEqual([0])
    expect(proven(prefilter, '@ first, then :// later')).toEqual([0])
    expect(proven(prefilter, 'NPM err! CODE e404 \x1b[0m')).toEqual([1, 2])
  })

  it('names every pattern led in a line that proves one, unchecked: the line is tested anyway', () => {
    expect(proven(prefilter, 'Downloading https://registry.npmjs.org/x.tgz \x1b[0m')).toEqual([0, 2])
    expect(proven(prefilter, '\x1b[0m Downloading https://registry.npmjs.org/x.tgz')).toEqual([0, 2])
  })

  it('never hides a text its patterns match (soundness)', () => {
    const patterns = [
      url,
      /(?:password|token)["']?\s*[:=]\s*\S+/i,
      /^\s*FAIL\s+\S+\.(?:test|spec)\.[jt]sx?\b/
    ]
    const sound = new PatternPrefilter(patterns.map((pattern, tag) => ({ tag, pattern })))
    const piece = fc.constantFrom('://', '@', 'u:p', 'FAIL ', 'a.test.ts', 'TOKEN', '=', ': ', 'x', ' ', 'é')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), pieces => {
        const text = pieces.join('')
        const tags = proven(sound, text)
        patterns.forEach((pattern, tag) => {
          if (pattern.test(text)) expect(tags).toContain(tag)
        })
      }),
      { numRuns: 2000 }
    )
  })
})
