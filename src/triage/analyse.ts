import type { AiInputs } from '../config/inputs.js'
import { addUsage, classifyWithAi, NO_AI_USAGE, shouldCallAi } from '../ai/client.js'
import { classifyExcerpt, isUnsure } from '../classify/classifier.js'
import { extractExcerpt, extractExcerptFromText, type ExtractedExcerpt } from '../classify/extract.js'
import { fingerprint } from '../classify/fingerprint.js'
import { RULES } from '../classify/rules.js'
import type { AiUsage, Category, Classification } from '../types.js'
import { dominantCategory } from './decide.js'
import { testFingerprint } from './failing-tests.js'
import type { FailedJobEvidence } from './collect.js'

export interface AnalysedJob {
  evidence: FailedJobEvidence
  excerpt: ExtractedExcerpt
  /** The answer the decision uses (the AI's when it answered, else the rules'). */
  classification: Classification
  /** The deterministic rules' answer, kept for the gate's veto and the report. */
  rulesClassification: Classification
  fingerprint: { id: string; maskedLine: string }
  /** Plain text from the AI for people to read; never executed. */
  suggestedFix: string | null
  /** Where the excerpt came from. */
  source: 'log' | 'annotations' | 'none'
  /** Where `excerpt.failingTests` came from: the log, or the run's JUnit reports (test-reports.ts). */
  testsFrom: 'log' | 'junit'
}

export interface Analysis {
  jobs: AnalysedJob[]
  aiUsage: AiUsage
  aiErrors: string[]
}

/**
 * Extracts (redacting first), classifies and fingerprints each failed job. When the
 * log is gone, the job's annotations stand in for it. The AI is asked only as the
 * options say, and any failure of it leaves the rules' answer.
 */
export async function analyseJobs(
  failedJobs: FailedJobEvidence[],
  context: { workflowPath: string; ai: AiInputs & { apiKey: string }; guidance: string }
): Promise<Analysis> {
  let aiUsage: AiUsage = NO_AI_USAGE
  const aiErrors: string[] = []
  const jobs = await Promise.all(
    failedJobs.map(async evidence => {
      const annotationText = evidence.annotations
        .filter(annotation => annotation.level === 'failure')
        .map(annotation => `##[error]${annotation.message}`)
        .join('\n')
      const source: AnalysedJob['source'] =
        evidence.log !== null ? 'log' : annotationText ? 'annotations' : 'none'
      const excerpt =
        evidence.log !== null
          ? await extractExcerpt(evidence.log, { startsMidway: evidence.logTruncated })
          : extractExcerptFromText(annotationText)
      const rulesClassification = classifyExcerpt({
        excerpt,
        jobName: evidence.job.name,
        failedStep: evidence.failedStep ?? undefined,
        annotations: evidence.annotations.map(annotation => annotation.message)
      })
      let classification = rulesClassification
      let suggestedFix: string | null = null
      if (source !== 'none' && shouldCallAi(context.ai.mode, rulesClassification, isUnsure)) {
        const outcome = await classifyWithAi(
          {
            excerpt,
            rulesAnswer: rulesClassification,
            guidance: context.guidance,
            jobName: evidence.job.name,
            failedStep: evidence.failedStep ?? undefined
          },
          {
            mode: context.ai.mode,
            baseUrl: context.ai.baseUrl,
            model: context.ai.model,
            apiKey: context.ai.apiKey,
            timeoutMs: context.ai.timeoutMs,
            azureApiVersion: context.ai.azureApiVersion || undefined
          }
        )
        aiUsage = addUsage(aiUsage, outcome.usage)
        if (outcome.error) aiErrors.push(`${evidence.job.name}: ${outcome.error}`)
        classification = outcome.classification
        suggestedFix = outcome.suggestedFix
      }
      return {
        evidence,
        excerpt,
        classification,
        rulesClassification,
        fingerprint:
          classification.category === 'test_failure' && excerpt.failingTests.tests.length > 0
            ? testFingerprint(context.workflowPath, excerpt.failingTests.tests)
            : fingerprint({
                workflowPath: context.workflowPath,
                jobName: evidence.job.name,
                category: classification.category,
                primaryLine: excerpt.primaryLine
              }),
        suggestedFix,
        source,
        testsFrom: 'log' as const
      }
    })
  )
  return { jobs, aiUsage, aiErrors }
}

const RULE_CATEGORIES = new Map<string, Category>(RULES.map(rule => [rule.id, rule.category]))

/**
 * The one category per failed job that the safety gate's re-run checks read: the most
 * serious of the AI's answer, the rules' answer and every rule that matched the log, so
 * a veto from any source (a real type error next to a faked "runner lost" line) blocks a
 * re-run, and each job counts once against the failed-jobs limit.
 */
export function gateCategory(job: AnalysedJob): Category {
  return dominantCategory([
    job.classification.category,
    job.rulesClassification.category,
    ...job.rulesClassification.rules.flatMap(id => RULE_CATEGORIES.get(id) ?? [])
  ])
}
