import { describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { describeError } from '../../src/github/errors.js'

/** Shaped as Octokit's RequestError: a message, a status and the request. */
const requestError = (status: number, url: string, message: string) =>
  Object.assign(new Error(message), { status, request: { method: 'GET', url, headers: {} } })

describe('describeError', () => {
  it('names the method, the path without its query, and the status of a failed request', () => {
    const error = requestError(
      403,
      'https://api.github.com/repos/acme/app/contents/.github%2Fworkflows?ref=main',
      'Forbidden - https://docs.github.com/rest'
    )
    expect(describeError(error)).toBe(
      'GET /repos/acme/app/contents/.github%2Fworkflows answered HTTP 403: Forbidden'
    )
  })

  it('redacts a secret in the message or the path', () => {
    const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'
    const error = requestError(404, `https://api.github.com/repos/acme/${token}`, `Not Found: ${token}`)
    const described = describeError(error)
    expect(described).not.toContain(token)
    expect(described).toMatch(/^GET \/repos\/acme\/\S*REDACTED\S* answered HTTP 404: Not Found: \S*REDACTED/)
  })

  it('gives the message of any other error, and the text of a thrown value', () => {
    expect(describeError(new Error('socket hang up'))).toBe('socket hang up')
    expect(describeError('plain')).toBe('plain')
    expect(describeError(undefined)).toBe('undefined')
  })
})

describe('a host that does not resolve', () => {
  it('is reported once, by name, without retries or an HTTP status', async () => {
    // `.invalid` never resolves (RFC 2606).
    const { octokit, stats } = createClient('ghs_test', { baseUrl: 'http://api.github.invalid' })
    const failure = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'app' }).then(
      () => null,
      (error: unknown) => error
    )
    expect(describeError(failure)).toMatch(
      /^cannot reach api\.github\.invalid: the host name does not resolve/
    )
    expect(describeError(failure)).not.toContain('HTTP')
    expect(stats.requests).toBe(1)
  })
})
