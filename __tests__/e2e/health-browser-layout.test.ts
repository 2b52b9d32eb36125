/**
 * The HTML report's layout as Chromium lays it out: no word of the lint table is split across
 * lines (a location, a rule id or a word of a message broken mid-way cannot be read or searched
 * for), short shas stay on one line, and the legend, the duration scale and the explanation of
 * statuses and score are on the page. Without /usr/bin/chromium the test fails, unless
 * WORKFLOW_TRIAGE_SKIP_BROWSER=1.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { browserAvailability, CHROMIUM, dumpDom } from './support/health-browser.js'
import { healthCheck, healthScenario, statusRepository } from './support/health-scenarios.js'

const availability = browserAvailability()
const describeInBrowser = availability === 'skip' ? describe.skip : describe

/** A workflow with findings whose locations, rule ids and fixes are long. */
const RISKY_WORKFLOW = `name: Greeter
on: pull_request_target
jobs:
  greet-the-author-of-the-pull-request-with-a-long-job-name:
    runs-on: ubuntu-latest
    steps:
      - uses: some-third-party/greeting-action@main
      - run: echo "Thanks for \${{ github.event.pull_request.title }}"
`

/**
 * Measures the laid-out page: every word of every cell of the chosen columns must sit on one
 * line box. The report forbids scripts (CSP), so the measuring copy drops that one meta tag.
 */
const MEASURE = `<script>
const broken = []
for (const cell of document.querySelectorAll('table.lint td, td.nowrap')) {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)))
      if (lines.size > 1) broken.push(match[0])
    }
  }
}
document.body.setAttribute('data-broken-words', JSON.stringify(broken))
document.body.setAttribute('data-lint-rows', String(document.querySelectorAll('table.lint tbody tr').length))
</script>`

describeInBrowser('the HTML report layout in headless Chromium', () => {
  let html = ''
  let dom = ''

  beforeAll(async () => {
    if (availability === 'missing') {
      throw new Error(
        `${CHROMIUM} is not installed: install the Debian package chromium, or set WORKFLOW_TRIAGE_SKIP_BROWSER=1 to skip this test`
      )
    }
    const repository = statusRepository()
    repository.workflows[0] = { ...repository.workflows[0], content: RISKY_WORKFLOW }
    const { result, outDir } = await healthCheck(
      healthScenario(repository, { inputs: { 'fail-on': 'never' } })
    )
    html = result.artifacts['health-report']['health-report.html']
    const measured = join(outDir, 'measured.html')
    writeFileSync(
      measured,
      html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace('</body>', `${MEASURE}</body>`)
    )
    dom = await dumpDom(measured)
  }, 120_000)

  it('lays out the lint table with no word split across lines', () => {
    const rows = Number(/data-lint-rows="(\d+)"/.exec(dom)?.[1])
    expect(rows).toBeGreaterThanOrEqual(3)
    const broken = JSON.parse(
      (/data-broken-words="([^"]*)"/.exec(dom)?.[1] ?? 'null').replace(/&quot;/g, '"')
    ) as string[]
    expect(broken).toEqual([])
  })

  it('shows the fix of the template injection for the context found, as code, without backticks', () => {
    expect(dom).toContain('<code>PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}</code>')
    const lintTable = /<table class="lint">[\s\S]*?<\/table>/.exec(dom)?.[0] ?? ''
    expect(lintTable).not.toContain('`')
    expect(lintTable).not.toContain('issue.title')
  })

  it('has the run legend, a scale on every duration chart and the explanation of statuses and score', () => {
    expect(dom).toMatch(/<div class="legend">[\s\S]*success[\s\S]*failure/)
    expect((dom.match(/data-chart="durations"/g) ?? []).length).toBe(
      (dom.match(/data-scale="durations"/g) ?? []).length +
        (dom.match(/Not enough successful runs/g) ?? []).length
    )
    expect(dom).toContain('data-scale="durations"')
    expect(dom).toContain('How to read this report')
    expect(dom).toContain('data-explains="score"')
  })

  it('keeps the report itself script-free', () => {
    expect(html).toContain("default-src 'none'")
    expect(html).not.toContain('<script')
  })
})
