/**
 * The turns of the event loop handed to sliced work, one slice per turn in all. With a clock per
 * job, every job waiting for `setImmediate` ran its own slice in the same turn (Node runs all
 * immediates queued before a turn's check phase back to back): the title sort, the index parse and
 * the loading of search words made one block of three slices. Jobs wait in a queue instead, and
 * each turn's check phase resumes the first. A job resumed by I/O (in the poll phase, before the
 * check phase of the same turn) runs on the clock of the slice in progress, and once it has to
 * yield, that turn resumes nobody else.
 */
class SliceTurns {
  readonly #waiting: Array<() => void> = []
  #started = performance.now()
  #ranOutsideTurn = false

  readonly #sliceMs: number

  constructor(sliceMs: number) {
    this.#sliceMs = sliceMs
  }

  /**
   * A check to await inside a job's loop: it returns at once while the current slice lasts, else
   * waits for the job's turn. With `rest`, the job first leaves the thread idle for a slice's
   * length: work nobody waits for, so what the user does meanwhile keeps its speed (an add waits
   * for its file writes' callbacks).
   */
  slicer(options: { readonly rest?: boolean } = {}): () => Promise<void> {
    // The start of the slice this job was last given; another start since means I/O resumed it.
    let given = Number.NaN
    return async () => {
      if (performance.now() - this.#started < this.#sliceMs) return
      const outsideTurn = given !== this.#started
      if (options.rest) await new Promise((resolve) => setTimeout(resolve, this.#sliceMs))
      await this.#next(outsideTurn)
      given = this.#started
    }
  }

  #next(outsideTurn: boolean): Promise<void> {
    if (outsideTurn) this.#ranOutsideTurn = true
    return new Promise((resolve) => {
      // A turn is already scheduled exactly while jobs wait (`#resumeFirst` keeps it so).
      const scheduled = this.#waiting.length > 0
      this.#waiting.push(resolve)
      if (!scheduled) setImmediate(this.#resumeFirst)
    })
  }

  readonly #resumeFirst = (): void => {
    // A slice already ran in this turn (resumed by I/O): the first waiter waits one turn more.
    const resume = this.#ranOutsideTurn ? undefined : this.#waiting.shift()
    this.#ranOutsideTurn = false
    this.#started = performance.now()
    // Queued from the check phase, it runs in the next turn, after that turn's timers and I/O.
    if (this.#waiting.length > 0) setImmediate(this.#resumeFirst)
    resume?.()
  }
}

// One per process, as the event loop is: two libraries open in one process (tests, a read-only
// view beside the writer) share its turns too. 2 ms leaves most of a 16 ms frame for a garbage
// collection landing in the slice; a turn costs microseconds, so the work takes no longer.
const turns = new SliceTurns(2)

/**
 * A check to await inside long loops on the main thread: it yields to the event loop once the
 * current slice has run 2 ms, so a window stays responsive (a frame is 16 ms) while work of
 * seconds goes on in the background. All sliced jobs of the process share the turns of the event
 * loop (see `SliceTurns`): one slice per turn, however many jobs run.
 */
export function timeSlicer(options: { readonly rest?: boolean } = {}): () => Promise<void> {
  return turns.slicer(options)
}

/**
 * Calls `each` with every item and its position, `every` items between two checks of `slice`.
 * Passes over every record loop here rather than in their callers: a loop of 10,000 turns inside
 * a large async function made the optimising compiler compile that whole function (on another
 * thread, while the first search ran), which cost that search ~20 ms of CPU.
 */
export async function forEachInSlices<T>(
  items: ReadonlyArray<T>,
  each: (item: T, at: number) => void,
  slice: () => Promise<void>,
  every = 256,
): Promise<void> {
  for (let start = 0; start < items.length; start += every) {
    eachIn(items, start, Math.min(start + every, items.length), each)
    await slice()
  }
}

function eachIn<T>(
  items: ReadonlyArray<T>,
  from: number,
  to: number,
  each: (item: T, at: number) => void,
): void {
  for (let at = from; at < to; at += 1) each(items[at] as T, at)
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
