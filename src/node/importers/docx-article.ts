import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { blockLines } from './block-lines'
import type { DomNode } from './block-lines'

// Images are dropped without being read: the converter never opens the image part, so neither
// embedded nor externally linked pictures are fetched.
const dropImages = mammoth.images.imgElement(async () => ({ src: '' }))

/**
 * The lines of a Word document: one per paragraph, heading and list item. Links keep only their
 * text, images are dropped and external files are never opened (mammoth's `externalFileAccess`).
 */
export async function extractDocxLines(bytes: Uint8Array): Promise<ReadonlyArray<string>> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { externalFileAccess: false, convertImage: dropImages, ignoreEmptyParagraphs: true },
  )
  // mammoth's HTML is parsed, never rendered: only its text nodes are read.
  const { document } = parseHTML(
    `<!doctype html><html><body>${result.value}</body></html>`,
  ) as unknown as {
    document: { readonly body: DomNode }
  }
  return blockLines(document.body)
}

/**
 * The total unpacked size a zip archive declares in its central directory, or null when the
 * directory is missing or malformed. Checked before unzipping so a zip bomb is refused unopened.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  const earliest = Math.max(0, bytes.byteLength - 22 - 0xffff)
  let end = -1
  for (let offset = bytes.byteLength - 22; offset >= earliest; offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset
      break
    }
  }
  if (end < 0) return null
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let total = 0
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null
    const size = view.getUint32(offset + 24, true)
    // 0xFFFFFFFF defers the size to a ZIP64 field: far beyond anything an article needs.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY
    total += size
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return total
}
