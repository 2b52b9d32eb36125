import { codeCell, escapeMarkdownInline } from '../../src/text/markdown.js'
import { describe, expect, it } from '@jest/globals'
import {
  formatAge,
  lintFindingsBySeverity,
  lintSection,
  renderJson,
  type HealthReport,
  type LintFinding
} from '../../src/health/report.js'
import { renderJobSummary, renderMarkdown } from '../../src/health/report-markdown.js'
import { HOSTILE_NAME, NOW, sampleReport } from './fixtures.js'

const finding = (index: number, level: LintFinding['level'] = 'warning'): LintFinding => ({
  file: `.github/workflows/w${index}.yml`,
  line: index + 1,
  column: 1,
  rule: 'missing-timeout',
  level,
  message: `job ${index} has no timeout-minutes`,
  hint: 'Set timeout-minutes'
})

describe('report data', () => {
  it('serialises to versioned JSON that reads back the same', () => {
    const report = sampleReport()
    const json = renderJson(report)
    expect(JSON.parse(json)).toEqual(report)
    expect(JSON.parse(json).schemaVersion).toBe(1)
  })

  it('counts lint findings per level and sorts them worst first', () => {
    const findings = [finding(1, 'notice'), finding(2, 'error'), finding(3), finding(0, 'error')]
    expect(lintSection(findings).counts).toEqual({ error: 2, warning: 1, notice: 1 })
    expect(lintFindingsBySeverity(findings).map(f => f.line)).toEqual([1, 3, 4, 2])
  })

  it('formats ages for people', () => {
    const now = NOW.toISOString()
    expect(formatAge(new Date(NOW.getTime() - 5 * 60_000).toISOString(), now)).toBe('5m ago')
    expect(formatAge(new Date(NOW.getTime() - 3 * 3600_000).toISOString(), now)).toBe('3h ago')
    expect(formatAge(new Date(NOW.getTime() - 3 * 86400_000).toISOString(), now)).toBe('3d ago')
    expect(formatAge(null, now)).toBe('none in window')
  })
})

describe('Markdown escaping', () => {
  it('makes untrusted text inert, HTML included', () => {
    expect(escapeMarkdownInline(HOSTILE_NAME)).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;')
    expect(escapeMarkdownInline('a | b *c* [x](y)\nz')).toBe('a \\| b \\*c\\* \\[x\\]\\(y\\) z')
  })

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeCell('git push')).toBe('`git push`')
    expect(codeCell('a`b``c')).toBe('```a`b``c```')
    expect(codeCell('`x')).toBe('`` `x ``')
    expect(codeCell('a|b')).toBe('`a\\|b`')
  })
})

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleReport())

  it('has a status table with an emoji, score, rate, duration, last success and reason per workflow', () => {
    expect(markdown).toContain(
      '| Status | Workflow | Score | Success | Median duration | Last success | Reason |'
    )
    expect(markdown).toContain(
      '| 🟢 healthy | CI | 100 | 100% | 5 min (1.0× earlier runs) | 54m ago | all 10 runs passed |'
    )
    expect(markdown).toContain('| 🔴 critical | &lt;script&gt;alert\\(1\\)&lt;/script&gt; |')
    expect(markdown).toContain(
      'Nightly _(all branches\\: none on the default branch; disabled for inactivity)_'
    )
    expect(markdown).not.toContain('<script>')
  })

  it('charts the scores of scored workflows with Mermaid, with labels that cannot break out', () => {
    const chart = markdown.slice(
      markdown.indexOf('```mermaid'),
      markdown.indexOf('```', markdown.indexOf('xychart'))
    )
    expect(chart).toContain('x-axis ["CI", "scriptalert1/script"]')
    expect(chart).toMatch(/bar \[100, \d+\]/)
  })

  it('lists alerts, lint counts with top findings, pruned branches with restore commands, and issues', () => {
    expect(markdown).toContain('- 🚨 &lt;script&gt;alert\\(1\\)&lt;/script&gt; failed 3 times')
    expect(markdown).toContain('**Lint:** 1 error, 1 warning, 0 notices.')
    expect(markdown).toContain('`.github/workflows/ci.yml:12:9`')
    expect(markdown.indexOf(':12:9')).toBeLessThan(markdown.indexOf(':3:1'))
    expect(markdown).toContain('**Pruned 1 stale branch:**')
    // A value that looks like HTML is shown as escaped text, not as a code span.
    expect(markdown).toContain(
      `git push origin '${'a'.repeat(40)}\\:refs/heads/automated/&lt;b&gt;x&lt;/b&gt;'`
    )
    expect(markdown).toContain('gh api \\-X POST repos/octo/repo/git/refs')
    expect(markdown).toContain('1 more stale branch left for the next run: `automated/later`')
    expect(markdown).toContain('- [#7](https://github.com/octo/repo/issues/7) opened')
  })

  it('says when it was a dry run and lists errors', () => {
    const dry = renderMarkdown(sampleReport({ dryRun: true, errors: ['other/repo: Not Found'] }))
    expect(dry).toContain('dry run: nothing was changed')
    expect(dry).toContain('**Errors:**\n- other/repo\\: Not Found')
  })
})

describe('renderJobSummary', () => {
  const big = (findings: number): HealthReport => {
    const report = sampleReport()
    const repository = report.repositories[0]
    const many = Array.from({ length: findings }, (_, index) => finding(index))
    return { ...report, repositories: [{ ...repository, lint: lintSection(many) }] }
  }

  it('shows the top 10 findings only', () => {
    const summary = renderJobSummary(big(50))
    expect(summary).toContain('(top 10 of 50)')
    expect(summary.match(/job \d+ has no timeout\\-minutes/g)).toHaveLength(10)
  })

  it('stays under the byte cap, cutting between blocks, never inside a table or chart', () => {
    const repositories = Array.from({ length: 400 }, (_, index) => ({
      ...sampleReport().repositories[0],
      repo: `octo/repo-${index}`
    }))
    const report = { ...sampleReport(), repositories }
    const limit = 64 * 1024
    const summary = renderJobSummary(report, limit)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(limit)
    expect(Buffer.byteLength(renderMarkdown(report))).toBeGreaterThan(limit)
    expect(summary).toContain('The summary was cut to fit')
    expect((summary.match(/```/g) ?? []).length % 2).toBe(0)
    // Cut at a block boundary: what is kept is the start of the uncut summary up to a blank line.
    const kept = summary.slice(0, summary.indexOf('_The summary was cut')).trimEnd()
    expect(renderJobSummary(report, Number.MAX_SAFE_INTEGER).startsWith(`${kept}\n\n`)).toBe(true)
    expect(kept.split('\n').at(-1)).toMatch(/^\|/)
  })

  it('is not cut when it fits', () => {
    expect(renderJobSummary(sampleReport())).not.toContain('cut to fit')
  })
})
