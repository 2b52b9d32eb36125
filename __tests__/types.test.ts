import { describe, expect, it } from '@jest/globals'
import { CATEGORIES, isCategory } from '../src/types.js'

describe('categories', () => {
  it('accepts exactly the SPEC ids', () => {
    expect(CATEGORIES).toHaveLength(8)
    expect(isCategory('test_failure')).toBe(true)
    expect(isCategory('flaky')).toBe(false)
    expect(isCategory(undefined)).toBe(false)
  })
})
