import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { ModalDialog } from '../../components/modal-dialog'

/** Asks for a title and the text of an article to add from the clipboard. */
export function PasteDialog(props: {
  readonly onSubmit: (input: { readonly title: string; readonly text: string }) => void
  readonly onClose: () => void
}): ReactNode {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const titleId = useId()
  const textId = useId()
  const empty = text.trim() === ''
  return (
    <ModalDialog title="Paste as new article" onClose={props.onClose} wide>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!empty) props.onSubmit({ title: title.trim(), text })
        }}
      >
        <label htmlFor={titleId}>Title</label>
        <input
          dir="auto"
          id={titleId}
          className="input"
          value={title}
          placeholder="Leave empty to use the first line"
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor={textId}>Text</label>
        <textarea
          dir="auto"
          id={textId}
          className="input textarea"
          value={text}
          rows={14}
          required
          placeholder="One paragraph per line"
          onChange={(event) => setText(event.target.value)}
        />
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={empty}>
            Add article
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
