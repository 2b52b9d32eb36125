import type { Confidence, LintLevel, RuleId, Severity } from './rules.js'

interface Grade {
  severity: Severity
  confidence: Confidence
}

/**
 * Severity and confidence of each rule's usual finding, on zizmor's scales, so that findings read
 * the same as that tool's. A check can grade one finding differently when it knows more (a matrix
 * value is less sure to be attacker-controlled than an issue title).
 */
const GRADES: Partial<Record<RuleId, Grade>> = {
  'invalid-file': { severity: 'high', confidence: 'high' },
  'yaml-syntax': { severity: 'high', confidence: 'high' },
  'workflow-schema': { severity: 'high', confidence: 'high' },
  expression: { severity: 'high', confidence: 'high' },
  'invalid-cron': { severity: 'medium', confidence: 'high' },
  'schedule-frequency': { severity: 'low', confidence: 'high' },
  'template-injection': { severity: 'high', confidence: 'high' },
  'untrusted-checkout': { severity: 'high', confidence: 'medium' },
  'untrusted-env-write': { severity: 'high', confidence: 'medium' },
  'excessive-permissions': { severity: 'high', confidence: 'high' },
  'missing-permissions': { severity: 'medium', confidence: 'medium' },
  'invalid-uses': { severity: 'high', confidence: 'high' },
  'unpinned-action': { severity: 'high', confidence: 'high' },
  'outdated-action': { severity: 'medium', confidence: 'high' },
  'secrets-inherit': { severity: 'medium', confidence: 'high' },
  artipacked: { severity: 'high', confidence: 'low' },
  'persisted-credentials': { severity: 'low', confidence: 'low' },
  'cache-poisoning': { severity: 'high', confidence: 'low' },
  'overprovisioned-secrets': { severity: 'medium', confidence: 'high' },
  'hardcoded-credentials': { severity: 'high', confidence: 'high' },
  'deprecated-command': { severity: 'medium', confidence: 'high' },
  'insecure-commands': { severity: 'high', confidence: 'high' },
  'missing-timeout': { severity: 'low', confidence: 'high' },
  'invalid-shell': { severity: 'high', confidence: 'high' },
  'runner-label': { severity: 'medium', confidence: 'medium' },
  'duplicate-step-id': { severity: 'high', confidence: 'high' },
  'job-needs': { severity: 'high', confidence: 'high' },
  'if-always-true': { severity: 'high', confidence: 'high' },
  matrix: { severity: 'medium', confidence: 'high' },
  'filter-glob': { severity: 'medium', confidence: 'high' },
  'dispatch-input': { severity: 'medium', confidence: 'high' },
  'dangerous-triggers': { severity: 'high', confidence: 'medium' },
  'bot-conditions': { severity: 'high', confidence: 'high' },
  'unpinned-images': { severity: 'high', confidence: 'high' },
  'unredacted-secrets': { severity: 'medium', confidence: 'high' },
  'github-app': { severity: 'high', confidence: 'high' }
}

/** A rule without a grade of its own is graded by its level. */
const BY_LEVEL: Record<LintLevel, Grade> = {
  error: { severity: 'high', confidence: 'high' },
  warning: { severity: 'medium', confidence: 'medium' },
  notice: { severity: 'low', confidence: 'medium' }
}

export function gradeOf(rule: RuleId, level: LintLevel): Grade {
  return GRADES[rule] ?? BY_LEVEL[level]
}
