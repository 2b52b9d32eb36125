/**
 * The local GitHub REST stand-in (test support, never bundled into an action): a stateful
 * server on 127.0.0.1 serving a scenario's repositories, whose traffic is validated against
 * GitHub's own OpenAPI description. docs/scenarios.md describes the scenario format.
 */
export { startGitHubStandin } from './server.js'
export type { GitHubStandin, RecordedRequest, StandinOptions } from './server.js'
export type { StandinState, RepoState } from './state.js'
