import { assertNever, isUserError } from '../core'
import { parseCliArgs, USAGE } from './cli-args'
import { oneLine, userMessage } from './cli-messages'
import { CLI_VERSION } from './cli-version'

/** Exit code for bad input or arguments: the user can fix it. */
export const EXIT_USAGE = 2
/** Exit code for a failure inside Rewrite Lens. */
export const EXIT_INTERNAL = 1

/** Everything the command line touches outside the file system, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Whether standard output is a terminal (colour and wrapping are only used there). */
  readonly isTTY: boolean
  readonly env: Readonly<Record<string, string | undefined>>
  /** The terminal's width in columns, when standard output is one. */
  readonly columns?: number
  /** Standard input: an article given as `-`, or batch's pairs. Empty when absent. */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  /** The word-vector file; without it the aligner uses lexical similarity only. */
  readonly wordVectorsPath?: string
  /** The built batch worker script; without it batch compares one pair at a time in-process. */
  readonly batchWorkerPath?: string
  /** Resolves once standard output has room again (batch waits on it, so memory stays flat). */
  readonly drained?: () => Promise<void>
  /** The clock, for the HTML report's "generated" line. */
  readonly now?: () => Date
  /**
   * Makes the heap grow by half at most between full collections; `compare` and `story` call it
   * for long inputs only (see `LONG_INPUT_CHARS`), trading CPU for a lower peak there.
   */
  readonly limitHeapGrowth?: () => void
}

/**
 * Runs `rewrite-lens` with the given arguments and returns its exit code; never throws. Each
 * command's module is loaded only when it runs, so `--help` starts without the engine.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE)
        return 0
      case 'version':
        io.stdout(`rewrite-lens ${CLI_VERSION}\n`)
        return 0
      case 'compare':
        return await (await import('./compare-command')).runCompare(command, io)
      case 'story': {
        const [{ runStory }, { readWordVectors }] = await Promise.all([
          import('./run-story'),
          import('./read-word-vectors'),
        ])
        return await runStory(command, io, () =>
          readWordVectors(io.wordVectorsPath, () => undefined, io.stderr),
        )
      }
      case 'batch':
        return await (await import('./batch-command')).runBatch(command, io)
      default:
        return assertNever(command)
    }
  } catch (error) {
    return reportFailure(error, io)
  }
}

/** Prints a failure in one line and returns its exit code: 2 for the user's, 1 for ours. */
export function reportFailure(error: unknown, io: Pick<CliIo, 'stderr' | 'env'>): number {
  if (isUserError(error)) {
    io.stderr(`${userMessage(error)}\n`)
    return EXIT_USAGE
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(
    `rewrite-lens: internal error (${oneLine(message)}); please report it with the two files.\n`,
  )
  if (io.env.REWRITE_LENS_DEBUG && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`)
  return EXIT_INTERNAL
}
