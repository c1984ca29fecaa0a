import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { ArticleMetadataPatch, ArticleSummary } from '../../../shared/api'
import { ModalDialog } from '../../components/modal-dialog'
import { metadataPatch } from './metadata-patch'

/** Edits an article's title, source, URL and published date. */
export function EditDialog(props: {
  readonly article: ArticleSummary
  readonly onSubmit: (patch: ArticleMetadataPatch) => void
  readonly onClose: () => void
}): ReactNode {
  const { article } = props
  const [fields, setFields] = useState({
    title: article.title,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    byline: article.byline ?? '',
  })
  const ids = {
    title: useId(),
    source: useId(),
    url: useId(),
    publishedAt: useId(),
    byline: useId(),
  }
  const field = (key: keyof typeof fields, label: string, type = 'text'): ReactNode => (
    <>
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        className="input"
        type={type}
        value={fields[key]}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </>
  )
  return (
    <ModalDialog title="Edit article" onClose={props.onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          props.onSubmit(metadataPatch(article, fields))
        }}
      >
        {field('title', 'Title')}
        {field('source', 'Source')}
        {field('byline', 'Byline')}
        {field('url', 'URL', 'url')}
        {field('publishedAt', 'Published')}
        <p className="form-hint">Published: a date such as 2025-03-12.</p>
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
