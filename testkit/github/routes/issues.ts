/** Issue routes: issues, comments, labels on issues, label events, repository labels. */
import * as model from '../model.js'
import {
  error,
  json,
  notFound,
  pagedList,
  validationFailed,
  type Reply,
  type Route,
  type RouteContext
} from '../reply.js'
import type { CommentRecord, IssueRecord, LabelRecord } from '../model.js'
import type { RepoState } from '../state.js'

type LabelInput = string | { name?: string }

interface IssueInput {
  title?: string | number
  body?: string | null
  state?: 'open' | 'closed'
  state_reason?: string | null
  labels?: LabelInput[]
  assignees?: string[]
  assignee?: string | null
}

function issueJson(context: RouteContext, issue: IssueRecord) {
  return model.issue(context.site, context.repo.scenario, issue, context.repo.labels)
}

function findIssue(context: RouteContext): IssueRecord | undefined {
  return context.repo.issues.find(issue => String(issue.number) === context.params.issue_number)
}

/** Label names from what the client sent; a malformed value (already a recorded violation) counts as none. */
function labelNames(input: unknown): string[] {
  if (!Array.isArray(input)) return []
  const names = (input as LabelInput[])
    .map(label => (typeof label === 'string' ? label : (label?.name ?? '')))
    .filter(Boolean)
  return [...new Set(names)]
}

/** GitHub creates a label that does not exist yet when it is put on an issue (grey, no description). */
function ensureLabel(context: RouteContext, name: string): LabelRecord {
  const existing = context.repo.labels.find(label => label.name.toLowerCase() === name.toLowerCase())
  if (existing) return existing
  const created = { id: context.state.nextId(), name, color: 'ededed', description: null }
  context.repo.labels.push(created)
  return created
}

/** Puts labels on an issue, recording a `labeled` event for each one that was not there. */
function addLabels(context: RouteContext, issue: IssueRecord, names: string[]): void {
  for (const name of names) {
    const label = ensureLabel(context, name)
    if (issue.labels.includes(label.name)) continue
    issue.labels.push(label.name)
    issue.events.push({
      id: context.state.nextId(),
      event: 'labeled',
      label: label.name,
      actor: context.state.actor,
      createdAt: context.state.now()
    })
  }
}

function removeLabel(context: RouteContext, issue: IssueRecord, name: string): void {
  issue.labels = issue.labels.filter(label => label !== name)
  issue.events.push({
    id: context.state.nextId(),
    event: 'unlabeled',
    label: name,
    actor: context.state.actor,
    createdAt: context.state.now()
  })
}

/** Issues and pull requests share one sequence of numbers. */
function nextIssueNumber(repo: RepoState): number {
  const numbers = [
    ...repo.issues.map(issue => issue.number),
    ...(repo.scenario.pullRequests ?? []).map(pull => pull.number)
  ]
  return Math.max(0, ...numbers) + 1
}

const SORTS: Record<string, (issue: IssueRecord) => number> = {
  created: issue => Date.parse(issue.createdAt),
  updated: issue => Date.parse(issue.updatedAt),
  comments: issue => issue.comments.length
}

const listIssues: Route = context => {
  const {
    state = 'open',
    labels,
    sort = 'created',
    direction = 'desc',
    creator,
    since,
    assignee
  } = context.query
  const wantedLabels = labels
    ? labels
        .split(',')
        .map(label => label.trim().toLowerCase())
        .filter(Boolean)
    : []
  const key = SORTS[sort] ?? SORTS.created
  const sign = direction === 'asc' ? 1 : -1
  const issues = context.repo.issues
    .filter(issue => state === 'all' || issue.state === state)
    .filter(issue => wantedLabels.every(wanted => issue.labels.some(label => label.toLowerCase() === wanted)))
    .filter(issue => !creator || issue.user === creator)
    .filter(
      issue =>
        !assignee ||
        (assignee === 'none'
          ? issue.assignees.length === 0
          : assignee === '*'
            ? issue.assignees.length > 0
            : issue.assignees.includes(assignee))
    )
    .filter(issue => !since || Date.parse(issue.updatedAt) >= Date.parse(since))
    .sort((a, b) => sign * (key(a) - key(b)) || sign * (a.number - b.number))
    .map(issue => issueJson(context, issue))
  return pagedList(context, issues)
}

const createIssue: Route = context => {
  const input = (context.body ?? {}) as IssueInput
  if (input.title === undefined || String(input.title).trim() === '') {
    return validationFailed('Validation Failed', 'Issue', 'title', 'missing_field')
  }
  const now = context.state.now()
  const issue: IssueRecord = {
    id: context.state.nextId(),
    number: nextIssueNumber(context.repo),
    title: String(input.title),
    body: input.body ?? '',
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [...new Set([...(input.assignees ?? []), ...(input.assignee ? [input.assignee] : [])])],
    user: context.state.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    comments: [],
    events: []
  }
  addLabels(context, issue, labelNames(input.labels))
  context.repo.issues.push(issue)
  return json(issueJson(context, issue), 201)
}

const getIssue: Route = context => {
  const issue = findIssue(context)
  return issue ? json(issueJson(context, issue)) : notFound()
}

const updateIssue: Route = context => {
  const issue = findIssue(context)
  if (!issue) return notFound()
  const input = (context.body ?? {}) as IssueInput
  const now = context.state.now()
  if (input.title !== undefined) issue.title = String(input.title)
  if (input.body !== undefined) issue.body = input.body ?? ''
  if (input.state && input.state !== issue.state) {
    issue.state = input.state
    issue.closedAt = input.state === 'closed' ? now : null
    issue.stateReason = input.state === 'closed' ? (input.state_reason ?? 'completed') : 'reopened'
  } else if (input.state_reason !== undefined && issue.state === 'closed') {
    issue.stateReason = input.state_reason
  }
  if (input.labels !== undefined) {
    const wanted = labelNames(input.labels)
    for (const name of issue.labels.filter(label => !wanted.includes(label)))
      removeLabel(context, issue, name)
    addLabels(context, issue, wanted)
  }
  if (input.assignees !== undefined) issue.assignees = [...new Set(input.assignees)]
  issue.updatedAt = now
  return json(issueJson(context, issue))
}

/**
 * The conversation an issue number names: an issue's comments, or a pull request's (issues and
 * pull requests share numbers, and a pull request's conversation comments are issue comments).
 */
function conversation(context: RouteContext): { comments: CommentRecord[]; issue?: IssueRecord } | undefined {
  const issue = findIssue(context)
  if (issue) return { comments: issue.comments, issue }
  const comments = context.repo.pullComments.get(Number(context.params.issue_number))
  return comments ? { comments } : undefined
}

const listComments: Route = context => {
  const found = conversation(context)
  if (!found) return notFound()
  const since = context.query.since
  const comments = found.comments
    .filter(comment => !since || Date.parse(comment.createdAt) >= Date.parse(since))
    .map(comment =>
      model.issueComment(context.site, context.repo.scenario, Number(context.params.issue_number), comment)
    )
  return pagedList(context, comments)
}

const createComment: Route = context => {
  const found = conversation(context)
  if (!found) return notFound()
  const body = (context.body as { body?: string } | undefined)?.body
  if (!body) return validationFailed('Validation Failed', 'IssueComment', 'body', 'missing_field')
  const comment = {
    id: context.state.nextId(),
    user: context.state.actor,
    body,
    createdAt: context.state.now()
  }
  found.comments.push(comment)
  if (found.issue) found.issue.updatedAt = comment.createdAt
  return json(
    model.issueComment(context.site, context.repo.scenario, Number(context.params.issue_number), comment),
    201
  )
}

/** PATCH of a comment by id, on an issue or a pull request; only its author may edit it. */
const updateComment: Route = context => {
  const id = Number(context.params.comment_id)
  const inIssue = context.repo.issues
    .map(issue => ({ number: issue.number, comment: issue.comments.find(comment => comment.id === id) }))
    .find(found => found.comment)
  const inPull = [...context.repo.pullComments]
    .map(([number, comments]) => ({ number, comment: comments.find(comment => comment.id === id) }))
    .find(found => found.comment)
  const found = inIssue ?? inPull
  if (!found?.comment) return notFound()
  if (found.comment.user !== context.state.actor) return error(403, 'Must have admin rights to Repository.')
  const body = (context.body as { body?: string } | undefined)?.body
  if (!body) return validationFailed('Validation Failed', 'IssueComment', 'body', 'missing_field')
  found.comment.body = body
  return json(model.issueComment(context.site, context.repo.scenario, found.number, found.comment))
}

function issueLabels(context: RouteContext, issue: IssueRecord) {
  return issue.labels.map(name =>
    model.label(context.site, context.repo.scenario, ensureLabel(context, name))
  )
}

const addLabelsRoute: Route = context => {
  const issue = findIssue(context)
  if (!issue) return notFound()
  // Octokit sends `{labels: [...]}`; GitHub also takes a bare array or `{labels: [{name}]}`.
  const body = context.body as { labels?: LabelInput[] } | LabelInput[] | undefined
  const names = labelNames(Array.isArray(body) ? body : body?.labels)
  if (names.length === 0) return validationFailed('Validation Failed', 'Label', 'labels', 'missing_field')
  addLabels(context, issue, names)
  issue.updatedAt = context.state.now()
  return json(issueLabels(context, issue))
}

const removeLabelRoute: Route = context => {
  const issue = findIssue(context)
  if (!issue) return notFound()
  const name = issue.labels.find(label => label.toLowerCase() === context.params.name.toLowerCase())
  if (!name) return error(404, 'Label does not exist')
  removeLabel(context, issue, name)
  issue.updatedAt = context.state.now()
  return json(issueLabels(context, issue))
}

const listEvents: Route = context => {
  const issue = findIssue(context)
  if (!issue) return notFound()
  const events = [...issue.events]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
    .map(event => model.labelEvent(context.site, context.repo.scenario, event, context.repo.labels))
  return pagedList(context, events)
}

const listLabels: Route = context =>
  pagedList(
    context,
    context.repo.labels.map(label => model.label(context.site, context.repo.scenario, label))
  )

const getLabel: Route = context => {
  const label = context.repo.labels.find(
    candidate => candidate.name.toLowerCase() === context.params.name.toLowerCase()
  )
  return label ? json(model.label(context.site, context.repo.scenario, label)) : notFound()
}

const createLabel: Route = (context): Reply => {
  const input = (context.body ?? {}) as { name?: string; color?: string; description?: string }
  if (!input.name) return validationFailed('Validation Failed', 'Label', 'name', 'missing_field')
  if (context.repo.labels.some(label => label.name.toLowerCase() === input.name?.toLowerCase())) {
    return validationFailed('Validation Failed', 'Label', 'name', 'already_exists')
  }
  const label = {
    id: context.state.nextId(),
    name: input.name,
    color: (input.color ?? 'ededed').replace(/^#/, ''),
    description: input.description ?? null
  }
  context.repo.labels.push(label)
  return json(model.label(context.site, context.repo.scenario, label), 201)
}

const updateLabel: Route = (context): Reply => {
  const label = context.repo.labels.find(
    candidate => candidate.name.toLowerCase() === context.params.name.toLowerCase()
  )
  if (!label) return notFound()
  const input = (context.body ?? {}) as { new_name?: string; color?: string; description?: string }
  if (input.new_name) label.name = input.new_name
  if (input.color) label.color = input.color.replace(/^#/, '')
  if (input.description !== undefined) label.description = input.description
  return json(model.label(context.site, context.repo.scenario, label))
}

export const issuesRoutes: Record<string, Route> = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/add-labels': addLabelsRoute,
  'issues/remove-label': removeLabelRoute,
  'issues/list-events': listEvents,
  'issues/list-labels-for-repo': listLabels,
  'issues/get-label': getLabel,
  'issues/create-label': createLabel,
  'issues/update-label': updateLabel
}
