import { describe, expect, it } from '@jest/globals'
import { lintWorkflows } from '../../src/lint/index.js'

const workflow = (script: string, step = 'run') => `on: pull_request_target
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - ${step === 'run' ? `run: ${script}` : `uses: actions/github-script@v7\n        with:\n          script: ${script}`}
`

const injectionHints = (content: string) =>
  lintWorkflows([{ path: '.github/workflows/greet.yml', content }])
    .filter(finding => finding.rule === 'template-injection')
    .map(finding => finding.hint)

describe('the template-injection fix names the context that was found', () => {
  it('a pull request title gets a pull request title in its fix', () => {
    const hints = injectionHints(workflow('echo "${{ github.event.pull_request.title }}"'))
    expect(hints).toEqual([
      'Pass the value through `env:` (`PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}`) and use "$PULL_REQUEST_TITLE" in the script.'
    ])
  })

  it('an indexed commit message keeps the expression as written', () => {
    const [hint] = injectionHints(workflow('echo "${{ github.event.commits[0].message }}"'))
    expect(hint).toContain('`COMMITS_MESSAGE: ${{ github.event.commits[0].message }}`')
    expect(hint).not.toContain('issue.title')
  })
})
