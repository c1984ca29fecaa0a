/** Marks the end of an exhaustive switch: the compiler proves no case is missing. */
export function assertNever(value: never): never {
  throw new Error(`rewrite-lens: unexpected value ${JSON.stringify(value)}`)
}
