import { describe, expect, it } from '@jest/globals'
import { formatDuration, shortSha } from '../../src/text/format.js'

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [30, '30 s'],
    [42, '42 s'],
    [240, '4 min'],
    [252, '4 min 12 s'],
    [45 * 60, '45 min'],
    [3600, '1 h'],
    [3780, '1 h 3 min'],
    [3900, '1 h 5 min'],
    [982 * 60, '16 h 22 min'],
    [120 * 60, '2 h'],
    [1440 * 60, '1 d'],
    [1500 * 60, '1 d 1 h'],
    [27 * 3600, '1 d 3 h']
  ])('%d seconds read %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('says when there is no value, or no sensible one', () => {
    expect(formatDuration(null)).toBe('–')
    expect(formatDuration(-1)).toBe('unknown')
    expect(formatDuration(Number.NaN)).toBe('unknown')
  })
})

describe('shortSha', () => {
  it('shows a commit by its first 7 hex digits, anything else cut to 12 characters', () => {
    expect(shortSha('feedfacefeedfacefeedfacefeedfacefeedface')).toBe('feedfac')
    expect(shortSha('not a sha at all, really')).toBe('not a sha a…')
    expect(shortSha('main')).toBe('main')
  })
})
