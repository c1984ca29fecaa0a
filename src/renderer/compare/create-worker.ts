import type { WorkerLike } from './compare-client'

/** Starts the compare worker; Vite bundles it as a same-origin module file, which the CSP allows. */
export function createCompareWorker(): WorkerLike {
  return new Worker(new URL('./compare-worker.ts', import.meta.url), {
    type: 'module',
    name: 'compare',
  }) as unknown as WorkerLike
}
