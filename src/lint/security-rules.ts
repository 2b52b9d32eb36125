/**
 * Rules of the security audits modelled on zizmor's: kept apart from the core catalogue so that
 * audits and hygiene checks can grow without editing the same lines. `rules.ts` lists them all.
 */
import type { LintRule } from './rules.js'

export const SECURITY_AUDIT_RULES = [
  {
    id: 'dangerous-triggers',
    level: 'warning',
    description:
      'The workflow runs on pull_request_target or workflow_run: with the base repository secrets and a write token, for events anyone can cause.',
    hint: 'Prefer `pull_request`. If the trigger is needed, never build or run the pull request code in it, grant the fewest permissions and pass event data through `env:`.'
  },
  {
    id: 'bot-conditions',
    level: 'error',
    description:
      'An `if:` trusts `github.actor` (or triggering_actor) to be a bot, which anyone can make true by getting the bot to act on their pull request.',
    hint: "Check who opened the pull request instead, e.g. `github.event.pull_request.user.login == 'dependabot[bot]'`."
  },
  {
    id: 'unpinned-images',
    level: 'warning',
    description:
      'A job or service container image has no tag, or uses `latest`, so every run may pull different code.',
    hint: 'Pin the image by digest and keep the tag for readers: `image: node:22@sha256:<digest>`.'
  },
  {
    id: 'unredacted-secrets',
    level: 'warning',
    description:
      'A secret is parsed with fromJSON, so the fields taken out of it are new strings GitHub does not mask in logs.',
    hint: 'Store each value as its own secret and reference it as `${{ secrets.NAME }}`.'
  },
  {
    id: 'github-app',
    level: 'error',
    description:
      'actions/create-github-app-token keeps its token alive after the job (`skip-token-revoke`), or lets it reach every repository of an owner.',
    hint: 'Remove `skip-token-revoke` (revoking is the default), and name the `repositories` and `permission-*` the job needs.'
  }
] as const satisfies readonly LintRule[]
