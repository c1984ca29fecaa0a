/**
 * A check to await inside long loops on the main thread: it yields to the event loop once the
 * current slice has run `sliceMs`, so a window stays responsive (a frame is 16 ms) while work of
 * seconds goes on in the background.
 */
export function timeSlicer(sliceMs = 4): () => Promise<void> {
  let started = performance.now()
  return async () => {
    if (performance.now() - started < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    started = performance.now()
  }
}
