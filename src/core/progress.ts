/** Says how far a piece of work has got, as a fraction from 0 to 1. */
export type ProgressReport = (fraction: number) => void

// A progress bar a few hundred pixels wide moves visibly at 1%; finer steps only cost messages.
const DEFAULT_STEPS = 100

// One shared function for "nobody is listening": a closure made per call would give every hot
// loop that ticks it a new function to call, which V8 cannot keep inlined.
const IGNORE_PROGRESS = (): void => undefined

/**
 * Counts `total` units of work and reports at most `steps` times, so a hot loop can call it on
 * every unit: between reports it costs one comparison. A sub-step gives itself steps in
 * proportion to its share, so a whole stage still reports about a hundred times.
 */
export function progressCounter(
  report: ProgressReport | undefined,
  total: number,
  steps: number = DEFAULT_STEPS,
): (done: number) => void {
  if (!report || total <= 0) return IGNORE_PROGRESS
  let next = total / steps
  return (done) => {
    if (done < next) return
    next = (Math.floor((done * steps) / total) + 1) * (total / steps)
    report(Math.min(1, done / total))
  }
}

/** The part of `report` from `start` to `end`: a sub-step's 0..1 mapped into its share of the whole. */
export function progressSpan(
  report: ProgressReport | undefined,
  start: number,
  end: number,
): ProgressReport | undefined {
  if (!report) return undefined
  return (fraction) => report(start + (end - start) * fraction)
}

/**
 * Passes on a fraction only once it has moved a whole step (1/`steps`) past the last one passed
 * on, so sub-steps that each count their own hundred still make about a hundred reports in all.
 */
export function progressSteps(
  report: ProgressReport | undefined,
  steps: number = DEFAULT_STEPS,
): ProgressReport | undefined {
  if (!report) return undefined
  let next = 1 / steps
  return (fraction) => {
    if (fraction < next) return
    next = (Math.floor(fraction * steps) + 1) / steps
    report(Math.min(1, fraction))
  }
}
