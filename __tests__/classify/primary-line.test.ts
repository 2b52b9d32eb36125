/**
 * The primary error line is the line a maintainer would name as the failure, and the
 * fingerprint is built from it: a trailing hint, count or piece of advice would merge
 * different failures and split identical ones.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { classifyExcerpt } from '../../src/classify/classifier.js'
import { extractExcerptFromText } from '../../src/classify/extract.js'
import { fingerprint, maskLine } from '../../src/classify/fingerprint.js'

function primaryOf(log: string): string | null {
  const line = extractExcerptFromText(log).primaryLine
  return line === null ? null : maskLine(line)
}

function fingerprintOf(log: string): string {
  const excerpt = extractExcerptFromText(log)
  return fingerprint({
    workflowPath: '.github/workflows/sync.yml',
    jobName: 'sync',
    category: classifyExcerpt({ excerpt }).category,
    primaryLine: excerpt.primaryLine
  }).id
}

// git 2.34 and git 2.43 wrap the same hint at different words.
const rejectedPush = (branch: string, hint: string[]): string =>
  [
    'To https://github.com/acme/shop.git',
    ` ! [rejected]        ${branch} -> ${branch} (fetch first)`,
    "error: failed to push some refs to 'https://github.com/acme/shop.git'",
    ...hint.map(line => `hint: ${line}`),
    '##[error]Process completed with exit code 1.'
  ].join('\n')
const HINT_OLD_GIT = [
  'Updates were rejected because the remote contains work that you do',
  'not have locally. This is usually caused by another repository pushing',
  'to the same ref. You may want to first integrate the remote changes',
  "(e.g., 'git pull ...') before pushing again."
]
const HINT_NEW_GIT = [
  'Updates were rejected because the remote contains work that you do not',
  'have locally. This is usually caused by another repository pushing to',
  'the same ref. If you want to integrate the remote changes, use',
  "'git pull' before pushing again."
]

describe('primary error line', () => {
  it('is the rejected ref of a push, not the hint git prints after it', () => {
    expect(primaryOf(rejectedPush('main', HINT_OLD_GIT))).toBe('! [rejected] main -> main (fetch first)')
  })

  it('gives one fingerprint for one rejected push whatever the git version wraps', () => {
    expect(fingerprintOf(rejectedPush('main', HINT_NEW_GIT))).toBe(
      fingerprintOf(rejectedPush('main', HINT_OLD_GIT))
    )
  })

  it('gives different fingerprints for pushes rejected on different branches', () => {
    expect(fingerprintOf(rejectedPush('automated/deps', HINT_OLD_GIT))).not.toBe(
      fingerprintOf(rejectedPush('main', HINT_OLD_GIT))
    )
  })

  it('falls back to the failed push, not the hint, when the rejected ref was not logged', () => {
    const log = [
      "error: failed to push some refs to 'https://github.com/acme/shop.git'",
      ...HINT_NEW_GIT.map(line => `hint: ${line}`)
    ].join('\n')
    expect(primaryOf(log)).toBe("error: failed to push some refs to 'https://github.com/acme/shop.git'")
  })

  it('is the first mypy error, not the error count', () => {
    const log = [
      'Run mypy src',
      'src/shop/cart.py:42: error: Argument 1 to "apply" has incompatible type "str"; expected "int"  [arg-type]',
      'Found 1 error in 1 file (checked 41 source files)',
      '##[error]Process completed with exit code 1.'
    ].join('\n')
    expect(primaryOf(log)).toBe(
      'src/shop/cart.py:<n>: error: Argument <n> to "apply" has incompatible type "str"; expected "int" [arg-type]'
    )
  })

  it('is the RuboCop offense, not the count of inspected files', () => {
    const log = [
      'Inspecting 42 files',
      '..C.......',
      'Offenses:',
      "lib/shop/cart.rb:12:5: C: Style/StringLiterals: Prefer single-quoted strings when you don't need interpolation.",
      '42 files inspected, 1 offense detected, 1 offense autocorrectable'
    ].join('\n')
    expect(primaryOf(log)).toBe(
      "lib/shop/cart.rb:<n>: C: Style/StringLiterals: Prefer single-quoted strings when you don't need interpolation."
    )
  })

  it('is the npm network error, not the advice npm prints after it', () => {
    const log = [
      'npm ERR! code ETIMEDOUT',
      'npm ERR! errno ETIMEDOUT',
      'npm ERR! network request to https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT 104.16.3.35:443',
      'npm ERR! network This is a problem related to network connectivity.',
      'npm ERR! network In most cases you are behind a proxy or have bad network settings.',
      'npm ERR! network',
      'npm ERR! network If you are behind a proxy, please make sure that the',
      "npm ERR! network 'proxy' config is set properly.  See: 'npm help config'"
    ].join('\n')
    expect(primaryOf(log)).toBe(
      'npm ERR! network request to https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT <n>:<n>'
    )
  })

  it('is the out-of-memory message when the log has one', () => {
    const log = [
      '<--- Last few GCs --->',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ' 1: 0xb7b3e0 node::Abort() [node]',
      '##[error]Process completed with exit code 134.'
    ].join('\n')
    expect(primaryOf(log)).toBe(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    )
  })

  it('keeps the exit code of a killed process: 137 is not 1', () => {
    const killed = primaryOf('Run npm run build\n##[error]Process completed with exit code 137.')
    expect(killed).toBe('##[error]Process completed with exit code 137.')
    expect(maskLine('error Command failed with exit code 1.')).toBe('error Command failed with exit code 1.')
    expect(maskLine('The command "make" exited with 2.')).toBe('The command "make" exited with 2.')
  })
})

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus')

/** `file<TAB>cell` rows of a corpus table. */
function tableRows(name: string): [string, string][] {
  return readFileSync(join(CORPUS, name), 'utf8')
    .split('\n')
    .filter(row => row !== '')
    .map(row => {
      const [file = '', cell = ''] = row.split('\t')
      return [file, cell]
    })
}

// corpus/primary-lines.tsv: for every labelled log, the masked line a maintainer would name
// as the error, checked by reading the log (empty: the log names no error line at all).
const PRIMARY_LINES = new Map(tableRows('primary-lines.tsv'))

describe('primary error line over the labelled corpus', () => {
  it('has a checked primary line for every labelled log', () => {
    expect([...PRIMARY_LINES.keys()].sort()).toEqual(
      tableRows('labels.tsv')
        .map(([file]) => file)
        .sort()
    )
  })

  it.each([...PRIMARY_LINES])('%s', (file, expected) => {
    const log = readFileSync(join(CORPUS, 'logs', file), 'utf8')
    expect(primaryOf(log) ?? '').toBe(expected)
  })
})
