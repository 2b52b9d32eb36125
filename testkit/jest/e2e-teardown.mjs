// Stops what the e2e global setup started.
export default async function teardown() {
  const azurites = globalThis.workflowTriageAzurites ?? []
  await Promise.allSettled(azurites.map(azurite => azurite.stop()))
}
