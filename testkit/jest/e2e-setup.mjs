// Global setup of the e2e tests: refuse bundles older than their sources, then start one
// Azurite per jest worker, once for the whole run (each artifact service takes a container on it).
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { assertBundlesCurrent } from '../../scripts/bundle-sources.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export default async function setup(globalConfig) {
  assertBundlesCurrent(ROOT)
  const { AZURITE_URLS_ENV, startAzurite } = await tsImport('../artifacts.ts', import.meta.url)
  const workers = Math.max(1, globalConfig.maxWorkers)
  const azurites = await Promise.all(Array.from({ length: workers }, () => startAzurite()))
  // Read by the teardown, which runs in this same process.
  globalThis.workflowTriageAzurites = azurites
  process.env[AZURITE_URLS_ENV] = JSON.stringify(azurites.map(azurite => azurite.url))
}
