import { runCli } from './run-cli'
import type { CliIo } from './run-cli'

/** What one in-process run of the command line printed and returned. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the command line in process with its output captured, not on a terminal, with no
 * environment and a fixed clock, so reports are the same on every run; `io` overrides any of that.
 */
export async function runCliCaptured(
  argv: ReadonlyArray<string>,
  io: Partial<CliIo> = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    isTTY: false,
    env: {},
    now: () => new Date('2026-11-23T02:00:00.000Z'),
    ...io,
  })
  return { code, stdout, stderr }
}
