import { inflateRawSync } from 'node:zlib'
import type mammothModule from 'mammoth'
import { blockLines } from './block-lines'
import type { DomNode } from './block-lines'

/**
 * The lines of a Word document: one per paragraph, heading and list item. Links keep only their
 * text, images are dropped and external files are never opened (mammoth's `externalFileAccess`).
 */
export async function extractDocxLines(bytes: Uint8Array): Promise<ReadonlyArray<string>> {
  // Loaded on first use: they take a fifth of a second to load, which only Word files need.
  const [mammoth, { parseHTML }] = await Promise.all([loadMammoth(), import('linkedom')])
  // Images are dropped without being read: the converter never opens the image part, so neither
  // embedded nor externally linked pictures are fetched.
  const dropImages = mammoth.images.imgElement(async () => ({ src: '' }))
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

async function loadMammoth(): Promise<typeof mammothModule> {
  // mammoth is CommonJS: its exports arrive as the default export.
  const loaded = (await import('mammoth')) as { default?: typeof mammothModule }
  return loaded.default ?? (loaded as typeof mammothModule)
}

/** What inflating every entry of a zip archive within a byte budget found. */
export type ZipInflation =
  | {
      readonly status: 'within'
      readonly bytes: number
      /** Paragraphs (`<w:p>` elements) in the document's XML parts. */
      readonly paragraphs: number
    }
  | { readonly status: 'over-budget' }
  | { readonly status: 'malformed' }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8

/**
 * Inflates every entry of a zip archive against one running budget and stops as soon as it is
 * spent. The sizes an archive declares are never trusted: a forged central directory can claim a
 * few kB for an entry that inflates to gigabytes, so each entry may produce at most what is left of
 * the budget (zlib's `maxOutputLength` stops it there), and entries that share compressed bytes
 * are each counted in full.
 */
export function inflateWithinBudget(bytes: Uint8Array, budget: number): ZipInflation {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfDirectory(view)
  if (end < 0) return { status: 'malformed' }
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let used = 0
  let paragraphs = 0
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY)
      return { status: 'malformed' }
    const method = view.getUint16(offset + 10, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const local = view.getUint32(offset + 42, true)
    const nameStart = offset + 46
    const name = Buffer.from(
      bytes.subarray(nameStart, nameStart + view.getUint16(offset + 28, true)),
    ).toString('latin1')
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER)
      return { status: 'malformed' }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    // A ZIP64 size (0xFFFFFFFF) or one past the end is read as "to the end of the file": the
    // budget, not the declared size, bounds what comes out.
    const data = bytes.subarray(start, Math.min(bytes.byteLength, start + compressedSize))
    const left = budget - used
    let inflated: Uint8Array
    if (method === STORED) {
      inflated = data
    } else if (method === DEFLATED) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, left + 1) })
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          return { status: 'over-budget' }
        return { status: 'malformed' }
      }
    } else {
      return { status: 'malformed' }
    }
    used += inflated.byteLength
    if (used > budget) return { status: 'over-budget' }
    if (name.startsWith('word/') && name.endsWith('.xml')) paragraphs += paragraphsIn(inflated)
  }
  return { status: 'within', bytes: used, paragraphs }
}

// Counts `<w:p>` and `<w:p …>` start tags (not `<w:pPr>`), without decoding the XML.
function paragraphsIn(xml: Uint8Array): number {
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength)
  let count = 0
  for (let at = buffer.indexOf('<w:p'); at >= 0; at = buffer.indexOf('<w:p', at + 4)) {
    const next = buffer[at + 4]
    if (next === 0x3e || next === 0x20 || next === 0x2f) count += 1
  }
  return count
}

// The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
function endOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let offset = view.byteLength - 22; offset >= earliest; offset -= 1)
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset
  return -1
}
