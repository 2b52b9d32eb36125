export const id = 496;
export const ids = [496];
export const modules = {

/***/ 24496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubGateway: () => (/* binding */ GitHubGateway)
});

// UNUSED EXPORTS: MAX_COMMITS_AHEAD, toCommitAuthor, toIssueInfo, toJobInfo, toRunInfo

// EXTERNAL MODULE: ./src/text/glob.ts
var glob = __webpack_require__(36449);
;// CONCATENATED MODULE: ./src/github/logs.ts
/**
 * Reads the tail of a job log with bounded memory. GitHub answers the logs endpoint
 * with a 302 to a short-lived blob URL; we ask that URL for a suffix range, and when
 * the server ignores the range we stream the whole body through a tail buffer.
 * A reset in the middle of the body is retried once; an expired log (410/404) is
 * reported, not thrown, so triage can fall back to annotations.
 */
async function downloadLogTail(octokit, stats, request) {
    let lastError = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
        try {
            return { ok: true, tail: await fetchTail(octokit, stats, request) };
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 410 || status === 404) {
                return { ok: false, reason: 'expired', detail: `the log is no longer available (HTTP ${status})` };
            }
            if (status !== undefined && status < 500 && status !== 429) {
                return { ok: false, reason: 'unavailable', detail: `the log request failed (HTTP ${status})` };
            }
            lastError = error instanceof Error ? error.message : String(error);
        }
    }
    return { ok: false, reason: 'unavailable', detail: `the log download failed twice: ${lastError}` };
}
/** The HTTP status of an Octokit RequestError (or undefined for network errors). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
async function fetchTail(octokit, stats, { owner, repo, jobId, maxBytes }) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        owner,
        repo,
        job_id: jobId,
        request: { redirect: 'manual', parseSuccessResponseBody: false }
    });
    const status = response.status;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
        await cancel(response.data);
        stats.requests++;
        stats.byRoute['GET {blob}'] = (stats.byRoute['GET {blob}'] ?? 0) + 1;
        // The blob URL is pre-signed: it must not receive our token.
        const blob = await fetch(location, { headers: { range: `bytes=-${maxBytes}` } });
        if (!blob.ok) {
            await blob.body?.cancel();
            throw new Error(`the log storage answered HTTP ${blob.status}`);
        }
        const rangeHonoured = blob.status === 206;
        const tail = await readTail(blob.body, maxBytes);
        const totalFromRange = Number(/\/(\d+)$/.exec(blob.headers.get('content-range') ?? '')?.[1] ?? NaN);
        const truncated = rangeHonoured ? totalFromRange > tail.bytesRead : tail.truncated;
        return decodeTail(tail.bytes, tail.bytesRead, truncated);
    }
    const body = response.data;
    if (typeof body === 'string' || body instanceof ArrayBuffer) {
        const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
        const kept = bytes.subarray(Math.max(0, bytes.length - maxBytes));
        return decodeTail(kept, bytes.length, kept.length < bytes.length);
    }
    const tail = await readTail(body, maxBytes);
    return decodeTail(tail.bytes, tail.bytesRead, tail.truncated);
}
async function cancel(body) {
    if (body && typeof body.cancel === 'function')
        await body.cancel();
}
/** Keeps only the last `maxBytes` of a stream; memory stays within about 2 x maxBytes. */
async function readTail(body, maxBytes) {
    if (!body)
        return { bytes: Buffer.alloc(0), bytesRead: 0, truncated: false };
    const chunks = [];
    let kept = 0;
    let bytesRead = 0;
    for await (const chunk of body) {
        bytesRead += chunk.length;
        chunks.push(Buffer.from(chunk));
        kept += chunk.length;
        while (chunks.length > 1 && kept - chunks[0].length >= maxBytes)
            kept -= chunks.shift().length;
        if (kept > 2 * maxBytes) {
            const merged = Buffer.concat(chunks).subarray(kept - maxBytes);
            chunks.length = 0;
            chunks.push(Buffer.from(merged));
            kept = merged.length;
        }
    }
    const all = Buffer.concat(chunks);
    const bytes = all.subarray(Math.max(0, all.length - maxBytes));
    return { bytes, bytesRead, truncated: bytesRead > bytes.length };
}
/** The text of a log tail; the first line of a tail cut from a longer log is a fragment and dropped. */
function decodeTail(bytes, bytesRead, truncated) {
    let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (truncated) {
        // The first line is probably cut in half: drop it rather than classify a fragment.
        const newline = text.indexOf('\n');
        if (newline >= 0 && newline < text.length - 1)
            text = text.slice(newline + 1);
    }
    return { text, bytesRead, truncated };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/github/zip.ts
/**
 * A bounded reader for zip archives a run uploaded (pure). An artifact is untrusted: its
 * headers may lie and a few kilobytes may inflate to gigabytes. Everything is read from the
 * central directory, every offset is checked against the buffer, only the wanted entries
 * are inflated, and zlib itself stops inflating at the size the directory declares
 * (`maxOutputLength`), so memory stays within the limits whatever the archive says.
 */

/** The archive as a whole cannot be read (not a zip, truncated, zip64, too many entries). */
class ZipError extends Error {
}
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const CONTROL = /[\x00-\x1f\x7f]/g;
function readBoundedZip(zip, wanted, limits) {
    const end = endOfDirectory(zip);
    const entryCount = zip.readUInt16LE(end + 10);
    const directorySize = zip.readUInt32LE(end + 12);
    const directoryOffset = zip.readUInt32LE(end + 16);
    if (entryCount === 0xffff || directoryOffset === ZIP64_MARKER)
        throw new ZipError('zip64 archives are not read');
    if (entryCount > limits.maxEntries)
        throw new ZipError(`the archive lists ${entryCount} entries (at most ${limits.maxEntries} are read)`);
    if (directoryOffset + directorySize > end)
        throw new ZipError('the central directory lies outside the archive');
    const files = [];
    const skipped = [];
    let totalBytes = 0;
    let at = directoryOffset;
    for (let index = 0; index < entryCount; index++) {
        if (at + DIRECTORY_ENTRY_BYTES > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY)
            throw new ZipError(`central directory entry ${index + 1} is malformed`);
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const crc = zip.readUInt32LE(at + 16);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const next = at + DIRECTORY_ENTRY_BYTES + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        if (next > end)
            throw new ZipError(`central directory entry ${index + 1} runs past the directory`);
        const localOffset = zip.readUInt32LE(at + 42);
        const path = zip
            .toString('utf8', at + DIRECTORY_ENTRY_BYTES, at + DIRECTORY_ENTRY_BYTES + nameLength)
            .replace(CONTROL, '');
        at = next;
        if (path.endsWith('/') || !wanted(path))
            continue;
        const skip = (reason) => skipped.push({ path, reason });
        if (flags & ENCRYPTED_FLAG)
            skip('encrypted');
        else if (size === ZIP64_MARKER || compressedSize === ZIP64_MARKER)
            skip('zip64 entry');
        else if (method !== STORED && method !== DEFLATED)
            skip(`compression method ${method} is not read`);
        else if (size > limits.maxFileBytes)
            skip(`${size} bytes, over the ${limits.maxFileBytes}-byte file limit`);
        else if (totalBytes + size > limits.maxTotalBytes)
            skip(`past the ${limits.maxTotalBytes}-byte total limit`);
        else {
            const data = entryData(zip, localOffset, compressedSize, directoryOffset);
            if (typeof data === 'string') {
                skip(data);
                continue;
            }
            const content = expand(data, method, size);
            if (typeof content === 'string')
                skip(content);
            else if ((0,external_node_zlib_.crc32)(content) !== crc)
                skip('corrupt (CRC mismatch)');
            else {
                totalBytes += size;
                files.push({ path, content });
            }
        }
    }
    return { files, skipped };
}
/** The end-of-central-directory record: the last signature whose comment ends the archive. */
function endOfDirectory(zip) {
    const earliest = Math.max(0, zip.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
    for (let at = zip.length - END_RECORD_BYTES; at >= earliest; at--) {
        if (zip.readUInt32LE(at) === END_OF_DIRECTORY &&
            at + END_RECORD_BYTES + zip.readUInt16LE(at + 20) <= zip.length)
            return at;
    }
    throw new ZipError('not a zip archive (no end of central directory)');
}
/** An entry's compressed bytes, which must lie before the central directory; or why not. */
function entryData(zip, localOffset, compressedSize, directoryOffset) {
    if (localOffset + LOCAL_HEADER_BYTES > directoryOffset || zip.readUInt32LE(localOffset) !== LOCAL_HEADER)
        return 'malformed (no local header)';
    const start = localOffset + LOCAL_HEADER_BYTES + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (start + compressedSize > directoryOffset)
        return 'malformed (data runs past the archive)';
    return zip.subarray(start, start + compressedSize);
}
/** The entry's bytes, inflated no further than its declared size; or why they are refused. */
function expand(data, method, size) {
    if (method === STORED)
        return data.length === size ? Buffer.from(data) : 'malformed (stored size differs)';
    let content;
    try {
        // One byte of slack tells a lying size (more data) from an exact one.
        content = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: size + 1 });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            return `inflates past its declared ${size} bytes`;
        return 'malformed (not valid deflate data)';
    }
    return content.length === size ? content : `inflates to ${content.length} bytes, not the declared ${size}`;
}

;// CONCATENATED MODULE: ./src/github/artifacts.ts
/**
 * Workflow run artifacts: how a listing reads, the limits an artifact's files are read
 * within, and the bounded download. GitHub answers an artifact download with a 302 to a
 * short-lived blob URL, like a job log; the archive is read only when the listing says it is
 * small enough, streamed with a byte cap (the listing may be wrong), then unzipped by the
 * bounded reader.
 */



/** Generous for test reports (a large Surefire run writes a few megabytes), small for memory. */
const DEFAULT_ARTIFACT_LIMITS = {
    maxZipBytes: 10 * 1024 * 1024,
    maxEntries: 2000,
    maxFileBytes: 5 * 1024 * 1024,
    maxTotalBytes: 20 * 1024 * 1024,
    fileNames: ['*.xml']
};
function toArtifactInfo(artifact) {
    const run = artifact.workflow_run;
    return {
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? null,
        workflowRun: run && typeof run.id === 'number'
            ? { id: run.id, headBranch: run.head_branch ?? null, headSha: run.head_sha ?? null }
            : null
    };
}
/** Why an artifact is not downloaded at all, judged from its listing; null when it may be. */
function refusedBeforeDownload(artifact, limits) {
    if (artifact.expired)
        return { ok: false, reason: 'expired', detail: 'the artifact has expired' };
    if (artifact.sizeInBytes > limits.maxZipBytes)
        return {
            ok: false,
            reason: 'too-large',
            detail: `the archive is ${artifact.sizeInBytes} bytes, over the ${limits.maxZipBytes}-byte limit`
        };
    return null;
}
/** The wanted files of a downloaded archive, as UTF-8 text (a binary file is skipped). */
function filesOfArchive(zip, limits) {
    let contents;
    try {
        contents = readBoundedZip(zip, path => (0,glob/* matchesAny */._)(path.split('/').pop() ?? path, limits.fileNames), limits);
    }
    catch (error) {
        if (error instanceof ZipError)
            return { ok: false, reason: 'malformed', detail: error.message };
        throw error;
    }
    const files = [];
    const skipped = [...contents.skipped];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const { path, content } of contents.files) {
        let text;
        try {
            text = decoder.decode(content);
        }
        catch {
            skipped.push({ path, reason: 'not UTF-8 text' });
            continue;
        }
        if (text.includes('\0'))
            skipped.push({ path, reason: 'binary' });
        else
            files.push({ path, text });
    }
    return { ok: true, files, skipped };
}
/** An archive larger than the limit that the listing claimed was within it. */
class ArchiveTooLarge extends Error {
}
/** Downloads (302, then the pre-signed blob URL without our token) and reads an artifact. */
async function downloadArtifactFiles(octokit, stats, request) {
    const { owner, repo, artifact, limits } = request;
    const refused = refusedBeforeDownload(artifact, limits);
    if (refused)
        return refused;
    let zip;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
            owner,
            repo,
            artifact_id: artifact.id,
            archive_format: 'zip',
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        });
        const status = response.status;
        const location = response.headers.location;
        const body = response.data;
        if (status >= 300 && status < 400 && location) {
            if (body && typeof body.cancel === 'function')
                await body.cancel();
            stats.requests++;
            stats.byRoute['GET {blob}'] = (stats.byRoute['GET {blob}'] ?? 0) + 1;
            const blob = await fetch(location);
            if (!blob.ok) {
                await blob.body?.cancel();
                return {
                    ok: false,
                    reason: blob.status === 404 || blob.status === 410 ? 'expired' : 'unavailable',
                    detail: `the artifact storage answered HTTP ${blob.status}`
                };
            }
            zip = await readCapped(blob.body, limits.maxZipBytes);
        }
        else {
            zip = await readCapped(body, limits.maxZipBytes);
        }
    }
    catch (error) {
        if (error instanceof ArchiveTooLarge)
            return { ok: false, reason: 'too-large', detail: error.message };
        const status = httpStatus(error);
        if (status === 410 || status === 404)
            return { ok: false, reason: 'expired', detail: `the artifact is no longer available (HTTP ${status})` };
        return {
            ok: false,
            reason: 'unavailable',
            detail: `the artifact download failed: ${status === undefined ? error.message : `HTTP ${status}`}`
        };
    }
    return filesOfArchive(zip, limits);
}
/** The whole body, refused as soon as it grows past `maxBytes` (the listing's size may be wrong). */
async function readCapped(body, maxBytes) {
    if (body === null)
        return Buffer.alloc(0);
    const chunks = [];
    let length = 0;
    // Leaving the loop by a throw cancels the stream: the rest is never received.
    for await (const chunk of body) {
        length += chunk.length;
        if (length > maxBytes)
            throw new ArchiveTooLarge(`the archive is over the ${maxBytes}-byte limit`);
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}

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
        return downloadLogTail(this.octokit, this.stats, { ...this.base, jobId, maxBytes });
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
            if (httpStatus(error) === 404)
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
            if (httpStatus(error) === 404)
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
            artifacts.push(...page.data.map(toArtifactInfo));
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
            artifacts.push(...page.data.map(toArtifactInfo));
            if (artifacts.length >= limit)
                break;
        }
        return artifacts.slice(0, limit);
    }
    async artifactFiles(artifact, limits) {
        return downloadArtifactFiles(this.octokit, this.stats, { ...this.base, artifact, limits });
    }
    async branch(name) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.base, branch: name });
            return { name: data.name, protected: data.protected, sha: data.commit.sha };
        }
        catch (error) {
            if (httpStatus(error) === 404)
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
            if (httpStatus(error) !== 422)
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
            if (httpStatus(error) === 404)
                return 'none';
            throw error;
        }
    }
}


/***/ })

};
