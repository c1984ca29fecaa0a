import type { ReactNode } from 'react'
import type { ImportReport } from '../../../shared/api'
import { summarizeImport } from './drop-sources'

/** The id the import pop-up's "Show the list" focuses. */
export const IMPORT_RESULTS_ID = 'import-results'

/**
 * What the last import did: files that failed first, each with why and what to do, then duplicates
 * skipped, then the imported titles.
 */
export function ImportResults(props: {
  readonly report: ImportReport
  readonly onDismiss: () => void
}): ReactNode {
  const { report } = props
  return (
    <section
      className="import-results"
      id={IMPORT_RESULTS_ID}
      tabIndex={-1}
      aria-label="Import results"
    >
      <p className="import-summary" role="status">
        {summarizeImport(report)}
      </p>
      {report.failed.length > 0 && (
        <>
          <h3 className="import-heading import-heading-failed">
            Could not import ({report.failed.length})
          </h3>
          <ul aria-label="Failed" className="import-list import-failed">
            {report.failed.map((failure, index) => (
              <li key={index}>
                <span className="file-name" dir="auto">
                  {failure.fileName}
                </span>
                : <span dir="auto">{failure.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.duplicates.length > 0 && (
        <>
          <h3 className="import-heading">Already in the library ({report.duplicates.length})</h3>
          <ul aria-label="Duplicates" className="import-list">
            {report.duplicates.map((duplicate, index) => (
              <li key={index}>
                <span className="file-name" dir="auto">
                  {duplicate.fileName}
                </span>
                : same text as “<bdi>{duplicate.existingTitle}</bdi>”, skipped.
              </li>
            ))}
          </ul>
        </>
      )}
      {report.imported.length > 0 && (
        <>
          <h3 className="import-heading">Imported ({report.imported.length})</h3>
          <ul aria-label="Imported" className="import-list">
            {report.imported.map((article) => (
              <li key={article.id} dir="auto">
                {article.title || article.fileName}
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
