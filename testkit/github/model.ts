/**
 * Scenario data -> JSON shaped exactly like GitHub's REST answers. Pure functions: each takes
 * the plain scenario objects and the `Site` (where the API and the web pages live) and returns
 * what api.github.com would. The OpenAPI schemas decide which fields must be present; values
 * are realistic (URLs, node ids, git blob shas) so client code that reads them keeps working.
 */
import { createHash } from 'node:crypto'
import type {
  ScenarioArtifact,
  ScenarioBranch,
  ScenarioCommit,
  ScenarioJob,
  ScenarioPullRequest,
  ScenarioRepository,
  ScenarioRun,
  ScenarioWorkflow
} from '../scenario/types.js'

export interface Site {
  /** The stand-in's API base, e.g. http://127.0.0.1:4321 (no trailing slash). */
  api: string
  /** Where html_url points: the real github.com, as in GitHub's answers. */
  web: string
}

/** An issue as the stand-in keeps it (scenario issues plus the ones created at run time). */
export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  stateReason: string | null
  labels: string[]
  assignees: string[]
  user: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  comments: CommentRecord[]
  events: IssueEventRecord[]
}

export interface CommentRecord {
  id: number
  user: string
  body: string
  createdAt: string
}

export interface IssueEventRecord {
  id: number
  event: 'labeled' | 'unlabeled'
  label: string
  actor: string
  createdAt: string
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

/** A stable positive id for a name (users, repositories): the same login always gets the same id. */
export function stableId(text: string): number {
  return (createHash('sha1').update(text).digest().readUInt32BE(0) % 90_000_000) + 1_000_000
}

/** A deterministic 40-hex sha for synthesized commits. */
export function syntheticSha(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** The git blob sha of some content, as the contents API reports it. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** GitHub's legacy global node id: base64 of `<length of type>:<Type><id>`. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64').replace(/=+$/, '')
}

const BOT_SUFFIX = '[bot]'

export function user(site: Site, login: string) {
  const id = stableId(login)
  const api = `${site.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${site.web}/${login.endsWith(BOT_SUFFIX) ? `apps/${login.slice(0, -BOT_SUFFIX.length)}` : login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith(BOT_SUFFIX) ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

export function repoApiUrl(site: Site, repo: ScenarioRepository): string {
  return `${site.api}/repos/${repo.owner}/${repo.name}`
}

function repoWebUrl(site: Site, repo: ScenarioRepository): string {
  return `${site.web}/${repo.owner}/${repo.name}`
}

const REPOSITORY_CREATED_AT = '2020-01-01T00:00:00Z'

/** The minimal repository embedded in runs (`head_repository`, `repository`). */
export function minimalRepository(site: Site, repo: ScenarioRepository) {
  const api = repoApiUrl(site, repo)
  const id = stableId(`${repo.owner}/${repo.name}`)
  return {
    id,
    node_id: nodeId('Repository', id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private ?? false,
    owner: user(site, repo.owner),
    html_url: repoWebUrl(site, repo),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`
  }
}

/** The full repository (`GET /repos/{owner}/{repo}`, and the `repo` of pull request heads). */
export function fullRepository(site: Site, repo: ScenarioRepository, openIssues: number, pushedAt: string) {
  const minimal = minimalRepository(site, repo)
  return {
    ...minimal,
    clone_url: `${minimal.html_url}.git`,
    git_url: `git://github.com/${minimal.full_name}.git`,
    ssh_url: `git@github.com:${minimal.full_name}.git`,
    svn_url: minimal.html_url,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    default_branch: repo.defaultBranch,
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    network_count: 0,
    subscribers_count: 0,
    size: 1024,
    open_issues: openIssues,
    open_issues_count: openIssues,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    is_template: false,
    topics: [],
    license: null,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: pushedAt,
    created_at: REPOSITORY_CREATED_AT,
    updated_at: pushedAt
  }
}

export function workflow(site: Site, repo: ScenarioRepository, wf: ScenarioWorkflow) {
  const file = wf.path.split('/').pop() ?? wf.path
  return {
    id: wf.id,
    node_id: nodeId('Workflow', wf.id),
    name: wf.name,
    path: wf.path,
    state: wf.state ?? 'active',
    created_at: REPOSITORY_CREATED_AT,
    updated_at: REPOSITORY_CREATED_AT,
    url: `${repoApiUrl(site, repo)}/actions/workflows/${wf.id}`,
    html_url: `${repoWebUrl(site, repo)}/blob/${repo.defaultBranch}/${wf.path}`,
    badge_url: `${repoWebUrl(site, repo)}/workflows/${encodeURIComponent(file)}/badge.svg`
  }
}

export function workflowRun(
  site: Site,
  repo: ScenarioRepository,
  run: ScenarioRun,
  context: {
    workflow: ScenarioWorkflow | undefined
    headCommit: ScenarioCommit | undefined
    pullRequests: ScenarioPullRequest[]
    attempt: number
  }
) {
  const api = `${repoApiUrl(site, repo)}/actions/runs/${run.id}`
  const repository = minimalRepository(site, repo)
  const headRepository = forkOf(site, repo, run.headRepository)
  const actor = user(site, run.actor ?? 'octocat')
  const headCommit = context.headCommit ?? {
    sha: run.headSha,
    message: `Commit ${run.headSha.slice(0, 7)}`,
    author: run.actor ?? 'octocat',
    date: run.createdAt
  }
  const commitAuthor = {
    name: headCommit.author ?? 'Unknown',
    email: headCommit.authorEmail ?? `${headCommit.author ?? 'unknown'}@users.noreply.github.com`
  }
  const latest = context.attempt === (run.runAttempt ?? 1)
  const earlierJobs = latest ? [] : (run.previousAttempts?.[String(context.attempt)] ?? [])
  return {
    id: run.id,
    name: context.workflow?.name ?? null,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1_000_000,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1_000_000),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: context.workflow?.path ?? '',
    run_number: run.runNumber ?? run.id % 10_000,
    run_attempt: context.attempt,
    event: run.event,
    display_title: headCommit.message.split('\n')[0],
    status: latest ? run.status : 'completed',
    conclusion: latest ? run.conclusion : attemptConclusion(earlierJobs),
    workflow_id: run.workflowId,
    url: api,
    html_url: `${repoWebUrl(site, repo)}/actions/runs/${run.id}`,
    // GitHub lists no pull request on a run whose head is in another repository (a fork).
    pull_requests: (headRepository.fork ? [] : context.pullRequests).map(pull => ({
      id: pull.number + 500_000,
      number: pull.number,
      url: `${repoApiUrl(site, repo)}/pulls/${pull.number}`,
      head: {
        ref: pull.head,
        sha: run.headSha,
        repo: { id: repository.id, url: repository.url, name: repo.name }
      },
      base: {
        ref: pull.base,
        sha: syntheticSha(`${repo.owner}/${repo.name}@${pull.base}`),
        repo: { id: repository.id, url: repository.url, name: repo.name }
      }
    })),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor,
    triggering_actor: actor,
    run_started_at: run.runStartedAt ?? run.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApiUrl(site, repo)}/check-suites/${run.id + 1_000_000}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: context.attempt > 1 ? `${api}/attempts/${context.attempt - 1}` : null,
    workflow_url: `${repoApiUrl(site, repo)}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: headCommit.sha,
      tree_id: syntheticSha(`tree:${headCommit.sha}`),
      message: headCommit.message,
      timestamp: headCommit.date,
      author: commitAuthor,
      committer: commitAuthor
    },
    repository,
    head_repository: headRepository
  }
}

/** The run's head repository: the repository itself, or a fork of it named `owner/name`. */
function forkOf(site: Site, repo: ScenarioRepository, fullName: string | undefined) {
  const [owner, name] = (fullName ?? '').split('/')
  if (!owner || !name || `${owner}/${name}`.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase())
    return minimalRepository(site, repo)
  return { ...minimalRepository(site, { ...repo, owner, name }), fork: true }
}

/** How an earlier attempt ended, judged from its jobs as GitHub does (any failure fails the run). */
export function attemptConclusion(jobs: ScenarioJob[]): NonNullable<ScenarioRun['conclusion']> {
  for (const outcome of ['failure', 'timed_out', 'cancelled'] as const) {
    if (jobs.some(candidate => candidate.conclusion === outcome)) return outcome
  }
  return 'success'
}

export function job(
  site: Site,
  repo: ScenarioRepository,
  run: ScenarioRun,
  scenarioJob: ScenarioJob,
  context: { attempt: number; workflowName: string | null }
) {
  const api = repoApiUrl(site, repo)
  const startedAt = scenarioJob.startedAt ?? run.runStartedAt ?? run.createdAt
  const hosted = !scenarioJob.labels || scenarioJob.labels.some(label => label.endsWith('-latest'))
  const assigned = scenarioJob.status !== 'queued'
  return {
    id: scenarioJob.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: context.attempt,
    node_id: nodeId('CheckRun', scenarioJob.id),
    head_sha: run.headSha,
    head_branch: run.headBranch,
    workflow_name: context.workflowName,
    url: `${api}/actions/jobs/${scenarioJob.id}`,
    html_url: `${repoWebUrl(site, repo)}/actions/runs/${run.id}/job/${scenarioJob.id}`,
    status: scenarioJob.status,
    conclusion: scenarioJob.conclusion,
    created_at: run.createdAt,
    started_at: startedAt,
    completed_at: scenarioJob.status === 'completed' ? (scenarioJob.completedAt ?? run.updatedAt) : null,
    name: scenarioJob.name,
    steps: (scenarioJob.steps ?? []).map(step => ({
      name: step.name,
      number: step.number,
      status: step.status,
      conclusion: step.conclusion,
      started_at: startedAt,
      completed_at: step.status === 'completed' ? (scenarioJob.completedAt ?? run.updatedAt) : null
    })),
    check_run_url: `${api}/check-runs/${scenarioJob.id}`,
    labels: scenarioJob.labels ?? ['ubuntu-latest'],
    runner_id: assigned ? 1 : null,
    runner_name: assigned ? (hosted ? 'GitHub Actions 1' : 'self-hosted-1') : null,
    runner_group_id: assigned ? (hosted ? 2 : 1) : null,
    runner_group_name: assigned ? (hosted ? 'GitHub Actions' : 'Default') : null
  }
}

const ARTIFACT_RETENTION_DAYS = 90
const DAY_MS = 86_400_000

/** An artifact as the artifact listings return it; `archive` is its zip (for size and digest). */
export function artifact(
  site: Site,
  repo: ScenarioRepository,
  run: ScenarioRun,
  scenarioArtifact: ScenarioArtifact,
  context: { id: number; archive: Buffer }
) {
  const { id, archive } = context
  const api = `${repoApiUrl(site, repo)}/actions/artifacts/${id}`
  const createdAt = scenarioArtifact.createdAt ?? run.updatedAt
  // An expired artifact expired a day after it was made; others keep GitHub's default retention.
  const retention = (scenarioArtifact.expired ? 1 : ARTIFACT_RETENTION_DAYS) * DAY_MS
  const expiresAt = new Date(Date.parse(createdAt) + retention).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const repositoryId = stableId(`${repo.owner}/${repo.name}`)
  return {
    id,
    node_id: nodeId('Artifact', id),
    name: scenarioArtifact.name,
    size_in_bytes: scenarioArtifact.sizeInBytes ?? archive.length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: scenarioArtifact.expired ?? false,
    created_at: createdAt,
    expires_at: expiresAt,
    updated_at: createdAt,
    digest: `sha256:${createHash('sha256').update(archive).digest('hex')}`,
    workflow_run: {
      id: run.id,
      repository_id: repositoryId,
      head_repository_id: run.headRepository ? stableId(run.headRepository) : repositoryId,
      head_branch: run.headBranch,
      head_sha: run.headSha
    }
  }
}

type Annotation = NonNullable<ScenarioJob['annotations']>[number]

export function checkAnnotation(site: Site, repo: ScenarioRepository, sha: string, annotation: Annotation) {
  return {
    path: annotation.path,
    blob_href: `${repoWebUrl(site, repo)}/blob/${sha}/${annotation.path}`,
    start_line: annotation.startLine,
    end_line: annotation.startLine,
    start_column: null,
    end_column: null,
    annotation_level: annotation.level,
    title: annotation.title ?? null,
    message: annotation.message,
    raw_details: null
  }
}

export function label(site: Site, repo: ScenarioRepository, record: LabelRecord) {
  return {
    id: record.id,
    node_id: nodeId('Label', record.id),
    url: `${repoApiUrl(site, repo)}/labels/${encodeURIComponent(record.name)}`,
    name: record.name,
    color: record.color,
    default: false,
    description: record.description
  }
}

export function issue(site: Site, repo: ScenarioRepository, record: IssueRecord, labels: LabelRecord[]) {
  const api = `${repoApiUrl(site, repo)}/issues/${record.number}`
  const assignees = record.assignees.map(login => user(site, login))
  return {
    id: record.id,
    node_id: nodeId('Issue', record.id),
    url: api,
    repository_url: repoApiUrl(site, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoWebUrl(site, repo)}/issues/${record.number}`,
    number: record.number,
    state: record.state,
    state_reason: record.stateReason,
    title: record.title,
    body: record.body,
    user: user(site, record.user),
    labels: record.labels.map(name => {
      const found = labels.find(candidate => candidate.name === name)
      return label(
        site,
        repo,
        found ?? { id: stableId(`label:${name}`), name, color: 'ededed', description: null }
      )
    }),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: record.comments.length,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_at: record.closedAt,
    author_association: 'NONE',
    reactions: reactions(api),
    timeline_url: `${api}/timeline`
  }
}

function reactions(url: string) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  }
}

export function issueComment(
  site: Site,
  repo: ScenarioRepository,
  issueNumber: number,
  comment: CommentRecord
) {
  const url = `${repoApiUrl(site, repo)}/issues/comments/${comment.id}`
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${repoWebUrl(site, repo)}/issues/${issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(site, repo)}/issues/${issueNumber}`,
    body: comment.body,
    user: user(site, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    author_association: 'NONE',
    reactions: reactions(url)
  }
}

export function labelEvent(
  site: Site,
  repo: ScenarioRepository,
  event: IssueEventRecord,
  labels: LabelRecord[]
) {
  return {
    id: event.id,
    node_id: nodeId(event.event === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent', event.id),
    url: `${repoApiUrl(site, repo)}/issues/events/${event.id}`,
    actor: user(site, event.actor),
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.createdAt,
    performed_via_github_app: null,
    label: {
      name: event.label,
      color: labels.find(candidate => candidate.name === event.label)?.color ?? 'ededed'
    }
  }
}

export function shortBranch(
  site: Site,
  repo: ScenarioRepository,
  name: string,
  sha: string,
  isProtected: boolean
) {
  return {
    name,
    commit: { sha, url: `${repoApiUrl(site, repo)}/commits/${sha}` },
    protected: isProtected
  }
}

/** A commit as the commits, compare and branch endpoints return it. */
export function commit(
  site: Site,
  repo: ScenarioRepository,
  scenarioCommit: ScenarioCommit,
  parentSha: string
) {
  const api = repoApiUrl(site, repo)
  const gitUser = {
    name: scenarioCommit.author ?? scenarioCommit.authorEmail?.split('@')[0] ?? 'unknown',
    email: scenarioCommit.authorEmail ?? `${scenarioCommit.author ?? 'unknown'}@users.noreply.github.com`,
    date: scenarioCommit.date
  }
  const linkedUser = scenarioCommit.author ? user(site, scenarioCommit.author) : null
  return {
    sha: scenarioCommit.sha,
    node_id: nodeId('Commit', scenarioCommit.sha),
    url: `${api}/commits/${scenarioCommit.sha}`,
    html_url: `${repoWebUrl(site, repo)}/commit/${scenarioCommit.sha}`,
    comments_url: `${api}/commits/${scenarioCommit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${scenarioCommit.sha}`,
      author: gitUser,
      committer: gitUser,
      message: scenarioCommit.message,
      tree: {
        sha: syntheticSha(`tree:${scenarioCommit.sha}`),
        url: `${api}/git/trees/${syntheticSha(`tree:${scenarioCommit.sha}`)}`
      },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    },
    author: linkedUser,
    committer: linkedUser,
    parents: [
      {
        sha: parentSha,
        url: `${api}/commits/${parentSha}`,
        html_url: `${repoWebUrl(site, repo)}/commit/${parentSha}`
      }
    ]
  }
}

export function branchWithProtection(
  site: Site,
  repo: ScenarioRepository,
  branch: ScenarioBranch,
  head: ScenarioCommit,
  parentSha: string
) {
  const api = repoApiUrl(site, repo)
  const name = encodeURIComponent(branch.name)
  return {
    name: branch.name,
    commit: commit(site, repo, head, parentSha),
    _links: { self: `${api}/branches/${name}`, html: `${repoWebUrl(site, repo)}/tree/${branch.name}` },
    protected: branch.protected ?? false,
    protection: {
      enabled: branch.protected ?? false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
    },
    protection_url: `${api}/branches/${name}/protection`
  }
}

export function pullRequest(
  site: Site,
  repo: ScenarioRepository,
  pull: ScenarioPullRequest,
  shas: { head: string; base: string }
) {
  const api = `${repoApiUrl(site, repo)}/pulls/${pull.number}`
  const html = `${repoWebUrl(site, repo)}/pull/${pull.number}`
  const id = pull.number + 500_000
  const full = fullRepository(site, repo, 0, REPOSITORY_CREATED_AT)
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: user(site, repo.owner),
    repo: full
  })
  const createdAt = REPOSITORY_CREATED_AT
  return {
    url: api,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApiUrl(site, repo)}/issues/${pull.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApiUrl(site, repo)}/pulls/comments{/number}`,
    comments_url: `${repoApiUrl(site, repo)}/issues/${pull.number}/comments`,
    statuses_url: `${repoApiUrl(site, repo)}/statuses/${shas.head}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: user(site, pull.user ?? 'octocat'),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: createdAt,
    updated_at: createdAt,
    closed_at: pull.state === 'closed' ? createdAt : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head, shas.head),
    base: side(pull.base, shas.base),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${repoApiUrl(site, repo)}/issues/${pull.number}` },
      comments: { href: `${repoApiUrl(site, repo)}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApiUrl(site, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApiUrl(site, repo)}/statuses/${shas.head}` }
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false
  }
}

/** An entry of a directory listing, or (with `content`) a file, of the contents API. */
export function contentEntry(
  site: Site,
  repo: ScenarioRepository,
  path: string,
  ref: string,
  content: Buffer
) {
  const sha = gitBlobSha(content)
  const self = `${repoApiUrl(site, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const html = `${repoWebUrl(site, repo)}/blob/${ref}/${path}`
  const git = `${repoApiUrl(site, repo)}/git/blobs/${sha}`
  return {
    type: 'file',
    name: path.split('/').pop() ?? path,
    path,
    sha,
    size: content.length,
    url: self,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}`,
    _links: { self, git, html }
  }
}

export function contentFile(
  site: Site,
  repo: ScenarioRepository,
  path: string,
  ref: string,
  content: Buffer
) {
  // GitHub wraps base64 at 60 characters with newlines; clients must cope, so do the same.
  const encoded = (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n')
  return { ...contentEntry(site, repo, path, ref, content), content: `${encoded}\n`, encoding: 'base64' }
}

export function collaboratorPermission(site: Site, login: string, role: string) {
  // `permission` keeps the legacy four values; `role_name` carries the precise role.
  const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
  return {
    permission,
    role_name: role,
    user: { ...user(site, login), role_name: role }
  }
}

/**
 * A generated log of `sizeBytes` bytes: timestamped runner lines of filler, then `tail`.
 * Realistic enough that tail-only download code and line parsers are exercised.
 */
export function generatedLog(sizeBytes: number, tail: string, startedAt: string): Buffer {
  const tailBytes = Buffer.from(tail.endsWith('\n') ? tail : `${tail}\n`)
  const fillerBytes = Math.max(0, sizeBytes - tailBytes.length)
  const start = Date.parse(startedAt) || 0
  const lines: string[] = []
  let length = 0
  for (let index = 0; length < fillerBytes; index += 1) {
    const stamp = new Date(start + index * 10).toISOString().replace('Z', '0000Z')
    const line = `${stamp} [build] step ${index}: compiling module-${index % 97}.ts ok\n`
    lines.push(line)
    length += line.length
  }
  return Buffer.concat([Buffer.from(lines.join('')).subarray(0, fillerBytes), tailBytes])
}
