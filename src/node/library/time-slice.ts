/**
 * A check to await inside long loops on the main thread: it yields to the event loop (for `restMs`
 * when given) once the current slice has run `sliceMs`, so a window stays responsive (a frame is
 * 16 ms) while work of seconds goes on in the background.
 */
export function timeSlicer(sliceMs = 4, restMs = 0): () => Promise<void> {
  let started = performance.now()
  return async () => {
    if (performance.now() - started < sliceMs) return
    // Background work nobody waits for rests between slices, leaving the thread to what the user
    // does meanwhile (an add waits for its file writes' callbacks).
    await new Promise((resolve) =>
      restMs > 0 ? setTimeout(resolve, restMs) : setImmediate(resolve),
    )
    started = performance.now()
  }
}

/**
 * Sorts a copy of `items` (stably, like Array.prototype.sort) by bottom-up merge sort, yielding to
 * the event loop through `slice` between runs: sorting 10,000 records with a collator holds the
 * event loop for tens of milliseconds in one piece.
 */
export async function sortInSlices<T>(
  items: ReadonlyArray<T>,
  compare: (a: T, b: T) => number,
  slice: () => Promise<void>,
): Promise<T[]> {
  let from = [...items]
  let to = new Array<T>(from.length)
  for (let width = 1; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length)
      const end = Math.min(start + 2 * width, from.length)
      // Runs already in order (input sorted nearly right) are copied without comparing each item.
      if (middle >= end || compare(from[middle - 1] as T, from[middle] as T) <= 0) {
        for (let at = start; at < end; at += 1) to[at] = from[at] as T
        await slice()
        continue
      }
      let left = start
      let right = middle
      for (let at = start; at < end; at += 1) {
        if (left < middle && (right >= end || compare(from[left] as T, from[right] as T) <= 0))
          to[at] = from[left++] as T
        else to[at] = from[right++] as T
        // The last passes merge thousands of items at once: yield inside them too.
        if (at % 256 === 255) await slice()
      }
      await slice()
    }
    ;[from, to] = [to, from]
  }
  return from
}
