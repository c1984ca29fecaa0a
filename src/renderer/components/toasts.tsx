import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import './components.css'
import { FocusLoss, focusIsOnPage } from './focus-loss'

/** A button a toast offers besides Dismiss (Undo, Show in folder). */
export interface ToastAction {
  readonly label: string
  readonly run: () => void
}

/** A short message at the bottom of the window; errors are announced assertively. */
export interface Toast {
  readonly id: number
  readonly kind: 'info' | 'error'
  readonly message: string
  readonly action?: ToastAction
  /** A new toast replaces the shown one of the same group (one pop-up per kind of action). */
  readonly group?: string
}

/** What a caller passes to show a toast. */
export type ToastInput = Omit<Toast, 'id'>

/** Toast state: show (with a lifetime in ms), dismiss one, dismiss a group. */
export interface ToastControls {
  readonly toasts: ReadonlyArray<Toast>
  readonly show: (toast: ToastInput, duration?: number) => void
  readonly showError: (message: string) => void
  readonly dismiss: (id: number) => void
  readonly dismissGroup: (group: string) => void
}

const TOAST_MS = 6_000
const MAX_TOASTS = 4

/** Holds the toasts; each disappears after its lifetime. */
export function useToasts(): ToastControls {
  const [toasts, setToasts] = useState<ReadonlyArray<Toast>>([])
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id))
  }, [])
  const dismissGroup = useCallback((group: string) => {
    setToasts((list) => list.filter((toast) => toast.group !== group))
  }, [])
  const show = useCallback(
    (toast: ToastInput, duration: number = TOAST_MS) => {
      const id = Date.now() + Math.random()
      setToasts((list) => [
        ...list
          .filter((shown) => toast.group === undefined || shown.group !== toast.group)
          .slice(-(MAX_TOASTS - 1)),
        { ...toast, id },
      ])
      window.setTimeout(() => dismiss(id), duration)
    },
    [dismiss],
  )
  const showError = useCallback(
    (message: string) => show({ kind: 'error', message }, TOAST_MS * 2),
    [show],
  )
  return { toasts, show, showError, dismiss, dismissGroup }
}

/** The element that holds the toasts, so a focus trap can keep their buttons reachable. */
export const TOASTS_ID = 'toasts'

/**
 * The stack of toasts, newest last. A toast's button that had keyboard focus gives it back, when
 * pressed or when its toast expires, to where it was before the toasts (so Undo, Dismiss or the
 * end of a toast's lifetime does not drop it on the page).
 */
export function Toasts(props: {
  readonly toasts: ReadonlyArray<Toast>
  readonly onDismiss: (id: number) => void
  /** Puts focus somewhere sensible when a toast took it and its earlier place is gone too. */
  readonly onFocusLost: () => void
}): ReactNode {
  const { onFocusLost } = props
  const region = useRef<HTMLDivElement>(null)
  const before = useRef<HTMLElement | null>(null)
  // Whether a toast's button has focus, or just lost it by going away with its toast.
  const [focusLoss] = useState(() => new FocusLoss())
  useEffect(() => {
    const node = region.current
    if (!node) return
    const onFocusIn = (event: FocusEvent): void => {
      focusLoss.focusIn()
      const from = event.relatedTarget
      if (from instanceof HTMLElement && !node.contains(from)) before.current = from
    }
    const onFocusOut = (event: FocusEvent): void => {
      const to = event.relatedTarget
      if (to instanceof Node && node.contains(to)) return
      focusLoss.focusOut(event.target instanceof Element ? event.target : null)
    }
    node.addEventListener('focusin', onFocusIn)
    node.addEventListener('focusout', onFocusOut)
    return () => {
      node.removeEventListener('focusin', onFocusIn)
      node.removeEventListener('focusout', onFocusOut)
    }
  }, [focusLoss])
  // A toast that expired (or was replaced) with focus on its button took the focus with it.
  useLayoutEffect(() => {
    if (!focusLoss.takeLoss(focusIsOnPage())) return
    if (before.current?.isConnected) before.current.focus()
    else onFocusLost()
  }, [props.toasts, focusLoss, onFocusLost])
  const giveFocusBack = (): void => {
    const target = before.current
    if (region.current?.contains(document.activeElement) && target?.isConnected) target.focus()
  }
  return (
    <div className="toasts" id={TOASTS_ID} ref={region}>
      {props.toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
        >
          <span dir="auto">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button"
              onClick={() => {
                // First: the action may move focus itself (to the list it opens).
                giveFocusBack()
                toast.action?.run()
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            aria-label="Dismiss"
            onClick={() => {
              giveFocusBack()
              props.onDismiss(toast.id)
            }}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
