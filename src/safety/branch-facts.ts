import type { GitHubPort } from '../github/port.js'
import { type BranchFacts } from './gate.js'

/** A branch as it is now, in the shape the gate checks deletions against. */
export async function branchFacts(
  gateway: GitHubPort,
  name: string,
  defaultBranch: string,
  botAuthors: readonly string[]
): Promise<BranchFacts> {
  const branch = await gateway.branch(name)
  const isDefault = name === defaultBranch
  if (!branch)
    return { name, exists: false, protected: false, isDefault, openPrs: 0, headSha: '', foreignAuthors: [] }
  const [{ commits, total }, pulls] = await Promise.all([
    gateway.commitsAhead(defaultBranch, name),
    gateway.openPullRequestsFor(name)
  ])
  const allowed = new Set(botAuthors.map(author => author.toLowerCase()))
  const foreign = commits
    .map(commit => commit.login ?? commit.email ?? 'unknown author')
    .filter(author => !allowed.has(author.toLowerCase()))
  return {
    name,
    exists: true,
    protected: branch.protected,
    isDefault,
    openPrs: pulls.length,
    headSha: branch.sha,
    foreignAuthors: [...new Set(foreign)],
    uncheckedCommits: total - commits.length
  }
}
