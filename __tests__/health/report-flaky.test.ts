import { describe, expect, it } from '@jest/globals'
import { flakesSvg } from '../../src/health/charts.js'
import type { RepositoryReport, TestSection } from '../../src/health/report.js'
import { renderHtml } from '../../src/health/report-html.js'
import { renderJobSummary, renderMarkdown } from '../../src/health/report-markdown.js'
import { EMPTY_HISTORY } from '../../src/health/test-history.js'
import { HOSTILE_NAME, sampleReport } from './fixtures.js'

function row(index: number) {
  return {
    test: index === 0 ? HOSTILE_NAME : `suite › test ${index}`,
    workflow: '.github/workflows/ci.yml',
    flakes: 20 - index,
    runsAffected: 21 - index,
    runs: 50,
    flakeRate: (20 - index) / 50,
    firstSeen: '2026-11-01T10:00:00Z',
    lastSeen: '2026-11-19T10:00:00Z',
    jobs: ['test (node 22)', '<b>e2e</b>']
  }
}

function withTests(tests: TestSection) {
  const report = sampleReport()
  const repository: RepositoryReport = { ...report.repositories[0], tests }
  return { ...report, repositories: [repository] }
}

const tests: TestSection = {
  flaky: Array.from({ length: 12 }, (_, index) => row(index)),
  flakesPerDay: [
    { day: '2026-11-18', flakes: 3 },
    { day: '2026-11-19', flakes: 0 },
    { day: '2026-11-20', flakes: 6 }
  ],
  runsRead: 4,
  history: EMPTY_HISTORY,
  quarantine: [
    {
      number: 12,
      url: 'https://github.com/o/r/issues/12',
      test: 'suite › test 1',
      workflow: 'ci.yml',
      action: 'opened'
    }
  ]
}

describe('the flaky tests table', () => {
  const report = withTests(tests)

  it('lists every flaky test in the Markdown report, and the first 10 in the job summary', () => {
    const markdown = renderMarkdown(report)
    const summary = renderJobSummary(report)
    expect(markdown).toContain(
      '| Test | Flake rate | Runs affected | First seen (UTC) | Last seen (UTC) | Jobs |'
    )
    expect(markdown).toContain('`suite › test 11`')
    expect(markdown).toContain('| 36% (18 of 50) | 19 |')
    expect(summary).toContain('`suite › test 9`')
    expect(summary).not.toContain('`suite › test 10`')
    expect(summary).toContain('_… and 2 more in the health report._')
    expect(summary).toContain('[#12](https://github.com/o/r/issues/12) opened: `suite › test 1`')
  })

  it('escapes test and job names in every rendering', () => {
    const html = renderHtml(report)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<b>e2e</b>')
    expect(renderMarkdown(report)).not.toContain('<b>e2e</b>')
  })

  it('draws the flakes per day in the HTML report, scaled to the busiest day', () => {
    const html = renderHtml(report)
    expect(html).toContain('data-chart="flakes"')
    const svg = flakesSvg(tests.flakesPerDay, 'Flakes per day')
    expect(svg.match(/<rect class="flake-bar"/g)).toHaveLength(3)
    expect(svg).toContain('<title>2026-11-20: 6 flake(s)</title>')
    expect(svg).toMatch(/data-scale="flakes">.*>6<\/text>/)
    expect(flakesSvg([], 'none')).toContain('No flaky test recorded')
  })

  it('says so when no test flaked', () => {
    const quiet = withTests({ ...tests, flaky: [], flakesPerDay: [], quarantine: [] })
    expect(renderMarkdown(quiet)).toContain('**Flaky tests:** none in the 0 runs recorded.')
    expect(renderHtml(quiet)).toContain('No test flaked in the 0 runs recorded.')
  })
})
