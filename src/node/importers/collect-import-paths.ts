import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ImportFailure } from '../../shared/api'
import { isImportableFileName } from './import-file'

/** A folder holding more article files than this is refused rather than half imported. */
export const MAX_FOLDER_FILES = 1000

/** The files a batch import reads, and the folders it could not use. */
export interface CollectedPaths {
  readonly files: ReadonlyArray<string>
  readonly failed: ReadonlyArray<ImportFailure>
}

/**
 * Expands folders into the article files under them (sorted, hidden entries and symbolic links
 * skipped); other paths pass through so the importer can say what is wrong with them.
 */
export async function collectImportPaths(paths: ReadonlyArray<string>): Promise<CollectedPaths> {
  const files: string[] = []
  const failed: ImportFailure[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory()) {
      files.push(path)
      continue
    }
    const name = basename(path)
    const found = await walkFolder(path, MAX_FOLDER_FILES + 1)
    if (found === null)
      failed.push({
        fileName: name,
        reason: `${name} could not be opened; check that you may read it.`,
      })
    else if (found.length === 0)
      failed.push({
        fileName: name,
        reason: `${name} holds no .txt, .md, .html or .docx files; pick a folder of articles.`,
      })
    else if (found.length > MAX_FOLDER_FILES)
      failed.push({
        fileName: name,
        reason: `${name} holds more than ${MAX_FOLDER_FILES} article files; import a smaller folder.`,
      })
    else files.push(...found)
  }
  return { files, failed }
}

async function walkFolder(folder: string, limit: number): Promise<string[] | null> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null)
  if (!entries) return null
  const found: string[] = []
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of sorted) {
    if (found.length >= limit) break
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...((await walkFolder(path, limit - found.length)) ?? []))
    else if (entry.isFile() && isImportableFileName(entry.name)) found.push(path)
  }
  return found
}
