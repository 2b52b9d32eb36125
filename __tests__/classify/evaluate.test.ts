import { describe, expect, it } from '@jest/globals'
import { scoreClassifications, type EvalCase } from '../../src/classify/evaluate.js'
import type { Category } from '../../src/types.js'

const c = (file: string, expected: Category, got: Category, unsure = false): EvalCase => ({
  file,
  expected,
  got,
  unsure,
  primaryLine: null
})

describe('scoreClassifications', () => {
  const cases = [
    c('1', 'test_failure', 'test_failure'),
    c('2', 'test_failure', 'code_failure'),
    c('3', 'code_failure', 'code_failure'),
    c('4', 'dependency', 'unknown', true),
    c('5', 'unknown', 'unknown', true)
  ]
  const report = scoreClassifications(cases)

  it('computes precision, recall and F1 per category', () => {
    const test = report.perCategory.find(m => m.category === 'test_failure')
    expect(test).toMatchObject({ support: 2, predicted: 1, precision: 1, recall: 0.5 })
    expect(test?.f1).toBeCloseTo(2 / 3)
    const code = report.perCategory.find(m => m.category === 'code_failure')
    expect(code).toMatchObject({ precision: 0.5, recall: 1 })
    const unknown = report.perCategory.find(m => m.category === 'unknown')
    expect(unknown).toMatchObject({ precision: 0.5, recall: 1 })
  })

  it('averages F1 over the categories present in the labels only', () => {
    // test 2/3, code 2/3, dependency 0, unknown 2/3
    expect(report.macroF1).toBeCloseTo(((2 / 3) * 3) / 4)
  })

  it('reports accuracy, the confidently wrong share and the unsure share', () => {
    expect(report.accuracy).toBeCloseTo(3 / 5)
    expect(report.wrongCategoryShare).toBeCloseTo(1 / 5)
    expect(report.unsureShare).toBeCloseTo(2 / 5)
    expect(report.confusions.map(x => x.file)).toEqual(['2', '4'])
  })

  it('handles an empty corpus', () => {
    expect(scoreClassifications([])).toMatchObject({ total: 0, accuracy: 0, macroF1: 0 })
  })
})
