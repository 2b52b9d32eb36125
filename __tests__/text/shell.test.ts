import { describe, expect, it } from '@jest/globals'
import { restoreCommand, restoreCommandApi } from '../../src/text/shell.js'

describe('restore commands', () => {
  const sha = 'f'.repeat(40)

  it('quote branch names a shell would interpret', () => {
    expect(restoreCommand("automated/it's", 'abc')).toBe(
      `git push origin 'abc:refs/heads/automated/it'\\''s'`
    )
    expect(restoreCommand('automated/x', sha)).toBe(`git push origin ${sha}:refs/heads/automated/x`)
    expect(restoreCommand("automated/$(rm -rf ~)'x", sha)).toBe(
      `git push origin '${sha}:refs/heads/automated/$(rm -rf ~)'\\''x'`
    )
  })

  it('offers the REST equivalent', () => {
    expect(restoreCommandApi('octo/repo', 'automated/x', sha)).toBe(
      `gh api -X POST repos/octo/repo/git/refs -f ref=refs/heads/automated/x -f sha=${sha}`
    )
  })
})
