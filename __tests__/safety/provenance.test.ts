import { describe, expect, it } from '@jest/globals'
import { isFromOtherRepository, ownRuns } from '../../src/safety/provenance.js'

describe('isFromOtherRepository', () => {
  it.each([
    ['acme/app', false],
    ['ACME/App', false],
    ['mallory/app', true],
    ['acme/app-fork', true],
    [null, true]
  ])('head repository %j of acme/app -> %j', (headRepository, foreign) => {
    expect(isFromOtherRepository({ headRepository }, 'acme/app')).toBe(foreign)
  })

  it('takes a run built without the field as the repository own', () => {
    expect(isFromOtherRepository({}, 'acme/app')).toBe(false)
  })
})

describe('ownRuns', () => {
  it('keeps the repository own runs, in order', () => {
    const runs = [
      { id: 1, headRepository: 'acme/app' },
      { id: 2, headRepository: 'mallory/app' },
      { id: 3, headRepository: 'acme/app' },
      { id: 4, headRepository: null }
    ]
    expect(ownRuns(runs, 'acme/app').map(run => run.id)).toEqual([1, 3])
  })
})
