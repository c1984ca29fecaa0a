/** The text on one line, as a terminal message or a JSON Lines field should be. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** A user error's message as one line starting with `rewrite-lens:`. */
export function userMessage(error: Error): string {
  const message = oneLine(error.message)
  return message.startsWith('rewrite-lens:') ? message : `rewrite-lens: ${message}`
}
