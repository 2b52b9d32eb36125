/**
 * What `ai: auto` would cost over a labelled corpus laid out like corpus/
 * (`labels.tsv`, `logs/<file>`): the input tokens of the prompt triage would send for each
 * log (built from the redacted excerpt, never the raw log, with the default playbook's
 * guidance), and the share of logs for which the rules are unsure, so the AI would be asked.
 */
import { createReadStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildPrompt, estimateTokens } from '../src/ai/client.js'
import { classifyExcerpt, isUnsure } from '../src/classify/classifier.js'
import { extractExcerpt } from '../src/classify/extract.js'
import { DEFAULT_PLAYBOOK } from '../src/config/default-playbook.js'
import { parsePlaybook } from '../src/config/playbook.js'

export interface LlmBenchResult {
  logs: number
  inputTokensP50: number
  inputTokensP95: number
  inputTokensMax: number
  /** Share of logs whose rules answer is unsure (`isUnsure`): those `ai: auto` sends to the model. */
  callShare: number
}

/** The value at quantile `q` (0..1) of `values`, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] as number
}

export async function benchLlm(corpusDir: string): Promise<LlmBenchResult> {
  const guidance = parsePlaybook(DEFAULT_PLAYBOOK).prose
  const files = readFileSync(join(corpusDir, 'labels.tsv'), 'utf8')
    .split('\n')
    .map(row => row.split('\t')[0])
    .filter((file): file is string => Boolean(file) && file !== 'file')
  const tokens: number[] = []
  let unsure = 0
  for (const file of files) {
    const excerpt = await extractExcerpt(createReadStream(join(corpusDir, 'logs', file)))
    const rulesAnswer = classifyExcerpt({ excerpt })
    if (isUnsure(rulesAnswer)) unsure++
    const prompt = buildPrompt({ excerpt, rulesAnswer, guidance, jobName: 'build' })
    tokens.push(estimateTokens(prompt.system) + estimateTokens(prompt.user))
  }
  return {
    logs: files.length,
    inputTokensP50: quantile(tokens, 0.5),
    inputTokensP95: quantile(tokens, 0.95),
    inputTokensMax: Math.max(...tokens),
    callShare: files.length === 0 ? 0 : unsure / files.length
  }
}
