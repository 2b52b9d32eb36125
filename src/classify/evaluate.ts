/**
 * Scoring of the classifier against a labelled corpus: per-category precision, recall and
 * F1, macro-F1, accuracy, the share of confidently wrong answers and of unsure answers.
 */
import { CATEGORIES, type Category } from '../types.js'

export interface EvalCase {
  file: string
  expected: Category
  got: Category
  unsure: boolean
  primaryLine: string | null
}

interface CategoryMetrics {
  category: Category
  support: number
  predicted: number
  precision: number
  recall: number
  f1: number
}

interface EvalReport {
  total: number
  accuracy: number
  /** Mean F1 over the categories present in the labels. */
  macroF1: number
  /** Share of cases answered with a wrong category other than `unknown`. */
  wrongCategoryShare: number
  unsureShare: number
  perCategory: CategoryMetrics[]
  confusions: EvalCase[]
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator

export function scoreClassifications(cases: EvalCase[]): EvalReport {
  const perCategory = CATEGORIES.map((category): CategoryMetrics => {
    const support = cases.filter(c => c.expected === category).length
    const predicted = cases.filter(c => c.got === category).length
    const truePositives = cases.filter(c => c.expected === category && c.got === category).length
    const precision = ratio(truePositives, predicted)
    const recall = ratio(truePositives, support)
    return {
      category,
      support,
      predicted,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall)
    }
  })
  const present = perCategory.filter(m => m.support > 0)
  const correct = cases.filter(c => c.expected === c.got).length
  return {
    total: cases.length,
    accuracy: ratio(correct, cases.length),
    macroF1: ratio(
      present.reduce((sum, m) => sum + m.f1, 0),
      present.length
    ),
    wrongCategoryShare: ratio(
      cases.filter(c => c.got !== c.expected && c.got !== 'unknown').length,
      cases.length
    ),
    unsureShare: ratio(cases.filter(c => c.unsure).length, cases.length),
    perCategory,
    confusions: cases.filter(c => c.expected !== c.got)
  }
}
