import { useState } from 'react'
import type { ReactNode } from 'react'
import type { ExportFormat } from '../../shared/api'
import { ModalDialog } from './modal-dialog'

const FORMATS: ReadonlyArray<{
  readonly value: ExportFormat
  readonly label: string
  readonly hint: string
}> = [
  { value: 'html', label: 'HTML', hint: 'a self-contained page to read or share' },
  { value: 'pdf', label: 'PDF', hint: 'the HTML report, printed' },
  { value: 'md', label: 'Markdown', hint: 'plain text with the changes marked' },
  { value: 'csv', label: 'CSV', hint: 'one line per change, for spreadsheets' },
  { value: 'json', label: 'JSON', hint: 'the full comparison data' },
]

/** Picks a report format; the Save dialog that follows is main's. */
export function ExportDialog(props: {
  readonly title: string
  readonly description: ReactNode
  readonly canExport: boolean
  readonly onExport: (format: ExportFormat) => void
  readonly onClose: () => void
}): ReactNode {
  const [format, setFormat] = useState<ExportFormat>('html')
  return (
    <ModalDialog title={props.title} onClose={props.onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          if (props.canExport) props.onExport(format)
        }}
      >
        <div className="form-description">{props.description}</div>
        <div role="radiogroup" aria-label="Format" className="format-list">
          {FORMATS.map((option) => (
            <label key={option.value} className="format-option">
              <input
                type="radio"
                name="format"
                value={option.value}
                checked={format === option.value}
                onChange={() => setFormat(option.value)}
              />{' '}
              <span className="format-name">{option.label}</span>
              <span className="format-hint" aria-hidden="true">
                {' '}
                — {option.hint}
              </span>
            </label>
          ))}
        </div>
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!props.canExport}>
            Export
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
