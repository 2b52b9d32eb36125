/**
 * Scores the rule classifier (AI off) on a labelled corpus laid out like corpus/ in this repository:
 * `labels.tsv` (file, category, source, reason) and `logs/<file>`.
 *
 *   npm run eval -- [DIR] [--json]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { classifyExcerpt, isUnsure } from '../src/classify/classifier.js'
import { scoreClassifications, type EvalCase } from '../src/classify/evaluate.js'
import { extractExcerpt } from '../src/classify/extract.js'
import { isCategory } from '../src/types.js'

function defaultCorpus(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  return resolve(repo, 'corpus')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const dir = resolve(args.find(arg => !arg.startsWith('--')) ?? defaultCorpus())
  const labels = join(dir, 'labels.tsv')
  if (!existsSync(labels)) {
    console.error(`No labels.tsv in ${dir}: pass the corpus directory.`)
    process.exit(2)
  }
  const cases: EvalCase[] = []
  for (const row of readFileSync(labels, 'utf8').split('\n')) {
    const [file, expected] = row.split('\t')
    if (!file || !expected) continue
    if (!isCategory(expected)) throw new Error(`labels.tsv: unknown category "${expected}" for ${file}`)
    const excerpt = await extractExcerpt(createReadStream(join(dir, 'logs', file)))
    const classification = classifyExcerpt({ excerpt })
    cases.push({
      file,
      expected,
      got: classification.category,
      unsure: isUnsure(classification),
      primaryLine: classification.primaryLine
    })
  }
  const report = scoreClassifications(cases)
  if (json) {
    console.log(JSON.stringify(report, null, 2))
    return
  }
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`
  console.log(`corpus: ${dir} (${report.total} logs)\n`)
  console.log('category          support  predicted  precision  recall  F1')
  for (const m of report.perCategory) {
    console.log(
      `${m.category.padEnd(17)} ${String(m.support).padStart(7)}  ${String(m.predicted).padStart(9)}  ` +
        `${m.precision.toFixed(2).padStart(9)}  ${m.recall.toFixed(2).padStart(6)}  ${m.f1.toFixed(2)}`
    )
  }
  console.log(
    `\nmacro-F1 ${report.macroF1.toFixed(3)}  accuracy ${pct(report.accuracy)}  ` +
      `wrong category ${pct(report.wrongCategoryShare)}  unsure ${pct(report.unsureShare)}\n`
  )
  if (report.confusions.length > 0) console.log('confusions (file, expected -> got, primary line):')
  for (const c of report.confusions) {
    console.log(`  ${c.file}  ${c.expected} -> ${c.got}  ${(c.primaryLine ?? '').slice(0, 140)}`)
  }
}

await main()
