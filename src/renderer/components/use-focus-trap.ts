import { useEffect, useRef } from 'react'

/** What a focus trap holds and where focus goes when it ends. */
export interface FocusTrap {
  /** The element focus stays inside while the trap is on (looked up when needed: it may remount). */
  readonly container: () => HTMLElement | null
  /** Where focus goes on release when the element that had it before is gone. */
  readonly fallback: () => HTMLElement | null
  /** Escape pressed while the trap is on. */
  readonly onEscape: () => void
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
      const stops = tabbableIn(container)
      const first = stops[0]
      const last = stops[stops.length - 1]
      const focus = document.activeElement
      const inside = focus instanceof HTMLElement && container.contains(focus)
      if (!first || !last) {
        event.preventDefault()
        container.focus()
      } else if (event.shiftKey && (!inside || focus === first || focus === container)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (!inside || focus === last)) {
        event.preventDefault()
        first.focus()
      }
    }
    // Focus that lands outside (a click on the page behind, a screen reader's jump) comes back.
    const onFocusIn = (event: FocusEvent): void => {
      const container = latest.current.container()
      const target = event.target
      if (!container || !(target instanceof Node) || container.contains(target)) return
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
