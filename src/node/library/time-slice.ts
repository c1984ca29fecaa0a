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
 * Runs `run(from, to)` over the positions 0 to `count` in groups of `every`, checking `slice`
 * between groups; stops early (false) when a group returns false. Long passes loop in small
 * synchronous functions rather than in their async callers: a loop of 10,000 turns inside a large
 * async function made the optimising compiler compile that whole function (on another thread,
 * while the first search ran), which cost that search ~20 ms of CPU.
 */
export async function rangeInSlices(
  count: number,
  every: number,
  run: (from: number, to: number) => boolean,
  slice: () => Promise<void>,
): Promise<boolean> {
  for (let from = 0; from < count; from += every) {
    if (!run(from, Math.min(from + every, count))) return false
    await slice()
  }
  return true
}

/** Calls `each` with every item and its position, `every` items between two checks of `slice`. */
export async function forEachInSlices<T>(
  items: ReadonlyArray<T>,
  each: (item: T, at: number) => void,
  slice: () => Promise<void>,
  every = 256,
): Promise<void> {
  await rangeInSlices(
    items.length,
    every,
    (from, to) => {
      for (let at = from; at < to; at += 1) each(items[at] as T, at)
      return true
    },
    slice,
  )
}

/**
 * Sorts a copy of `items` (stably, like Array.prototype.sort) by bottom-up merge sort, yielding to
 * the event loop through `slice` every few hundred items placed: sorting 10,000 records with a
 * collator holds the event loop for tens of milliseconds in one piece.
 */
export async function sortInSlices<T>(
  items: ReadonlyArray<T>,
  compare: (a: T, b: T) => number,
  slice: () => Promise<void>,
): Promise<T[]> {
  const sort = new MergeSort(items, compare)
  while (!sort.step(256)) await slice()
  return sort.sorted
}

// A bottom-up merge sort run a bounded number of items at a time (synchronous, so its loops are
// compiled on their own, not with an async caller's).
class MergeSort<T> {
  readonly #compare: (a: T, b: T) => number
  #from: T[]
  #to: T[]
  #width = 1
  // The next pair of runs to merge at this width.
  #next = 0
  // The merge in progress (none when at === end): the next item of each run, the output position.
  #left = 0
  #right = 0
  #middle = 0
  #at = 0
  #end = 0

  constructor(items: ReadonlyArray<T>, compare: (a: T, b: T) => number) {
    this.#compare = compare
    this.#from = [...items]
    this.#to = new Array<T>(items.length)
  }

  get sorted(): T[] {
    return this.#from
  }

  /** Places about `budget` items (a run copied whole counts all its items); true once sorted. */
  step(budget: number): boolean {
    const compare = this.#compare
    const length = this.#from.length
    let placed = 0
    while (this.#width < length) {
      const from = this.#from
      const to = this.#to
      if (this.#at === this.#end) {
        if (this.#next >= length) {
          this.#from = to
          this.#to = from
          this.#width *= 2
          this.#next = 0
          continue
        }
        const start = this.#next
        const middle = Math.min(start + this.#width, length)
        const end = Math.min(start + 2 * this.#width, length)
        this.#next = end
        // Runs already in order (input sorted nearly right) are copied without comparing each item.
        if (middle >= end || compare(from[middle - 1] as T, from[middle] as T) <= 0) {
          for (let at = start; at < end; at += 1) to[at] = from[at] as T
          placed += end - start
          if (placed >= budget) return false
          continue
        }
        this.#left = start
        this.#right = middle
        this.#middle = middle
        this.#at = start
        this.#end = end
      }
      let left = this.#left
      let right = this.#right
      let at = this.#at
      const middle = this.#middle
      const end = this.#end
      const stop = Math.min(end, at + budget - placed)
      for (; at < stop; at += 1) {
        if (left < middle && (right >= end || compare(from[left] as T, from[right] as T) <= 0))
          to[at] = from[left++] as T
        else to[at] = from[right++] as T
      }
      placed += stop - this.#at
      this.#left = left
      this.#right = right
      this.#at = at
      if (placed >= budget) return false
    }
    return true
  }
}
