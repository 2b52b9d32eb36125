import type { Finding, RuleId } from './rules.js'

/**
 * `# workflow-triage: ignore[rule, other-rule] why it is fine` on a line silences those rules'
 * findings on that line. zizmor's own `# zizmor: ignore[audit]` comments are honoured too, so a
 * workflow already reviewed with that tool needs no second set of comments.
 */
const IGNORE_COMMENT = /(?:^|\s)#\s*(?:workflow-triage|zizmor):\s*ignore\[([^\]]*)\]/gi

/** zizmor audit names that differ from the rule ids of the findings they cover. */
const ZIZMOR_AUDITS: Record<string, RuleId[]> = {
  'unpinned-uses': ['unpinned-action'],
  'github-env': ['untrusted-env-write'],
  'excessive-permissions': ['excessive-permissions', 'missing-permissions'],
  artipacked: ['artipacked', 'persisted-credentials'],
  'hardcoded-container-credentials': ['hardcoded-credentials']
}

/** The rules silenced on each 1-based line of the file. */
function ignoredRules(text: string): Map<number, Set<string>> {
  const ignored = new Map<number, Set<string>>()
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(IGNORE_COMMENT)) {
      const names = match[1].split(',').map(name => name.trim().toLowerCase())
      const rules = names.flatMap(name => [name, ...(ZIZMOR_AUDITS[name] ?? [])])
      const set = ignored.get(index + 1) ?? new Set<string>()
      for (const rule of rules) if (rule) set.add(rule)
      ignored.set(index + 1, set)
    }
  })
  return ignored
}

/** Drops the findings an ignore comment on one of their lines names. */
export function withoutIgnored(findings: Finding[], text: string): Finding[] {
  if (!/ignore\[/i.test(text)) return findings
  const ignored = ignoredRules(text)
  return findings.filter(finding => {
    for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++) {
      if (ignored.get(line)?.has(finding.rule)) return false
    }
    return true
  })
}
