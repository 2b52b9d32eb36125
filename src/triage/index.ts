/**
 * What the health check may use of the triage (the linter holds it to this file): the whole
 * pipeline for a run no triage recorded, and the steps auto-fix reuses to judge a run the same
 * way the triage would, so the schedule decides nothing of its own.
 */
export { runTriage } from './main.js'
export { collectEvidence } from './collect.js'
export { analyseJobs, gateCategory } from './analyse.js'
export { decide } from './decide.js'
export { runReference } from './event.js'
export { loadTriageIssues } from './escalate.js'
export { repositoryUrlOfRun, testId } from './failing-tests.js'
export {
  QUARANTINE_LABEL,
  QUARANTINE_MARKER,
  quarantineId,
  quarantineMarkers,
  quarantinedTestOf
} from './quarantine.js'
