import { readFile, realpath } from 'node:fs/promises'
import { sep } from 'node:path'
import { resolveAppAsset } from './app-urls'

/** A file of the renderer build, ready to serve. */
export interface RendererFile {
  readonly body: Uint8Array
  readonly mimeType: string
}

/**
 * Reads the renderer file an app-scheme URL names, or null when there is none to serve. Beyond
 * the lexical check of `resolveAppAsset` (`..`, encoded `%2e%2e`/`%2f`, other hosts), the real path
 * must still be inside the real renderer folder, so a symbolic link cannot lead out of it.
 */
export async function readRendererFile(
  url: string,
  rendererDir: string,
): Promise<RendererFile | null> {
  const asset = resolveAppAsset(url, rendererDir)
  if (!asset) return null
  try {
    const [root, path] = await Promise.all([realpath(rendererDir), realpath(asset.path)])
    if (!path.startsWith(`${root}${sep}`)) return null
    return { body: new Uint8Array(await readFile(path)), mimeType: asset.mimeType }
  } catch {
    // Missing, unreadable, or a folder: the same 404 as any unknown path.
    return null
  }
}
