import { describe, expect, it } from '@jest/globals'
import { matchesAny, matchesGlob } from '../../src/text/glob.js'

describe('matchesGlob', () => {
  it.each([
    ['automated/x', 'automated/**', true],
    ['automated/deps/npm', 'automated/**', true],
    ['automated', 'automated/**', false],
    ['automatedx/y', 'automated/**', false],
    ['deploy', 'deploy*', true],
    ['deploy-prod', 'deploy*', true],
    ['deploy/prod', 'deploy*', false],
    ['release/1.2', 'release/*', true],
    ['release/1.2/hotfix', 'release/*', false],
    ['a/b', 'a/**/b', true],
    ['a/x/y/b', 'a/**/b', true],
    ['a/xb', 'a/**/b', false],
    ['x/y/ci.yml', '**/ci.yml', true],
    ['ci.yml', '**/ci.yml', true],
    ['v1', 'v?', true],
    ['v10', 'v?', false],
    ['a/b', 'a?b', false],
    ['main', 'main', true],
    ['main2', 'main', false],
    ['', '*', true],
    ['anything/at/all', '**', true]
  ])('%s against %s is %s', (name, pattern, expected) => {
    expect(matchesGlob(name, pattern)).toBe(expected)
  })

  it('treats regular expression syntax in patterns as literal text', () => {
    expect(matchesGlob('a.b', 'a.b')).toBe(true)
    expect(matchesGlob('axb', 'a.b')).toBe(false)
    expect(matchesGlob('feature/(x)', 'feature/(x)')).toBe(true)
    expect(matchesGlob('aaa', 'a+')).toBe(false)
    expect(matchesGlob('[abc]', '[abc]')).toBe(true)
    expect(matchesGlob('a', '[abc]')).toBe(false)
    expect(matchesGlob('x$', '^x$')).toBe(false)
  })

  it('answers patterns that make backtracking matchers explode', () => {
    // A backtracking matcher needs about 200^10 steps here: finishing at all is the proof.
    const name = 'a'.repeat(200) + 'b'
    expect(matchesGlob(name, '*a*a*a*a*a*a*a*a*a*a*c')).toBe(false)
    expect(matchesGlob(name, '**a**a**a**a**a**a**c')).toBe(false)
  })
})

describe('matchesAny', () => {
  it('is true when one pattern matches and false for no patterns', () => {
    expect(matchesAny('renovate/lodash', ['automated/**', 'renovate/**'])).toBe(true)
    expect(matchesAny('feature/x', ['automated/**', 'renovate/**'])).toBe(false)
    expect(matchesAny('automated/x', [])).toBe(false)
  })
})
