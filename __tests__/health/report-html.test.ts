import { describe, expect, it } from '@jest/globals'
import { durationsSvg, escapeHtml, runStripSvg, safeHref, scoresSvg } from '../../src/health/charts.js'
import { inlineCode, renderHtml } from '../../src/health/report-html.js'
import { HOSTILE_NAME, sampleReport } from './fixtures.js'

const count = (text: string, needle: string) => text.split(needle).length - 1

describe('renderHtml', () => {
  const report = sampleReport()
  const html = renderHtml(report)
  const workflows = report.repositories[0].workflows

  it('escapes every untrusted string', () => {
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;')
    expect(html).not.toContain('<b>x</b>')
    expect(html).toContain('automated/&lt;b&gt;x&lt;/b&gt;')
  })

  it('never links a non-http URL', () => {
    expect(html).not.toContain('javascript:')
    expect(html).toContain('href="https://github.com/o/r/actions/runs/')
  })

  it('is self-contained: no scripts, external styles, fonts or images, and a CSP that forbids them', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/)
    for (const external of ['<link', '@import', 'url(', '<iframe', '<object']) {
      expect(html).not.toContain(external)
    }
    expect(html).not.toMatch(/<[a-z]+\s[^>]*\bsrc=/i)
  })

  it('draws one run strip and one durations chart per workflow, and a scores chart', () => {
    expect(count(html, 'data-chart="strip"')).toBe(workflows.length)
    expect(count(html, 'data-chart="durations"')).toBe(workflows.length)
    expect(count(html, 'data-chart="scores"')).toBe(report.repositories.length)
    expect(count(html, '<article class="card workflow')).toBe(workflows.length)
  })

  it('shows the overall status and score in the header, and styles dark mode', () => {
    expect(html).toContain(`<div class="big-score">${report.score}<small>/100</small></div>`)
    expect(html).toContain('<span class="badge status-critical">🔴 critical</span>')
    expect(html).toContain('@media (prefers-color-scheme: dark)')
  })

  it('lists alerts, lint findings, pruned branches with both restore commands, and issues', () => {
    expect(html).toContain(
      `<span class="level-critical">critical</span> ${escapeHtml(HOSTILE_NAME)} failed 3 times`
    )
    expect(html).toContain('<code>.github/workflows/ci.yml:12:9</code>')
    expect(html).toContain('1 error, 1 warning, 0 notices')
    expect(html).toContain(escapeHtml(`git push origin '${'a'.repeat(40)}:refs/heads/automated/<b>x</b>'`))
    expect(html).toContain('gh api -X POST repos/octo/repo/git/refs')
    expect(html).toContain('<a href="https://github.com/octo/repo/issues/7">#7</a> opened')
  })
})

describe('charts', () => {
  const sample = (id: number, conclusion: string | null, durationSeconds: number | null = 60) => ({
    id,
    conclusion,
    runAttempt: 1,
    headBranch: 'main',
    createdAt: `2026-11-20T0${id}:00:00Z`,
    durationSeconds,
    htmlUrl: `https://github.com/o/r/actions/runs/${id}`
  })

  it('puts the newest run on the right, one square per run with a tooltip', () => {
    const svg = runStripSvg([sample(3, 'failure'), sample(2, 'success'), sample(1, 'cancelled')], 'CI')
    expect(count(svg, '<rect')).toBe(3)
    const order = [...svg.matchAll(/<title>#(\d) (\w+)/g)].map(match => `${match[1]} ${match[2]}`)
    expect(order).toEqual(['1 cancelled', '2 success', '3 failure'])
    expect(svg).toContain('class="run run-failure" x="36"')
  })

  it('gives an unknown conclusion a neutral class instead of echoing it', () => {
    expect(runStripSvg([sample(1, '" onload="x')], 'CI')).toContain('class="run run-other"')
  })

  it('scales score bars to 100 and says when nothing is scored', () => {
    const svg = scoresSvg([{ label: 'CI', score: 50, status: 'degraded' }])
    expect(svg).toContain('class="bar status-degraded"')
    expect(svg).toContain('class="fill" x="200" y="5" width="180.0"')
    expect(scoresSvg([])).toContain('No workflow has enough runs to score.')
  })

  it('draws a duration line only from two points on, slowest at the top', () => {
    expect(durationsSvg([{ seconds: 60, label: 'a' }], 'CI')).toContain('Not enough successful runs')
    const svg = durationsSvg(
      [
        { seconds: 60, label: 'a' },
        { seconds: 120, label: 'b' }
      ],
      'CI'
    )
    // half the height for half the slowest; the scale beside the line says 0 s to 2 min
    expect(svg).toContain('<polyline class="line" points="56.0,28.0 264.0,6.0"/>')
    expect(svg).toMatch(/<text class="tick"[^>]*>2 min<\/text><text class="tick"[^>]*>0 s<\/text>/)
    expect(count(svg, '<circle')).toBe(2)
  })

  it('escapes attributes and refuses script URLs', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
    expect(safeHref('JavaScript:alert(1)')).toBeNull()
    expect(safeHref('https://x.test/?a=1&b="2"')).toBe('https://x.test/?a=1&amp;b=&quot;2&quot;')
  })
})

describe('inlineCode', () => {
  it('shows backticked spans as code, never as literal backticks, and escapes the rest', () => {
    expect(inlineCode('Add `permissions: { contents: read }` to <job>')).toBe(
      'Add <code>permissions: { contents: read }</code> to &lt;job&gt;'
    )
    expect(inlineCode('`<img src=x>`')).toBe('<code>&lt;img src=x&gt;</code>')
    expect(inlineCode('Set `timeout-minutes` on job build-and-test.')).toBe(
      'Set <code><span class="word">timeout-minutes</span></code> on job <span class="word">build-and-test.</span>'
    )
  })
})

describe('the report explains itself and keeps identifiers whole', () => {
  const html = renderHtml(sampleReport())

  it('explains every status rule and what the score is', () => {
    const explanation = html.slice(html.indexOf('data-explains="status"'))
    for (const status of ['no-data', 'critical', 'degraded', 'warning', 'healthy'])
      expect(explanation).toContain(`status-${status}`)
    expect(explanation).toContain('3 most recent runs failed')
    expect(explanation).toMatch(/Score<\/strong> \(0-100\)/)
    expect(html).toContain('data-explains="score"')
  })

  it('never wraps a lint location, a rule id or a short sha', () => {
    expect(html).toContain('<table class="lint">')
    expect(html).toContain('<td class="nowrap"><code>.github/workflows/ci.yml:12:9</code></td>')
    expect(html).toContain('<td class="nowrap"><code>template-injection</code></td>')
    expect(html).toContain(`<td class="nowrap"><code>${'a'.repeat(7)}</code></td>`)
  })

  it('writes times to repair in hours and minutes', () => {
    expect(html).not.toMatch(/\d{3,} min/)
  })
})
