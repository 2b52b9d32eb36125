/**
 * Plain data shared by the core. Everything here is serialisable: the pure core
 * (classification, scoring, policy, gate, fingerprint, rendering) takes and returns
 * these shapes; the gateways in src/github, src/report and src/ai turn
 * API answers into them.
 */

export const CATEGORIES = [
  'branch_conflict',
  'test_failure',
  'code_failure',
  'dependency',
  'security_scan',
  'infrastructure',
  'authentication',
  'unknown'
] as const
export type Category = (typeof CATEGORIES)[number]

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value)
}

export const ROLES = ['ceo', 'cto', 'ciso', 'cpo', 'cmo', 'coo'] as const
export type Role = (typeof ROLES)[number]

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const
export type Priority = (typeof PRIORITIES)[number]

/** Conclusions the triage pipeline treats as a failure (DESIGN 3). */
const FAILED_CONCLUSIONS = ['failure', 'timed_out', 'startup_failure'] as const

/** A run's, job's or step's conclusion is a failure (jobs and steps never start up to fail). */
export function isFailedConclusion(conclusion: string | null | undefined): boolean {
  return (FAILED_CONCLUSIONS as readonly (string | null | undefined)[]).includes(conclusion)
}

/** A workflow run as the core sees it (a subset of GitHub's workflow-run object). */
export interface RunInfo {
  id: number
  name: string
  workflowId: number
  /** Path of the workflow file, e.g. `.github/workflows/ci.yml`. */
  path: string
  headBranch: string
  headSha: string
  event: string
  status: string
  conclusion: string | null
  runAttempt: number
  runNumber: number
  createdAt: string
  updatedAt: string
  runStartedAt: string | null
  htmlUrl: string
  /** Pull request numbers GitHub associates with the run. */
  pullRequests: number[]
  actor?: string
  /**
   * `owner/name` of the repository the head commit comes from, as the API reports it (null
   * when it names none). Differs from the repository for a fork's pull request.
   */
  headRepository?: string | null
}

interface StepInfo {
  name: string
  number: number
  status: string
  conclusion: string | null
}

export interface JobInfo {
  id: number
  runId: number
  name: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  htmlUrl: string
  steps: StepInfo[]
  labels: string[]
}

/** A check-run annotation: GitHub keeps these after the logs expire. */
export interface AnnotationInfo {
  path: string
  startLine: number
  level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
}

/** The redacted, bounded error excerpt extracted from one job log. */
export interface Excerpt {
  /** Error lines with their context, de-duplicated and capped (about 60). */
  lines: string[]
  /** The line that best names the failure, or null when none stood out. */
  primaryLine: string | null
  /** Lines of the log that were read. */
  totalLines: number
  /** True when the cap cut lines off. */
  truncated: boolean
}

export interface Classification {
  category: Category
  /** 0..1 */
  confidence: number
  /** Redacted log lines that support the answer. */
  evidence: string[]
  /** Ids of the rules that fired (rules) or `ai:<model>` (ai). */
  rules: string[]
  source: 'rules' | 'ai'
  /** A transient network/registry failure: the only dependency failures a re-run may fix. */
  transient: boolean
  /** One sentence a maintainer can act on. */
  rootCause: string
  /** The masked primary error line used by the fingerprint. */
  primaryLine: string | null
}

/** Usage of the optional LLM, for the report. */
export interface AiUsage {
  calls: number
  inputTokens: number
  outputTokens: number
  estimatedCostUsd: number
  errors: string[]
}
