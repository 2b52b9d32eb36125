/**
 * A minimal POST /graphql: the one query shape the actions use, branch refs with their head
 * commit's date and author, e.g.
 *
 *   repository(owner: $owner, name: $name) {
 *     refs(refPrefix: "refs/heads/", first: 100, after: $cursor) {
 *       pageInfo { hasNextPage endCursor }
 *       nodes { name target { ... on Commit { oid committedDate author { user { login } email } } } }
 *     }
 *   }
 *
 * The query is matched loosely (arguments may be literals or variables); anything else gets a
 * GraphQL error and is reported as a problem, since the stand-in cannot answer it truthfully.
 */
import type { Reply } from '../reply.js'
import { allBranches, branchHead, findRepo, type StandinState } from '../state.js'

interface GraphqlRequest {
  query?: string
  variables?: Record<string, unknown>
}

export interface GraphqlAnswer {
  reply: Reply
  problem?: string
}

const MAX_FIRST = 100

export function answerGraphql(state: StandinState, body: unknown): GraphqlAnswer {
  const { query = '', variables = {} } = (body ?? {}) as GraphqlRequest
  const repositoryArgs = /repository\s*\(([^)]*)\)/.exec(query)?.[1]
  const refsArgs = /refs\s*\(([^)]*)\)/.exec(query)?.[1]
  if (repositoryArgs === undefined || refsArgs === undefined) {
    const message = 'The stand-in answers only `repository { refs(...) }` queries'
    return {
      reply: { status: 200, body: { errors: [{ message }] } },
      problem: `graphql: unsupported query: ${query.slice(0, 200)}`
    }
  }
  const argument = (args: string, name: string) => resolveArgument(args, name, variables)
  const owner = String(argument(repositoryArgs, 'owner') ?? '')
  const name = String(argument(repositoryArgs, 'name') ?? '')
  const repo = findRepo(state, owner, name)
  if (!repo) {
    return {
      reply: {
        status: 200,
        body: {
          data: { repository: null },
          errors: [
            {
              type: 'NOT_FOUND',
              path: ['repository'],
              locations: [{ line: 1, column: 1 }],
              message: `Could not resolve to a Repository with the name '${owner}/${name}'.`
            }
          ]
        }
      }
    }
  }
  const prefix = String(argument(refsArgs, 'refPrefix') ?? 'refs/heads/')
  const first = Math.min(MAX_FIRST, Number(argument(refsArgs, 'first') ?? MAX_FIRST))
  const after = argument(refsArgs, 'after')
  const offset = typeof after === 'string' ? decodeCursor(after) : 0
  const scenario = repo.scenario
  const branches =
    prefix === 'refs/heads/' ? [...allBranches(scenario)].sort((a, b) => a.name.localeCompare(b.name)) : []
  const page = branches.slice(offset, offset + first)
  const nodes = page.map(branch => {
    const head = branchHead(scenario, branch)
    return {
      name: branch.name,
      target: {
        __typename: 'Commit',
        oid: head.sha,
        committedDate: head.date,
        author: {
          name: head.author ?? head.authorEmail ?? 'unknown',
          email: head.authorEmail ?? `${head.author ?? 'unknown'}@users.noreply.github.com`,
          date: head.date,
          user: head.author ? { login: head.author } : null
        }
      }
    }
  })
  const end = offset + page.length
  return {
    reply: {
      status: 200,
      body: {
        data: {
          repository: {
            refs: {
              totalCount: branches.length,
              pageInfo: {
                hasNextPage: end < branches.length,
                endCursor: page.length > 0 ? encodeCursor(end) : null
              },
              nodes
            }
          }
        }
      }
    }
  }
}

function resolveArgument(args: string, name: string, variables: Record<string, unknown>): unknown {
  const match = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"(?:[^"\\\\]|\\\\.)*"|\\d+|null)`).exec(args)
  if (!match) return undefined
  const value = match[1]
  if (value.startsWith('$')) return variables[value.slice(1)] ?? undefined
  if (value.startsWith('"')) return JSON.parse(value)
  return value === 'null' ? undefined : Number(value)
}

function encodeCursor(position: number): string {
  return Buffer.from(`cursor:v2:${position}`).toString('base64')
}

function decodeCursor(cursor: string): number {
  const position = Number(/^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString())?.[1])
  return Number.isFinite(position) ? position : 0
}
