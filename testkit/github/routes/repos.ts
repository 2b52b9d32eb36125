/** Repository routes: the repository, contents, branches, commits, compare, refs, pulls, permissions. */
import type { ScenarioBranch } from '../../scenario/types.js'
import * as model from '../model.js'
import {
  error,
  json,
  noContent,
  notFound,
  pagedList,
  paginate,
  validationFailed,
  type Reply,
  type Route,
  type RouteContext
} from '../reply.js'
import { allBranches, baseCommit, branchHead, findBranch, findCommit, parentSha } from '../state.js'

const WORKFLOWS_DIR = '.github/workflows'
const FULL_SHA = /^[0-9a-f]{40}$/

const getRepository: Route = context => {
  const { repo, site } = context
  const openIssues = repo.issues.filter(issue => issue.state === 'open').length
  const pushedAt =
    repo.scenario.runs
      .map(run => run.createdAt)
      .sort()
      .at(-1) ?? '2020-01-01T00:00:00Z'
  return json(model.fullRepository(site, repo.scenario, openIssues, pushedAt))
}

/** Which commit `ref` names: a branch, a full sha, or (absent) the default branch. */
function resolveRef(
  context: RouteContext,
  ref: string | undefined
): { ref: string; sha: string } | undefined {
  const scenario = context.repo.scenario
  const name = ref ?? scenario.defaultBranch
  const branch = findBranch(scenario, name.replace(/^refs\/heads\//, ''))
  if (branch) return { ref: name, sha: branchHead(scenario, branch).sha }
  return FULL_SHA.test(name) ? { ref: name, sha: name } : undefined
}

const getContent: Route = context => {
  const { repo, site } = context
  const path = context.params.path.replace(/^\/+|\/+$/g, '')
  const at = resolveRef(context, context.query.ref)
  if (!at) return error(404, `No commit found for the ref ${context.query.ref}`)
  const contentOf = (workflow: (typeof repo.scenario.workflows)[number]) =>
    Buffer.from(workflow.contentAt?.[at.sha] ?? workflow.content)
  if (path === WORKFLOWS_DIR) {
    const entries = repo.scenario.workflows
      .map(workflow => model.contentEntry(site, repo.scenario, workflow.path, at.ref, contentOf(workflow)))
      .sort((a, b) => a.name.localeCompare(b.name))
    return json(entries)
  }
  const workflow = repo.scenario.workflows.find(candidate => candidate.path === path)
  return workflow
    ? json(model.contentFile(site, repo.scenario, path, at.ref, contentOf(workflow)))
    : notFound()
}

const listBranches: Route = context => {
  const scenario = context.repo.scenario
  const wanted = context.query.protected
  const branches = allBranches(scenario)
    .filter(branch => wanted === undefined || String(branch.protected ?? false) === wanted)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(branch =>
      model.shortBranch(
        context.site,
        scenario,
        branch.name,
        branchHead(scenario, branch).sha,
        branch.protected ?? false
      )
    )
  return pagedList(context, branches)
}

function branchJson(context: RouteContext, branch: ScenarioBranch) {
  const scenario = context.repo.scenario
  const head = branchHead(scenario, branch)
  return model.branchWithProtection(context.site, scenario, branch, head, parentSha(scenario, head.sha))
}

const getBranch: Route = context => {
  const branch = findBranch(context.repo.scenario, context.params.branch)
  return branch ? json(branchJson(context, branch)) : error(404, 'Branch not found')
}

/**
 * `base...head`: the scenario keeps, per branch, the commits that are not on the default
 * branch, so comparing the default branch with a branch lists exactly those.
 */
const compare: Route = context => {
  const scenario = context.repo.scenario
  const [baseName, headSpec] = context.params.basehead.split('...')
  const headName = headSpec?.includes(':') ? headSpec.slice(headSpec.indexOf(':') + 1) : headSpec
  const base = findBranch(scenario, baseName)
  const head = headName === undefined ? undefined : findBranch(scenario, headName)
  if (!base || !head) return notFound()
  const commits = head.name === base.name ? [] : head.commits
  const root = baseCommit(scenario)
  const toJson = (commit: (typeof commits)[number]) =>
    model.commit(context.site, scenario, commit, parentSha(scenario, commit.sha))
  const api = model.repoApiUrl(context.site, scenario)
  const web = `${context.site.web}/${scenario.owner}/${scenario.name}`
  // GitHub pages the commits of a comparison (`per_page`, `page`); `total_commits` counts them all.
  const { page, headers } = paginate(context, commits)
  const reply = json({
    url: `${api}/compare/${baseName}...${headSpec}`,
    html_url: `${web}/compare/${baseName}...${headSpec}`,
    permalink_url: `${web}/compare/${scenario.owner}:${root.sha}...${scenario.owner}:${branchHead(scenario, head).sha}`,
    diff_url: `${web}/compare/${baseName}...${headSpec}.diff`,
    patch_url: `${web}/compare/${baseName}...${headSpec}.patch`,
    base_commit: toJson(branchHead(scenario, base)),
    merge_base_commit: toJson(root),
    status: commits.length > 0 ? 'ahead' : 'identical',
    ahead_by: commits.length,
    behind_by: 0,
    total_commits: commits.length,
    commits: page.map(toJson),
    files: []
  })
  return { ...reply, headers }
}

const getCommit: Route = context => {
  const scenario = context.repo.scenario
  const found = findCommit(scenario, context.params.ref)
  if (!found)
    return validationFailed(`No commit found for SHA: ${context.params.ref}`, 'Commit', 'sha', 'invalid')
  return json({
    ...model.commit(context.site, scenario, found, parentSha(scenario, found.sha)),
    files: [],
    stats: { total: 0, additions: 0, deletions: 0 }
  })
}

const deleteRef: Route = context => {
  const scenario = context.repo.scenario
  const ref = context.params.ref
  const name = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined
  const branch = name === undefined ? undefined : scenario.branches.find(candidate => candidate.name === name)
  if (!branch) return error(422, 'Reference does not exist')
  const sha = branchHead(scenario, branch).sha
  scenario.branches = scenario.branches.filter(candidate => candidate !== branch)
  context.repo.deletedRefs.push({ ref, sha })
  return noContent()
}

const listPulls: Route = context => {
  const scenario = context.repo.scenario
  const { state = 'open', head, base } = context.query
  const headBranch = head?.includes(':') ? head.slice(head.indexOf(':') + 1) : head
  const headOwner = head?.includes(':') ? head.slice(0, head.indexOf(':')) : scenario.owner
  const shaOf = (name: string) => {
    const branch = findBranch(scenario, name)
    return branch
      ? branchHead(scenario, branch).sha
      : model.syntheticSha(`${scenario.owner}/${scenario.name}@${name}`)
  }
  const pulls = (scenario.pullRequests ?? [])
    .filter(pull => state === 'all' || pull.state === state)
    .filter(
      pull => !head || (headOwner.toLowerCase() === scenario.owner.toLowerCase() && pull.head === headBranch)
    )
    .filter(pull => !base || pull.base === base)
    .sort((a, b) => b.number - a.number)
    .map(pull =>
      model.pullRequest(context.site, scenario, pull, { head: shaOf(pull.head), base: shaOf(pull.base) })
    )
  return pagedList(context, pulls)
}

const getCollaboratorPermission: Route = (context): Reply => {
  const login = context.params.username
  const collaborators = context.repo.scenario.collaborators ?? {}
  const known = Object.keys(collaborators).find(name => name.toLowerCase() === login.toLowerCase())
  return json(
    model.collaboratorPermission(context.site, known ?? login, known ? collaborators[known] : 'none')
  )
}

export const reposRoutes: Record<string, Route> = {
  'repos/get': getRepository,
  'repos/get-content': getContent,
  'repos/list-branches': listBranches,
  'repos/get-branch': getBranch,
  'repos/compare-commits-with-basehead': compare,
  'repos/get-commit': getCommit,
  'git/delete-ref': deleteRef,
  'pulls/list': listPulls,
  'repos/get-collaborator-permission-level': getCollaboratorPermission
}
