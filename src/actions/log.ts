import * as core from '@actions/core'
import { redactSecrets } from '../classify/redact.js'
import { inertLogText } from '../text/console.js'

/**
 * The one way the actions print to the job log: names, branches and log text in a message
 * come from whoever pushed, so each line is redacted and can never run as a workflow command.
 */
export function logInfo(message: string): void {
  core.info(inertLogText(redactSecrets(message)))
}
