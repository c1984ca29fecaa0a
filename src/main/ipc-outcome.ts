import type { IpcOutcome } from '../shared/api'
import { isUserError } from '../core'

/** What the user reads when a handler fails for a reason that is not theirs (a bug). */
export const UNEXPECTED_FAILURE =
  'Rewrite Lens hit an unexpected problem; try again, and restart the app if it keeps happening.'

/**
 * Runs a handler for IPC: its value, or the one-sentence message of a user error. Other errors are
 * bugs: their stack goes to main's log, and the page gets a plain sentence instead.
 */
export async function toIpcOutcome<T>(
  run: () => Promise<T>,
  log: (error: unknown) => void,
): Promise<IpcOutcome<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    if (isUserError(error)) return { ok: false, message: error.message }
    log(error)
    return { ok: false, message: UNEXPECTED_FAILURE }
  }
}
