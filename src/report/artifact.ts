import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

interface WrittenReport {
  directory: string
  files: string[]
}

/** Writes the report files (name -> content) into `directory`. */
export async function writeReportFiles(
  directory: string,
  files: Record<string, string>
): Promise<WrittenReport> {
  await mkdir(directory, { recursive: true })
  const paths: string[] = []
  for (const [name, content] of Object.entries(files)) {
    const path = join(directory, name)
    await writeFile(path, content, 'utf8')
    paths.push(path)
  }
  return { directory, files: paths }
}

type UploadResult =
  { ok: true; id: number | undefined; size: number | undefined } | { ok: false; error: string }

/**
 * Uploads the report as an artifact. The artifact client (and its Azure SDK) is
 * loaded only here, so runs that upload nothing start fast. Never throws: a
 * failed upload is reported and the report stays in the job summary.
 */
export async function uploadReport(
  name: string,
  report: WrittenReport,
  retentionDays: number
): Promise<UploadResult> {
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const result = await client.uploadArtifact(name, report.files, report.directory, { retentionDays })
    return { ok: true, id: result.id, size: result.size }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
