import type { RendererBridge } from '../shared/api'

declare global {
  interface Window {
    /** The API the preload exposes (`API_GLOBAL`); the page reaches main only through it. */
    readonly rewriteLens: RendererBridge
  }
}

/** The preload's API; throws a readable error when the page runs without it. */
export function bridge(): RendererBridge {
  const api = (window as Partial<Window>).rewriteLens
  if (!api) throw new Error('Rewrite Lens must be opened from the desktop app.')
  return api
}

/** The one-sentence message of an API failure (IPC prefixes main's errors; people need neither). */
export function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  return raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '')
}
