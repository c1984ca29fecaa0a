import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'
import './components.css'

/** A modal `<dialog>` (focus trapped and Escape handled by the browser) named by its title. */
export function ModalDialog(props: {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly wide?: boolean
}): ReactNode {
  const { title, onClose, children, wide } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    // Read before showModal() moves focus into the dialog, so closing returns focus to the opener.
    const opener = document.activeElement as HTMLElement | null
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => opener?.focus?.()
  }, [])

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
