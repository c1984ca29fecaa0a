import type { ReactNode } from 'react'
import type { ImportReport } from '../../../shared/api'
import { summarizeImport } from './drop-sources'

/** What the last import did: imported titles, duplicates skipped and files that failed, with why. */
export function ImportResults(props: {
  readonly report: ImportReport
  readonly onDismiss: () => void
}): ReactNode {
  const { report } = props
  return (
    <section className="import-results" aria-label="Import results">
      <p className="import-summary" role="status">
        {summarizeImport(report)}
      </p>
      {report.imported.length > 0 && (
        <ul aria-label="Imported" className="import-list">
          {report.imported.map((article) => (
            <li key={article.id} dir="auto">
              {article.title || article.fileName}
            </li>
          ))}
        </ul>
      )}
      {report.duplicates.length > 0 && (
        <>
          <h3 className="import-heading">Already in the library</h3>
          <ul aria-label="Duplicates" className="import-list">
            {report.duplicates.map((duplicate, index) => (
              <li key={index}>
                <span className="file-name">{duplicate.fileName}</span>: same text as “
                {duplicate.existingTitle}”, skipped.
              </li>
            ))}
          </ul>
        </>
      )}
      {report.failed.length > 0 && (
        <>
          <h3 className="import-heading">Could not import</h3>
          <ul aria-label="Failed" className="import-list import-failed">
            {report.failed.map((failure, index) => (
              <li key={index}>
                <span className="file-name">{failure.fileName}</span>: {failure.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="button button-quiet"
        aria-label="Dismiss import results"
        onClick={props.onDismiss}
      >
        Dismiss
      </button>
    </section>
  )
}
