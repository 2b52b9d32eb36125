/**
 * The HTML report as a person sees it: the artifact's health-report.html opened in headless
 * Chromium shows its charts (a run strip and a durations chart per workflow, the scores
 * chart) in the rendered DOM, and the screenshot has them painted in the status colours.
 * Without /usr/bin/chromium the test fails, unless WORKFLOW_TRIAGE_SKIP_BROWSER=1.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  browserAvailability,
  CHROMIUM,
  countColour,
  dumpDom,
  readPng,
  screenshot,
  type Image
} from './support/health-browser.js'
import {
  healthCheck,
  healthScenario,
  STATUS_WORKFLOWS,
  statusRepository
} from './support/health-scenarios.js'

const availability = browserAvailability()
const describeInBrowser = availability === 'skip' ? describe.skip : describe
const WORKFLOWS = Object.values(STATUS_WORKFLOWS)

/** The light theme's colours in report-html.ts. */
const COLOUR = { success: '#1a7f37', failure: '#cf222e', line: '#0969da' }

describeInBrowser('the HTML report in headless Chromium', () => {
  let dom = ''
  let image: Image
  let png = ''

  beforeAll(async () => {
    if (availability === 'missing') {
      throw new Error(
        `${CHROMIUM} is not installed: install the Debian package chromium, or set WORKFLOW_TRIAGE_SKIP_BROWSER=1 to skip this test`
      )
    }
    const { result, outDir } = await healthCheck(
      healthScenario(statusRepository(), { inputs: { 'fail-on': 'never' } })
    )
    const html = join(outDir, 'health-report.html')
    writeFileSync(html, result.artifacts['health-report']['health-report.html'])
    png = join(outDir, 'health-report.png')
    const [rendered] = await Promise.all([dumpDom(html), screenshot(html, png)])
    dom = rendered
    image = readPng(png)
    process.stdout.write(`health report screenshot: ${png}\n`)
  })

  it('renders a run strip with one square per run for every workflow', () => {
    const strips = [...dom.matchAll(/<svg class="chart strip" data-chart="strip"[\s\S]*?<\/svg>/g)].map(
      match => match[0]
    )
    expect(strips).toHaveLength(WORKFLOWS.length)
    const squares = strips.map(strip => (strip.match(/<rect /g) ?? []).length)
    expect(squares).toEqual(WORKFLOWS.map(entry => entry.pattern.length))
  })

  it('renders the scores chart with a bar for every scored workflow', () => {
    const scores = dom.match(/<svg class="chart scores" data-chart="scores"[\s\S]*?<\/svg>/g) ?? []
    expect(scores).toHaveLength(1)
    const scored = WORKFLOWS.filter(entry => entry.status !== 'no-data')
    for (const entry of scored) expect(scores[0]).toContain(`>${entry.workflow.name}<`)
    expect(scores[0]).not.toContain(`>${STATUS_WORKFLOWS.nightly.workflow.name}<`)
  })

  it('renders a durations chart for every workflow', () => {
    expect(dom.match(/data-chart="durations"/g) ?? []).toHaveLength(WORKFLOWS.length)
    expect(dom).toMatch(/<polyline class="line"|<path class="line"/)
  })

  it('paints the charts: green and red run squares and the durations line are on screen', () => {
    expect(image.width).toBe(1280)
    expect(image.height).toBe(2400)
    // 14-pixel squares: 35 green and 6 red runs, plus the score bars and badges.
    expect(countColour(image, COLOUR.success)).toBeGreaterThan(35 * 100)
    expect(countColour(image, COLOUR.failure)).toBeGreaterThan(6 * 100)
    expect(countColour(image, COLOUR.line)).toBeGreaterThan(200)
  })
})
