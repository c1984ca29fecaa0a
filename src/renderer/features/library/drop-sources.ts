import { importFormatOf } from '../../../shared/import-formats'
import type { ImportReport, ImportSource } from '../../../shared/api'

/** One dropped thing, captured while the drop event is live (the browser empties it after). */
export interface DroppedItem {
  readonly file: File | null
  readonly entry: FileSystemEntry | null
}

/** Captures the files and folder entries of a drop; call it synchronously in the drop handler. */
export function captureDrop(dataTransfer: DataTransfer): ReadonlyArray<DroppedItem> {
  const items = Array.from(dataTransfer.items ?? []).filter((item) => item.kind === 'file')
  if (items.length === 0) {
    return Array.from(dataTransfer.files).map((file) => ({ file, entry: null }))
  }
  return items.map((item) => ({
    file: item.getAsFile(),
    entry: typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null,
  }))
}

/**
 * Turns dropped files and folders into import sources: a path when the desktop shell knows it
 * (main walks folders itself), otherwise the bytes, walking folders here.
 */
export async function sourcesFromDrop(
  items: ReadonlyArray<DroppedItem>,
  pathForFile: (file: File) => string,
): Promise<ReadonlyArray<ImportSource>> {
  const sources: ImportSource[] = []
  for (const { file, entry } of items) {
    const path = file ? pathForFile(file) : ''
    if (file && path) {
      sources.push({ fileName: file.name, path })
    } else if (entry?.isDirectory) {
      sources.push(...(await sourcesInFolder(entry as FileSystemDirectoryEntry)))
    } else if (file) {
      sources.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    }
  }
  return sources
}

/** True for a file name the importers can read (by its ending, case-insensitive). */
export function isImportableName(name: string): boolean {
  // Hidden files (`.DS_Store`, macOS's `._story.txt` shadows) are skipped, as the folder walk in main does.
  return !name.startsWith('.') && importFormatOf(name) !== null
}

async function sourcesInFolder(folder: FileSystemDirectoryEntry): Promise<ImportSource[]> {
  const sources: ImportSource[] = []
  for (const entry of await readAllEntries(folder)) {
    if (entry.isDirectory) {
      sources.push(...(await sourcesInFolder(entry as FileSystemDirectoryEntry)))
    } else if (isImportableName(entry.name)) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      )
      sources.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    }
  }
  return sources
}

async function readAllEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader()
  const all: FileSystemEntry[] = []
  // readEntries returns at most ~100 entries per call; an empty batch means the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

/** One sentence summing up an import, for the results panel and the status line. */
export function summarizeImport(report: ImportReport): string {
  const parts: string[] = []
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
  parts.push(`Imported ${count(report.imported.length, 'article', 'articles')}`)
  if (report.duplicates.length > 0) {
    parts.push(
      `${count(report.duplicates.length, 'file was', 'files were')} already in the library`,
    )
  }
  if (report.failed.length > 0) {
    parts.push(`${count(report.failed.length, 'file', 'files')} could not be imported`)
  }
  return `${parts.join('; ')}.`
}
