import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml'
import { CATEGORIES, PRIORITIES, ROLES, type Category, type Priority, type Role } from '../types.js'
import {
  DEFAULT_POLICY,
  FORK_RUN_HANDLING,
  MAX_HISTORY_RUNS,
  MAX_HISTORY_TESTS,
  MIN_HISTORY_RUNS,
  MIN_HISTORY_TESTS,
  PULL_REQUEST_FAILURE_HANDLING,
  REMEDIATIONS,
  type Policy,
  type Remediation
} from './policy.js'

/** A playbook that cannot be used: the message names the file, line and key. */
export class PlaybookError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    detail: string
  ) {
    super(`${file}:${line}: ${key ? `'${key}' ` : ''}${detail}`)
    this.name = 'PlaybookError'
  }
}

export interface Playbook {
  /** The policy of the front matter laid over the built-in defaults. */
  policy: Policy
  /** The Markdown prose after the front matter (guidance for people and the AI). */
  prose: string
  /** Top-level keys the front matter set (for reporting where a value came from). */
  keysSet: string[]
}

const MAX_PLAYBOOK_BYTES = 256 * 1024
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Parses playbook.md. A file without front matter is prose only (defaults apply).
 * YAML aliases are capped so an alias bomb is an error, not a hang.
 */
export function parsePlaybook(text: string, file = 'playbook.md'): Playbook {
  if (Buffer.byteLength(text, 'utf8') > MAX_PLAYBOOK_BYTES) {
    throw new PlaybookError(file, 1, '', `is larger than ${MAX_PLAYBOOK_BYTES / 1024} KB`)
  }
  if (text.includes('\u0000')) throw new PlaybookError(file, 1, '', 'is binary, not Markdown')
  const match = FRONT_MATTER.exec(text)
  if (!match) return { policy: structuredClone(DEFAULT_POLICY), prose: text.trim(), keysSet: [] }

  const lineCounter = new LineCounter()
  const doc = parseDocument(match[1], { lineCounter, uniqueKeys: true, prettyErrors: false })
  // +1 for the opening `---` line: errors name lines of the file, not of the front matter.
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line + 1 : 2
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    throw new PlaybookError(file, (error.linePos?.[0].line ?? 1) + 1, '', `has invalid YAML: ${error.code}`)
  }
  try {
    // Resolving aliases with a low cap turns a "billion laughs" document into an error.
    doc.toJS({ maxAliasCount: 20 })
  } catch (error) {
    throw new PlaybookError(file, 2, '', `is not usable YAML: ${(error as Error).message}`)
  }
  const root = doc.contents
  const policy = structuredClone(DEFAULT_POLICY)
  if (root === null || (isScalar(root) && root.value === null)) {
    return { policy, prose: text.slice(match[0].length).trim(), keysSet: [] }
  }
  const reader = new FrontMatterReader(file, lineOf)
  const keysSet = reader.applyTo(policy, reader.map(root as YamlNode, 'front matter'))
  return { policy, prose: text.slice(match[0].length).trim(), keysSet }
}

/**
 * The built-in playbook, taken as it is: its front matter states DEFAULT_POLICY exactly
 * (a test holds the two equal), so only the prose is cut out, and a start without a
 * playbook of its own does not pay for a YAML parse.
 */
export function builtInPlaybook(text: string): Playbook {
  const match = FRONT_MATTER.exec(text)
  const prose = match ? text.slice(match[0].length) : text
  return { policy: structuredClone(DEFAULT_POLICY), prose: prose.trim(), keysSet: [] }
}

/** The playbook's front-matter keys; any other is an error. */
const TOP_LEVEL_KEYS = [
  'version',
  'routing',
  'remediation',
  'flaky-reruns',
  'require-approval',
  'automation',
  'limits',
  'workflows',
  'priorities',
  'owners',
  'alerts',
  'fork-runs',
  'pull-request-failures',
  'test-report-artifacts',
  'quarantine-after',
  'quarantine-clear-days',
  'test-history'
] as const
type TopLevelKey = (typeof TOP_LEVEL_KEYS)[number]

/** Walks the YAML nodes so each error can name its line and key path. */
class FrontMatterReader {
  constructor(
    private readonly file: string,
    private readonly lineOf: (node: YamlNode | null | undefined) => number
  ) {}

  fail(node: YamlNode | null | undefined, key: string, detail: string): never {
    throw new PlaybookError(this.file, this.lineOf(node), key, detail)
  }

  map(node: YamlNode, key: string): Map<string, Pair<YamlNode, YamlNode>> {
    if (!isMap(node)) this.fail(node, key, 'must be a mapping')
    const entries = new Map<string, Pair<YamlNode, YamlNode>>()
    for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : ''
      entries.set(name, pair)
    }
    return entries
  }

  onlyKeys(entries: Map<string, Pair<YamlNode, YamlNode>>, prefix: string, allowed: readonly string[]): void {
    for (const [name, pair] of entries) {
      if (!allowed.includes(name)) {
        const path = prefix ? `${prefix}.${name}` : name
        this.fail(pair.key, path, `is not a known key (allowed: ${allowed.join(', ')})`)
      }
    }
  }

  integer(node: YamlNode, key: string, min: number, max: number): number {
    const value = isScalar(node) ? node.value : undefined
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(node, key, `must be a whole number from ${min} to ${max}`)
    }
    return value
  }

  oneOf<T extends string>(node: YamlNode, key: string, allowed: readonly T[]): T {
    const value = isScalar(node) ? node.value : undefined
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(node, key, `must be one of: ${allowed.join(', ')}`)
    }
    return value as T
  }

  strings(node: YamlNode, key: string, maxItems = 100): string[] {
    if (!isSeq(node)) this.fail(node, key, 'must be a list of strings')
    const items = node.items as YamlNode[]
    if (items.length > maxItems) this.fail(node, key, `must have at most ${maxItems} entries`)
    return items.map(item => {
      const value = isScalar(item) ? item.value : undefined
      if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
        this.fail(item, key, 'must contain non-empty strings of at most 200 characters')
      }
      return value.trim()
    })
  }

  applyTo(policy: Policy, root: Map<string, Pair<YamlNode, YamlNode>>): string[] {
    this.onlyKeys(root, '', TOP_LEVEL_KEYS)
    for (const [name, pair] of root) {
      const node = pair.value as YamlNode
      const key = name as TopLevelKey
      switch (key) {
        case 'version':
          if (this.integer(node, 'version', 1, 99) !== 1) this.fail(node, 'version', 'must be 1')
          break
        case 'routing':
          this.perCategory(
            node,
            'routing',
            ROLES,
            (category, role: Role) => (policy.routing[category] = role)
          )
          break
        case 'remediation':
          this.perCategory(
            node,
            'remediation',
            REMEDIATIONS,
            (category, remediation: Remediation) => (policy.remediation[category] = remediation)
          )
          break
        case 'flaky-reruns':
          policy.flakyReruns = this.integer(node, 'flaky-reruns', 0, 5)
          break
        case 'require-approval':
          policy.requireApproval = this.requireApproval(node)
          break
        case 'automation':
          this.automation(node, policy)
          break
        case 'fork-runs':
        case 'pull-request-failures':
        case 'test-report-artifacts':
          this.triageHandling(key, node, policy)
          break
        case 'limits':
          this.limits(node, policy)
          break
        case 'workflows':
          this.workflows(node, policy)
          break
        case 'priorities':
          this.priorities(node, policy)
          break
        case 'alerts':
          this.alerts(node, policy)
          break
        case 'quarantine-after':
        case 'quarantine-clear-days':
        case 'test-history':
          this.flakyTests(key, node, policy)
          break
        case 'owners':
          this.owners(node, policy)
          break
      }
    }
    return [...root.keys()]
  }

  triageHandling(
    name: 'fork-runs' | 'pull-request-failures' | 'test-report-artifacts',
    node: YamlNode,
    policy: Policy
  ): void {
    if (name === 'fork-runs') policy.forkRuns = this.oneOf(node, name, FORK_RUN_HANDLING)
    else if (name === 'pull-request-failures')
      policy.pullRequestFailures = this.oneOf(node, name, PULL_REQUEST_FAILURE_HANDLING)
    else policy.testReportArtifacts = this.strings(node, name, 20)
  }

  flakyTests(
    name: 'quarantine-after' | 'quarantine-clear-days' | 'test-history',
    node: YamlNode,
    policy: Policy
  ): void {
    if (name === 'quarantine-after') policy.flakyTests.quarantineAfter = this.integer(node, name, 0, 100)
    else if (name === 'quarantine-clear-days')
      policy.flakyTests.quarantineClearDays = this.integer(node, name, 1, 365)
    else this.testHistory(node, policy)
  }

  requireApproval(node: YamlNode): Remediation[] {
    return this.strings(node, 'require-approval').map(value => {
      if (!(REMEDIATIONS as readonly string[]).includes(value)) {
        this.fail(node, 'require-approval', `must list only: ${REMEDIATIONS.join(', ')}`)
      }
      return value as Remediation
    })
  }

  workflows(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'workflows')
    this.onlyKeys(entries, 'workflows', ['production', 'marketing'])
    for (const [kind, entry] of entries) {
      policy.workflows[kind as 'production' | 'marketing'] = this.strings(
        entry.value as YamlNode,
        `workflows.${kind}`
      )
    }
  }

  owners(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'owners')
    this.onlyKeys(entries, 'owners', ROLES)
    for (const [role, entry] of entries) {
      policy.owners[role as Role] = this.strings(entry.value as YamlNode, `owners.${role}`, 20)
    }
  }

  perCategory<T extends string>(
    node: YamlNode,
    key: string,
    allowed: readonly T[],
    set: (category: Category, value: T) => void
  ): void {
    const entries = this.map(node, key)
    this.onlyKeys(entries, key, CATEGORIES)
    for (const [category, pair] of entries) {
      set(category as Category, this.oneOf(pair.value as YamlNode, `${key}.${category}`, allowed))
    }
  }

  automation(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'automation')
    this.onlyKeys(entries, 'automation', ['branch-patterns', 'bot-authors'])
    const patterns = entries.get('branch-patterns')
    if (patterns) {
      const values = this.strings(patterns.value as YamlNode, 'automation.branch-patterns')
      for (const pattern of values) {
        if (pattern === '**' || pattern === '*') {
          this.fail(
            patterns.value as YamlNode,
            'automation.branch-patterns',
            `'${pattern}' would match every branch`
          )
        }
      }
      policy.automation.branchPatterns = values
    }
    const authors = entries.get('bot-authors')
    if (authors)
      policy.automation.botAuthors = this.strings(authors.value as YamlNode, 'automation.bot-authors')
  }

  limits(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'limits')
    const fields = {
      'max-attempts': ['maxAttempts', 1, 10],
      'max-failed-jobs-for-rerun': ['maxFailedJobsForRerun', 0, 50],
      'max-new-issues': ['maxNewIssues', 0, 20],
      'max-writes': ['maxWrites', 0, 500]
    } as const
    this.onlyKeys(entries, 'limits', Object.keys(fields))
    for (const [name, pair] of entries) {
      const [field, min, max] = fields[name as keyof typeof fields]
      policy.limits[field] = this.integer(pair.value as YamlNode, `limits.${name}`, min, max)
    }
  }

  alerts(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'alerts')
    const fields = {
      'min-success-rate': ['minSuccessRatePercent', 0, 100],
      'max-time-to-repair-minutes': ['maxTimeToRepairMinutes', 1, 100_000],
      'failures-in-24h': ['failuresIn24h', 1, 1000]
    } as const
    this.onlyKeys(entries, 'alerts', Object.keys(fields))
    for (const [name, pair] of entries) {
      const [field, min, max] = fields[name as keyof typeof fields]
      policy.alerts[field] = this.integer(pair.value as YamlNode, `alerts.${name}`, min, max)
    }
  }

  testHistory(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'test-history')
    const fields = {
      runs: ['historyRuns', MIN_HISTORY_RUNS, MAX_HISTORY_RUNS],
      tests: ['historyTests', MIN_HISTORY_TESTS, MAX_HISTORY_TESTS]
    } as const
    this.onlyKeys(entries, 'test-history', Object.keys(fields))
    for (const [name, pair] of entries) {
      const [field, min, max] = fields[name as keyof typeof fields]
      policy.flakyTests[field] = this.integer(pair.value as YamlNode, `test-history.${name}`, min, max)
    }
  }

  priorities(node: YamlNode, policy: Policy): void {
    const entries = this.map(node, 'priorities')
    const fields = {
      'default-branch': 'defaultBranch',
      'default-branch-over-an-hour': 'defaultBranchOverAnHour',
      production: 'production',
      'security-or-auth': 'securityOrAuth',
      'pull-request-or-automation': 'pullRequestOrAutomation',
      flaky: 'flaky',
      other: 'other'
    } as const
    this.onlyKeys(entries, 'priorities', [...Object.keys(fields), 'bump-after-failures-in-24h'])
    for (const [name, pair] of entries) {
      const value = pair.value as YamlNode
      if (name === 'bump-after-failures-in-24h') {
        policy.priorities.bumpAfterFailuresIn24h = this.integer(value, `priorities.${name}`, 0, 100)
      } else {
        policy.priorities[fields[name as keyof typeof fields]] = this.oneOf<Priority>(
          value,
          `priorities.${name}`,
          PRIORITIES
        )
      }
    }
  }
}
