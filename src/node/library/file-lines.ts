import { open } from 'node:fs/promises'

/**
 * How many bytes `linesOfFile` reads (and decodes) at a time: far below the longest string. Tests
 * scale it down with the limits they stand in for.
 */
export const lineReading = { chunkBytes: 1 << 20 }

/** Lines of a file (UTF-8, without their newlines), as one chunk read completed them. */
export interface LineBatch {
  readonly lines: ReadonlyArray<string>
  /** False for the file's last batch when its last line has no newline (a write cut short). */
  readonly ended: boolean
  /** The bytes of the file these lines took, newlines included. */
  readonly bytes: number
}

/**
 * The lines of a file, in batches: the file is read a chunk at a time and each chunk's complete
 * lines are decoded together, so no step holds the whole file, as one string or one buffer. A file
 * the size of the library index at a million articles is longer than V8's longest string (~512
 * MB), and Node's `readFile` refuses files over 2 GiB: either would report a valid library damaged.
 * Throws the system's error (with its `code`) when the file cannot be opened or read.
 */
export async function* linesOfFile(
  path: string,
  chunkBytes = lineReading.chunkBytes,
): AsyncGenerator<LineBatch> {
  const handle = await open(path, 'r')
  try {
    // The start of a line that earlier chunks did not end (a newline byte is never inside a
    // multi-byte character, so cutting at newlines never splits one).
    let pending: Buffer[] = []
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes)
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null)
      if (bytesRead === 0) break
      const data = chunk.subarray(0, bytesRead)
      const last = data.lastIndexOf(0x0a)
      if (last < 0) {
        pending.push(data)
        continue
      }
      const first = data.indexOf(0x0a)
      const lines: string[] = []
      const bytes = pending.reduce((sum, piece) => sum + piece.byteLength, last + 1)
      if (pending.length > 0) {
        lines.push(Buffer.concat([...pending, data.subarray(0, first)]).toString('utf8'))
        pending = []
      } else lines.push(data.toString('utf8', 0, first))
      if (last > first)
        for (const line of data.toString('utf8', first + 1, last).split('\n')) lines.push(line)
      if (last + 1 < bytesRead) pending.push(data.subarray(last + 1))
      yield { lines, ended: true, bytes }
    }
    if (pending.length > 0) {
      const rest = Buffer.concat(pending)
      yield { lines: [rest.toString('utf8')], ended: false, bytes: rest.byteLength }
    }
  } finally {
    await handle.close()
  }
}
