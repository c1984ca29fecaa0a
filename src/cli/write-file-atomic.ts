import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** A report that could not be written; `message` is one line saying what to do. */
export class OutputError extends Error {
  override readonly name = 'OutputError'
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Writes a file so that readers see the old content or the whole new one, never a half-written
 * report: the text goes to a temporary file beside it, which is then renamed over the target.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const target = resolve(path)
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw new OutputError(path, `rewrite-lens: cannot write ${path}: ${describeWriteError(error)}.`)
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist; create the folder or choose another --out path'
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder; choose another --out path'
    case 'EISDIR':
      return 'it is a folder; give a file name, e.g. --out report.html'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; choose a folder you can write to'
    case 'EROFS':
      return 'the disk is read-only; choose another --out path'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space or choose another disk'
    case 'ENAMETOOLONG':
      return 'the file name is too long; choose a shorter --out path'
    default:
      return `the system refused (${typeof code === 'string' ? code : 'unknown error'}); choose another --out path`
  }
}
