/**
 * An error whose message is meant for the user: one sentence that says what to do. Every layer
 * throws a subclass of it for bad input (a file, an argument, a request); the shells print or send
 * the message as it is and never a stack. Any other error is a bug in Rewrite Lens.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** True for an error whose message is meant for the user. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
