/** Calls in progress, so quitting can wait for the ones that are about to save something. */
export interface PendingWork {
  /** Runs `work` and counts it as pending until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>
  /** Resolves once every tracked call (including ones started meanwhile) has settled. */
  settled(): Promise<void>
}

/** A fresh set of pending calls. */
export function createPendingWork(): PendingWork {
  const pending = new Set<Promise<unknown>>()
  return {
    track: (work) => {
      const running = work()
      const settled = running.then(
        () => undefined,
        () => undefined,
      )
      pending.add(settled)
      void settled.then(() => pending.delete(settled))
      return running
    },
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}

/** The part of Electron's `app` that quitting needs (a fake in tests). */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** How long quitting waits, at most, for each step before it gives up and quits anyway. */
export interface QuitWaits {
  /** Calls still running when the window closed (an import reading its files). */
  readonly callsMs: number
  /** The library's queued saves. */
  readonly savesMs: number
}

/** Generous limits: a save takes milliseconds, but a slow network drive can take seconds. */
export const DEFAULT_QUIT_WAITS: QuitWaits = { callsMs: 10_000, savesMs: 30_000 }

/**
 * Holds the app's quit until running calls have finished and the library's saves are on disk:
 * `will-quit` comes after every window closed (so no new call can start), is cancelled once, and
 * quitting resumes when the saves settle. Without this, an edit made just before quitting could
 * still be in its save when the process exits, and be lost.
 */
export function holdQuitUntilSaved(
  app: QuittingApp,
  work: { readonly calls: PendingWork; readonly flush: () => Promise<void> },
  log: (message: string) => void,
  waits: QuitWaits = DEFAULT_QUIT_WAITS,
): void {
  let state: 'running' | 'saving' | 'saved' = 'running'
  app.on('will-quit', (event) => {
    if (state === 'saved') return
    event.preventDefault()
    if (state === 'saving') return
    state = 'saving'
    void (async () => {
      if (!(await within(work.calls.settled(), waits.callsMs)))
        log('rewrite-lens: quitting while a call is still running')
      if (!(await within(work.flush(), waits.savesMs)))
        log('rewrite-lens: quitting before the library finished saving')
    })()
      .catch((error: unknown) => log(`rewrite-lens: waiting for saves failed: ${String(error)}`))
      .finally(() => {
        state = 'saved'
        app.quit()
      })
  })
}

// True when `promise` settled in time (either way), false when the wait ran out.
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  const done = promise.then(
    () => true as const,
    () => true as const,
  )
  try {
    return await Promise.race([done, timeout])
  } finally {
    clearTimeout(timer)
  }
}
