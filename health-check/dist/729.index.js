export const id = 729;
export const ids = [729];
export const modules = {

/***/ 77729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubGateway: () => (/* binding */ GitHubGateway)
});

// UNUSED EXPORTS: MAX_COMMITS_AHEAD, toCommitAuthor, toIssueInfo, toJobInfo, toRunInfo

// EXTERNAL MODULE: ./src/github/artifacts.ts + 1 modules
var github_artifacts = __webpack_require__(75107);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/github/client.ts




function newApiStats() {
    return { requests: 0, writes: 0, rateLimited: 0, failures: 0, byRoute: {} };
}
/**
 * Octokit from @actions/github (proxy-aware fetch) with the official retry and
 * throttling plugins. Rate limits are retried twice when GitHub asks for a wait we
 * can afford; 5xx and resets are retried by plugin-retry.
 */
function createClient(token, options = {}) {
    const stats = newApiStats();
    const log = options.log ?? (() => { });
    const maxWait = options.maxRetryAfterSeconds ?? 90;
    const baseFetch = (utils/* defaults */.NT.request?.fetch ?? fetch);
    const countingFetch = async (url, init) => {
        stats.requests++;
        const method = (init?.method ?? 'GET').toUpperCase();
        if (method !== 'GET' && method !== 'HEAD')
            stats.writes++;
        const route = `${method} ${routeOf(String(url))}`;
        stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
        try {
            const response = await baseFetch(url, init);
            if (response.status >= 500)
                stats.failures++;
            return response;
        }
        catch (error) {
            stats.failures++;
            throw hostNotFound(error, String(url)) ?? error;
        }
    };
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        stats.rateLimited++;
        const retrying = retryCount < 2 && retryAfter <= maxWait;
        log(`${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'} (attempt ${retryCount + 1})`);
        return retrying;
    };
    const common = {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        request: { ...utils/* defaults */.NT.request, fetch: countingFetch },
        retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] }
    };
    const octokit = (0,github/* getOctokit */.Q)(token, {
        ...common,
        throttle: { onRateLimit: onLimit('Rate limit'), onSecondaryRateLimit: onLimit('Secondary rate limit') }
    }, dist_bundle/* retry */.L, throttling);
    // The throttling plugin paces every GraphQL request a second apart, as it must for a
    // mutation; read-only queries (paged listings) would pay that second per page for nothing.
    const readQuery = (0,github/* getOctokit */.Q)(token, common, dist_bundle/* retry */.L).graphql;
    return { octokit, stats, readQuery };
}
/**
 * A host name that does not resolve will not resolve seconds later either, so such a failure is
 * reported at once rather than after the retries (which would also call it "HTTP 500").
 * @octokit/request passes an error named AbortError through without wrapping it as a
 * RequestError, and plugin-retry only retries RequestErrors: that name is what stops the retries.
 */
function hostNotFound(error, url) {
    const code = error?.cause?.code;
    if (code !== 'ENOTFOUND' && code !== 'EAI_AGAIN')
        return null;
    let host = url;
    try {
        host = new URL(url).host;
    }
    catch {
        // the URL as given names the host well enough
    }
    const unresolved = new Error(`cannot reach ${host}: the host name does not resolve (${code}); check the network and GITHUB_API_URL`, { cause: error });
    unresolved.name = 'AbortError';
    return unresolved;
}
/** `/repos/o/r/actions/jobs/123/logs` -> `/repos/{owner}/{repo}/actions/jobs/{id}/logs`, for counting by route. */
function routeOf(url) {
    let path;
    try {
        path = new URL(url).pathname;
    }
    catch {
        path = url.split('?')[0];
    }
    return path
        .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
        .replace(/\/\d+(?=\/|$)/g, '/{id}')
        .replace(/\/git\/refs\/.+$/, '/git/refs/{ref}')
        .replace(/\/(branches|labels|contents|compare|commits)\/.+$/, '/$1/{name}')
        .replace(/\/collaborators\/[^/]+\/permission$/, '/collaborators/{user}/permission');
}

// EXTERNAL MODULE: ./src/github/logs.ts
var logs = __webpack_require__(67128);
;// CONCATENATED MODULE: ./src/github/gateway.ts



/** Commits ahead of the default branch that the bot-only check reads at most (three pages). */
const MAX_COMMITS_AHEAD = 250;
function toRunInfo(run) {
    return {
        id: run.id,
        name: run.name ?? run.display_title ?? '',
        workflowId: run.workflow_id,
        path: run.path.split('@')[0],
        headBranch: run.head_branch ?? '',
        headSha: run.head_sha,
        event: run.event,
        status: run.status ?? '',
        conclusion: run.conclusion ?? null,
        runAttempt: run.run_attempt ?? 1,
        runNumber: run.run_number,
        createdAt: run.created_at,
        updatedAt: run.updated_at,
        runStartedAt: run.run_started_at ?? null,
        htmlUrl: run.html_url,
        pullRequests: (run.pull_requests ?? []).map(pr => pr.number),
        actor: run.actor?.login,
        headRepository: run.head_repository?.full_name ?? null
    };
}
/** A commit of a comparison, as the bot-only check reads it. */
function toCommitAuthor(commit) {
    return {
        sha: commit.sha,
        login: commit.author?.login ?? null,
        email: commit.commit.author?.email ?? null,
        date: commit.commit.author?.date ?? null
    };
}
function toJobInfo(job) {
    return {
        id: job.id,
        runId: job.run_id,
        name: job.name,
        status: job.status,
        conclusion: job.conclusion ?? null,
        startedAt: job.started_at ?? null,
        completedAt: job.completed_at ?? null,
        htmlUrl: job.html_url ?? '',
        steps: (job.steps ?? []).map(step => ({
            name: step.name,
            number: step.number,
            status: step.status,
            conclusion: step.conclusion ?? null
        })),
        labels: job.labels ?? []
    };
}
function toIssueInfo(issue) {
    return {
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        state: issue.state === 'closed' ? 'closed' : 'open',
        labels: issue.labels
            .map(label => (typeof label === 'string' ? label : (label.name ?? '')))
            .filter(Boolean),
        assignees: (issue.assignees ?? []).map(user => user.login),
        htmlUrl: issue.html_url,
        createdAt: issue.created_at,
        closedAt: issue.closed_at ?? null,
        author: issue.user?.login ?? ''
    };
}
/**
 * The only place that talks to the GitHub REST API. Each method is one endpoint
 * (or one paginated listing) returning plain core types; the request count is in
 * `stats` for the reports.
 */
class GitHubGateway {
    owner;
    repo;
    octokit;
    stats;
    /**
     * Lower-cased names of labels this run saw in the repository (looked up, created, or on an
     * issue it listed or wrote): each issue of a run carries the same few labels, and asking
     * again would cost one request per label per issue.
     */
    knownLabels = new Set();
    labelsListed = false;
    readQuery;
    constructor(token, owner, repo, options = {}) {
        this.owner = owner;
        this.repo = repo;
        const client = createClient(token, options);
        this.octokit = client.octokit;
        this.stats = client.stats;
        this.readQuery = client.readQuery;
    }
    /** Another repository through the same client and counters (health-check `repositories`). */
    forRepository(owner, repo) {
        const other = Object.create(GitHubGateway.prototype);
        Object.assign(other, {
            octokit: this.octokit,
            stats: this.stats,
            readQuery: this.readQuery,
            owner,
            repo,
            knownLabels: new Set(),
            labelsListed: false
        });
        return other;
    }
    get base() {
        return { owner: this.owner, repo: this.repo };
    }
    async defaultBranch() {
        const { data } = await this.octokit.rest.repos.get(this.base);
        return data.default_branch;
    }
    async run(runId) {
        const { data } = await this.octokit.rest.actions.getWorkflowRun({ ...this.base, run_id: runId });
        return toRunInfo(data);
    }
    /** Jobs of one attempt, at most `limit` (a run can have hundreds; we never need them all). */
    async jobsForAttempt(runId, attempt, limit = 300) {
        const jobs = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listJobsForWorkflowRunAttempt, {
            ...this.base,
            run_id: runId,
            attempt_number: attempt,
            per_page: 100
        })) {
            jobs.push(...page.data.map(toJobInfo));
            if (jobs.length >= limit)
                break;
        }
        return jobs.slice(0, limit);
    }
    async logTail(jobId, maxBytes) {
        return (0,logs/* downloadLogTail */.vE)(this.octokit, this.stats, { ...this.base, jobId, maxBytes });
    }
    /** Check-run annotations of a job (a job id is its check-run id); they outlive the logs. */
    async annotations(jobId) {
        const { data } = await this.octokit.rest.checks.listAnnotations({
            ...this.base,
            check_run_id: jobId,
            per_page: 50
        });
        return data.map(annotation => ({
            path: annotation.path,
            startLine: annotation.start_line,
            level: (annotation.annotation_level ?? 'notice'),
            message: annotation.message ?? '',
            title: annotation.title ?? undefined
        }));
    }
    /** A file's text at a ref, or null when it does not exist there. */
    async fileContent(path, ref) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({ ...this.base, path, ref });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return null;
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (error) {
            if ((0,logs/* httpStatus */.nG)(error) === 404)
                return null;
            throw error;
        }
    }
    /** The files of a directory (e.g. `.github/workflows`) at a ref. */
    async directory(path, ref) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({ ...this.base, path, ref });
            if (!Array.isArray(data))
                return [];
            return data
                .filter(entry => entry.type === 'file')
                .map(entry => ({ path: entry.path, size: entry.size }));
        }
        catch (error) {
            if ((0,logs/* httpStatus */.nG)(error) === 404)
                return [];
            throw error;
        }
    }
    async workflows() {
        const workflows = await this.octokit.paginate(this.octokit.rest.actions.listRepoWorkflows, {
            ...this.base,
            per_page: 100
        });
        return workflows.map(workflow => ({
            id: workflow.id,
            name: workflow.name,
            path: workflow.path,
            state: workflow.state
        }));
    }
    /** The newest runs of a workflow (one page: `perPage` at most 100). */
    async workflowRuns(workflowId, filter) {
        const { data } = await this.octokit.rest.actions.listWorkflowRuns({
            ...this.base,
            workflow_id: workflowId,
            branch: filter.branch,
            status: filter.status,
            created: filter.createdSince ? `>=${filter.createdSince}` : undefined,
            per_page: filter.perPage
        });
        return data.workflow_runs.map(toRunInfo);
    }
    /** Repository runs in a given status (stuck queued/in-progress, awaiting approval). */
    async runsWithStatus(status, perPage = 100) {
        const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
            ...this.base,
            status,
            per_page: perPage
        });
        return data.workflow_runs.map(toRunInfo);
    }
    async rerunFailedJobs(runId) {
        await this.octokit.rest.actions.reRunWorkflowFailedJobs({ ...this.base, run_id: runId });
    }
    async runArtifacts(runId, options = {}) {
        const limit = options.limit ?? 100;
        const artifacts = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listWorkflowRunArtifacts, {
            ...this.base,
            run_id: runId,
            name: options.name,
            per_page: 100
        })) {
            artifacts.push(...page.data.map(github_artifacts/* toArtifactInfo */._j));
            if (artifacts.length >= limit)
                break;
        }
        return artifacts.slice(0, limit);
    }
    async artifactsNamed(name, limit = 100) {
        const artifacts = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listArtifactsForRepo, {
            ...this.base,
            name,
            per_page: 100
        })) {
            artifacts.push(...page.data.map(github_artifacts/* toArtifactInfo */._j));
            if (artifacts.length >= limit)
                break;
        }
        return artifacts.slice(0, limit);
    }
    async artifactFiles(artifact, limits) {
        return (0,github_artifacts/* downloadArtifactFiles */.s4)(this.octokit, this.stats, { ...this.base, artifact, limits });
    }
    async branch(name) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.base, branch: name });
            return { name: data.name, protected: data.protected, sha: data.commit.sha };
        }
        catch (error) {
            if ((0,logs/* httpStatus */.nG)(error) === 404)
                return null;
            throw error;
        }
    }
    async branches(limit = 10000) {
        const branches = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.repos.listBranches, {
            ...this.base,
            per_page: 100
        })) {
            branches.push(...page.data.map(branch => ({
                name: branch.name,
                protected: branch.protected,
                sha: branch.commit.sha
            })));
            if (branches.length >= limit)
                break;
        }
        return branches.slice(0, limit);
    }
    /**
     * Every branch with its head commit's date in one GraphQL query per 100 branches
     * (the REST branch list has no dates; asking per branch would cost one request each).
     */
    async branchesWithDates(limit = 10000) {
        const query = `query($owner: String!, $name: String!, $cursor: String) {
      repository(owner: $owner, name: $name) {
        refs(refPrefix: "refs/heads/", first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { name target { ... on Commit { oid committedDate author { email user { login } } } } }
        }
      }
    }`;
        const branches = [];
        let cursor = null;
        do {
            const page = await this.readQuery(query, {
                owner: this.owner,
                name: this.repo,
                cursor
            });
            for (const node of page.repository.refs.nodes) {
                branches.push({
                    name: node.name,
                    protected: false,
                    sha: node.target.oid ?? '',
                    lastCommitDate: node.target.committedDate ?? null,
                    lastCommitAuthor: node.target.author?.user?.login ?? node.target.author?.email ?? null
                });
            }
            cursor = page.repository.refs.pageInfo.hasNextPage ? page.repository.refs.pageInfo.endCursor : null;
        } while (cursor && branches.length < limit);
        return branches.slice(0, limit);
    }
    /** Names of the protected branches (one filtered listing instead of a request per branch). */
    async protectedBranches() {
        const branches = await this.octokit.paginate(this.octokit.rest.repos.listBranches, {
            ...this.base,
            protected: true,
            per_page: 100
        });
        return new Set(branches.map(branch => branch.name));
    }
    /**
     * Authors of the commits on `head` that are not on `base`, page by page, and how many
     * there are. Past `MAX_COMMITS_AHEAD` nothing more is read: the caller sees that `total`
     * exceeds what it got and must not treat the branch as checked.
     */
    async commitsAhead(base, head) {
        const commits = [];
        for (let page = 1;; page++) {
            const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
                ...this.base,
                basehead: `${base}...${head}`,
                per_page: 100,
                page
            });
            commits.push(...data.commits.map(toCommitAuthor));
            const total = data.total_commits;
            if (total > MAX_COMMITS_AHEAD || commits.length >= total || data.commits.length === 0)
                return { commits, total: Math.max(total, commits.length) };
        }
    }
    /** Open pull requests from or into a branch. */
    async openPullRequestsFor(branch) {
        const [from, into] = await Promise.all([
            this.octokit.rest.pulls.list({
                ...this.base,
                state: 'open',
                head: `${this.owner}:${branch}`,
                per_page: 100
            }),
            this.octokit.rest.pulls.list({ ...this.base, state: 'open', base: branch, per_page: 100 })
        ]);
        return [...new Set([...from.data, ...into.data].map(pr => pr.number))];
    }
    /** Head and base branch names of every open pull request. */
    async openPullRequestRefs() {
        const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.base,
            state: 'open',
            per_page: 100
        });
        const refs = new Set();
        for (const pull of pulls) {
            if (pull.head.repo?.full_name === `${this.owner}/${this.repo}`)
                refs.add(pull.head.ref);
            refs.add(pull.base.ref);
        }
        return refs;
    }
    async deleteBranch(name) {
        await this.octokit.rest.git.deleteRef({ ...this.base, ref: `heads/${name}` });
    }
    /** Issues (not pull requests) carrying a label, open and closed, newest first. */
    async issuesWithLabel(label, state, limit = 1000) {
        const issues = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
            ...this.base,
            labels: label,
            state,
            sort: 'created',
            direction: 'desc',
            per_page: 100
        })) {
            issues.push(...page.data
                .filter(issue => !issue.pull_request)
                .map(issue => this.sawLabels(toIssueInfo(issue))));
            if (issues.length >= limit)
                break;
        }
        return issues.slice(0, limit);
    }
    async issue(number) {
        const { data } = await this.octokit.rest.issues.get({ ...this.base, issue_number: number });
        return toIssueInfo(data);
    }
    async createIssue(issue) {
        const { data } = await this.octokit.rest.issues.create({ ...this.base, ...issue });
        return this.sawLabels(toIssueInfo(data));
    }
    async updateIssue(number, change) {
        const { stateReason, ...rest } = change;
        const { data } = await this.octokit.rest.issues.update({
            ...this.base,
            issue_number: number,
            ...rest,
            state_reason: stateReason
        });
        return toIssueInfo(data);
    }
    async comment(number, body) {
        const { data } = await this.octokit.rest.issues.createComment({
            ...this.base,
            issue_number: number,
            body
        });
        return { id: data.id, htmlUrl: data.html_url };
    }
    async updateComment(commentId, body) {
        const { data } = await this.octokit.rest.issues.updateComment({
            ...this.base,
            comment_id: commentId,
            body
        });
        return { id: data.id, htmlUrl: data.html_url };
    }
    async comments(number) {
        const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            ...this.base,
            issue_number: number,
            per_page: 100
        });
        return comments.map(comment => ({
            id: comment.id,
            user: comment.user?.login ?? '',
            body: comment.body ?? '',
            createdAt: comment.created_at
        }));
    }
    async labelEvents(number) {
        const events = await this.octokit.paginate(this.octokit.rest.issues.listEvents, {
            ...this.base,
            issue_number: number,
            per_page: 100
        });
        return events
            .filter(event => event.event === 'labeled' || event.event === 'unlabeled')
            .map(event => ({
            event: event.event,
            label: event.label?.name ?? '',
            actor: event.actor?.login ?? '',
            actorType: event.actor?.type ?? 'User',
            createdAt: event.created_at
        }));
    }
    /**
     * Names among `names` that are not labels of the repository. The repository's labels are
     * listed once per run (usually one request) and remembered with what the run creates.
     */
    async missingLabels(names) {
        if (!this.labelsListed) {
            const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, {
                ...this.base,
                per_page: 100
            });
            for (const label of labels)
                this.knownLabels.add(label.name.toLowerCase());
            this.labelsListed = true;
        }
        return names.filter(name => !this.knownLabels.has(name.toLowerCase()));
    }
    async createLabel(label) {
        try {
            await this.octokit.rest.issues.createLabel({ ...this.base, ...label });
        }
        catch (error) {
            // Another run created it first: that is the outcome we wanted.
            if ((0,logs/* httpStatus */.nG)(error) !== 422)
                throw error;
        }
        this.knownLabels.add(label.name.toLowerCase());
    }
    /** Gives a label (created grey by GitHub when first put on an issue) our colour and description. */
    async colourLabel(label) {
        await this.octokit.rest.issues.updateLabel({ ...this.base, ...label });
        this.knownLabels.add(label.name.toLowerCase());
    }
    sawLabels(issue) {
        for (const label of issue.labels)
            this.knownLabels.add(label.toLowerCase());
        return issue;
    }
    /** `admin`, `maintain`, `write`, `triage`, `read` or `none`. */
    async permission(username) {
        try {
            const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
                ...this.base,
                username
            });
            return data.role_name ?? data.permission;
        }
        catch (error) {
            if ((0,logs/* httpStatus */.nG)(error) === 404)
                return 'none';
            throw error;
        }
    }
}


/***/ })

};
