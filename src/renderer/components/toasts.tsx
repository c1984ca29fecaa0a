import type { ReactNode } from 'react'

/** A short message at the bottom of the window; errors are announced assertively. */
export interface Toast {
  readonly id: number
  readonly kind: 'info' | 'error'
  readonly message: string
  /** When set, the toast offers an Undo button that calls it. */
  readonly undo?: () => void
}

/** The stack of toasts, newest last. */
export function Toasts(props: {
  readonly toasts: ReadonlyArray<Toast>
  readonly onDismiss: (id: number) => void
}): ReactNode {
  return (
    <div className="toasts">
      {props.toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" className="button" onClick={toast.undo}>
              Undo
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            aria-label="Dismiss"
            onClick={() => props.onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
