/**
 * The rules against the labelled corpus of real CI logs (corpus/): a rule change that
 * trades a wrong category for recall, or loses a tool the corpus covers, fails here before
 * it reaches a repository. `npm run eval` prints the same figures with the confusions.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { classifyExcerpt, isUnsure } from '../../src/classify/classifier.js'
import { scoreClassifications, type EvalCase } from '../../src/classify/evaluate.js'
import { extractExcerptFromText } from '../../src/classify/extract.js'
import { isCategory } from '../../src/types.js'

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus')

function corpusCases(): EvalCase[] {
  return readFileSync(join(CORPUS, 'labels.tsv'), 'utf8')
    .split('\n')
    .filter(row => row !== '')
    .map(row => {
      const [file = '', expected = ''] = row.split('\t')
      if (!isCategory(expected)) throw new Error(`labels.tsv: unknown category "${expected}" for ${file}`)
      const excerpt = extractExcerptFromText(readFileSync(join(CORPUS, 'logs', file), 'utf8'))
      const classification = classifyExcerpt({ excerpt })
      return {
        file,
        expected,
        got: classification.category,
        unsure: isUnsure(classification),
        primaryLine: classification.primaryLine
      }
    })
}

describe('rules over the labelled corpus', () => {
  const report = scoreClassifications(corpusCases())

  it('reach a macro-F1 of at least 0.95', () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95)
  })

  it('give a wrong category (not unknown) for at most 3% of the logs', () => {
    expect(report.wrongCategoryShare).toBeLessThanOrEqual(0.03)
  })

  it('recognise most logs of every category', () => {
    for (const metrics of report.perCategory) {
      expect({ category: metrics.category, recall: metrics.recall >= 0.9 }).toEqual({
        category: metrics.category,
        recall: true
      })
    }
  })
})
