import { describe, expect, it } from '@jest/globals'
import { allReads, settle } from '../../src/github/reads.js'

const after = <T>(ms: number, value: T): Promise<T> =>
  new Promise(resolve => setTimeout(() => resolve(value), ms))
const failAfter = (ms: number, message: string): Promise<never> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms))

describe('allReads', () => {
  it('gives every value in the order of the reads', async () => {
    await expect(allReads([after(20, 'slow'), after(1, 2), Promise.resolve(true)])).resolves.toEqual([
      'slow',
      2,
      true
    ])
  })

  it('rejects only once the reads still in flight have settled', async () => {
    let slowSettled = false
    const slow = after(40, 'late').then(value => {
      slowSettled = true
      return value
    })
    await expect(allReads([failAfter(1, 'first'), slow])).rejects.toThrow('first')
    expect(slowSettled).toBe(true)
  })

  it('rejects with the failure of the first read in order, not the first in time', async () => {
    await expect(allReads([failAfter(30, 'listed first'), failAfter(1, 'failed first')])).rejects.toThrow(
      'listed first'
    )
  })
})

describe('settle', () => {
  it('turns a result into a value and a failure into an error, never rejecting', async () => {
    await expect(settle(after(1, 7))).resolves.toEqual({ value: 7 })
    const failed = await settle(failAfter(1, 'gone'))
    expect('error' in failed && (failed.error as Error).message).toBe('gone')
  })
})
