import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { inertLogText, oneLine } from '../../src/text/console.js'

/** What the runner would take for a workflow command: `::` after leading white space, or `##[`. */
const runnerCommand = (line: string): boolean => line.trimStart().startsWith('::') || line.includes('##[')

describe('oneLine', () => {
  it('turns every control character and line separator into a space', () => {
    expect(oneLine('test\r\n::add-mask::x\u0085y\u2028z\tw')).toBe('test ::add-mask::x y z w')
  })

  it('leaves ordinary names as they are', () => {
    expect(oneLine('build (ubuntu-latest, 20.x) › lint')).toBe('build (ubuntu-latest, 20.x) › lint')
  })
})

describe('inertLogText', () => {
  it('breaks the command prefix of every line, whatever separates the lines', () => {
    const printed = inertLogText('job test\r::stop-commands::pwned\n  ::add-mask::hello\u2028x ##[warning]y')
    const lines = printed.split('\n')
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(runnerCommand(line)).toBe(false)
    // What a reader sees is the same text, one zero-width space apart.
    expect(printed.replaceAll('\u200b', '')).toBe(
      'job test\n::stop-commands::pwned\n  ::add-mask::hello\nx ##[warning]y'
    )
  })

  it('keeps text that is no command unchanged', () => {
    expect(inertLogText('Triaging CI run 7 on main: a::b c:: d')).toBe(
      'Triaging CI run 7 on main: a::b c:: d'
    )
  })

  it('never prints a line the runner would execute, for any text', () => {
    const pieces = fc.constantFrom(
      '::',
      ':',
      '#',
      '##[',
      '[',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '\t',
      'set-output',
      'x',
      '\u0085'
    )
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map(parts => parts.join('')),
        text => {
          for (const line of inertLogText(text).split(/\r\n|\r|\n/)) expect(runnerCommand(line)).toBe(false)
        }
      ),
      { numRuns: 5000 }
    )
  })
})
