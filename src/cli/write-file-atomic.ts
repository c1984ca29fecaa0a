import { writeOutputFile } from '../node/output-file'
import { UserError } from '../core'

/** A report that could not be written; `message` is one line saying what to do. */
export class OutputError extends UserError {
  override readonly name = 'OutputError'
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Writes the report to `--out`: readers see the old content or the whole new one, never a
 * half-written report (see `writeOutputFile` for links, devices and pipes). Failures become an
 * {@link OutputError} whose message says what to do.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
): Promise<void> {
  try {
    await writeOutputFile(path, content)
  } catch (error) {
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
    case 'ELOOP':
      return 'it is a loop of symbolic links; choose another --out path'
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return 'the path is not valid; choose another --out path'
    default:
      return `the system refused (${typeof code === 'string' ? code : 'unknown error'}); choose another --out path`
  }
}
