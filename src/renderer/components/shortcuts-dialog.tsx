import type { ReactNode } from 'react'
import { SHORTCUTS } from '../key-commands'
import { ModalDialog } from './modal-dialog'

/** The keyboard help that "?" opens. */
export function ShortcutsDialog(props: { readonly onClose: () => void }): ReactNode {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={props.onClose}>
      <p className="form-description">Letter keys work when the focus is not in a text field.</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="shortcut">
            <dt>
              {shortcut.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && <span className="shortcut-or"> or </span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={props.onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}
