import { useEffect, useRef } from 'react'

/** What a focus trap holds and where focus goes when it ends. */
export interface FocusTrap {
  /** The element focus stays inside while the trap is on (looked up when needed: it may remount). */
  readonly container: () => HTMLElement | null
  /** Where focus goes on release when the element that had it before is gone. */
  readonly fallback: () => HTMLElement | null
  /** Escape pressed while the trap is on. */
  readonly onEscape: () => void
  /**
   * Regions outside the container that Tab still reaches, after the container's own stops: the
   * toasts, whose Undo must not need Escape first. Looked up on every key, as they come and go.
   */
  readonly alsoReachable?: () => ReadonlyArray<HTMLElement | null>
}

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(', ')

/** The elements Tab visits inside `container`, in document order. */
export function tabbableIn(container: HTMLElement): ReadonlyArray<HTMLElement> {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  )
}

/**
 * Keeps Tab and Shift+Tab inside a non-modal overlay while `active` (a `<dialog>` traps focus
 * itself, a drawer does not), closes it on Escape, and on release gives focus back to the element
 * that had it when the trap began — the control that opened the overlay. Off while `paused` (a
 * modal dialog above the overlay handles its own keys).
 */
export function useFocusTrap(trap: FocusTrap, active: boolean, paused: boolean): void {
  const latest = useRef(trap)
  useEffect(() => {
    latest.current = trap
  })

  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (!active) return
    const focus = document.activeElement
    opener.current = focus instanceof HTMLElement && focus !== document.body ? focus : null
    return () => {
      const container = latest.current.container()
      const focus = document.activeElement
      // Give focus back only when closing left it nowhere or inside the overlay: a click elsewhere
      // already put it where the user wanted it.
      const stranded =
        focus === null ||
        focus === document.body ||
        !focus.isConnected ||
        (container !== null && container.contains(focus))
      const target = opener.current?.isConnected ? opener.current : latest.current.fallback()
      opener.current = null
      if (stranded) window.requestAnimationFrame(() => target?.focus())
    }
  }, [active])

  useEffect(() => {
    if (!active || paused) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        latest.current.onEscape()
        return
      }
      if (event.key !== 'Tab') return
      const container = latest.current.container()
      if (!container) return
      const regions = reachableRegions(latest.current, container).map((region) => ({
        region,
        stops: tabbableIn(region),
      }))
      const focus = document.activeElement
      const at = regions.findIndex(({ region }) => focus !== null && region.contains(focus))
      const move = nextStop<Element>(regions, at, focus, event.shiftKey)
      if (move.kind === 'native') return
      event.preventDefault()
      ;(move.kind === 'focus' ? (move.target as HTMLElement) : container).focus()
    }
    // Focus that lands outside (a click on the page behind, a screen reader's jump) comes back.
    const onFocusIn = (event: FocusEvent): void => {
      const container = latest.current.container()
      const target = event.target
      if (!container || !(target instanceof Node)) return
      if (reachableRegions(latest.current, container).some((region) => region.contains(target)))
        return
      ;(tabbableIn(container)[0] ?? container).focus()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('focusin', onFocusIn)
    }
  }, [active, paused])
}

/** The container, then the other regions Tab may reach, in the order Tab visits them. */
function reachableRegions(trap: FocusTrap, container: HTMLElement): ReadonlyArray<HTMLElement> {
  const others = trap.alsoReachable?.() ?? []
  return [container, ...others.filter((region): region is HTMLElement => region !== null)]
}

/** One region Tab may reach while a trap is on, with its Tab stops in order. */
export interface TrapRegion<T> {
  readonly region: T
  readonly stops: ReadonlyArray<T>
}

/** Where Tab goes: the browser's own next stop, a stop the trap picks, or the container itself. */
export type TabMove<T> =
  | { readonly kind: 'native' }
  | { readonly kind: 'focus'; readonly target: T }
  | { readonly kind: 'container' }

/**
 * Where Tab (Shift+Tab when `backwards`) goes from `focus`, which is inside `regions[at]` (-1:
 * outside them all): within a region the browser's own order; past a region's last stop (its
 * first or the region itself, backwards), or from outside, to the next region that has a stop,
 * round to the first.
 */
export function nextStop<T>(
  regions: ReadonlyArray<TrapRegion<T>>,
  at: number,
  focus: T | null,
  backwards: boolean,
): TabMove<T> {
  const current = regions[at]
  if (current && current.stops.length > 0) {
    const { region, stops } = current
    const leaving = backwards
      ? focus === stops[0] || focus === region
      : focus === stops[stops.length - 1]
    if (!leaving) return { kind: 'native' }
  }
  const count = regions.length
  // From outside, Tab starts at the first region and Shift+Tab at the last.
  const start = current ? at : backwards ? count : -1
  for (let step = 1; step <= count; step++) {
    const index = (((start + (backwards ? -step : step)) % count) + count) % count
    const stops = regions[index]?.stops ?? []
    const stop = backwards ? stops[stops.length - 1] : stops[0]
    if (stop !== undefined) return { kind: 'focus', target: stop }
  }
  return { kind: 'container' }
}
