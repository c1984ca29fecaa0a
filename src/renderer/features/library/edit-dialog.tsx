import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { ArticleMetadataPatch, ArticleSummary } from '../../../shared/api'
import { ModalDialog } from '../../components/modal-dialog'
import { joinPublished, metadataPatch, splitPublished } from './metadata-patch'
import type { MetadataFields } from './metadata-patch'

type TextField = Exclude<keyof MetadataFields, 'publishedAt'>

/** Edits an article's title, source, label, byline, URL and published date and time. */
export function EditDialog(props: {
  readonly article: ArticleSummary
  readonly onSubmit: (patch: ArticleMetadataPatch) => void
  readonly onClose: () => void
}): ReactNode {
  const { article } = props
  const [fields, setFields] = useState<Record<TextField, string>>({
    title: article.title,
    source: article.source,
    label: article.label,
    url: article.url,
    byline: article.byline ?? '',
  })
  const [published, setPublished] = useState(() => splitPublished(article.publishedAt))
  const [publishedTouched, setPublishedTouched] = useState(false)
  const ids = {
    title: useId(),
    source: useId(),
    label: useId(),
    url: useId(),
    byline: useId(),
    date: useId(),
    time: useId(),
    hint: useId(),
  }
  const field = (key: TextField, label: string, type = 'text'): ReactNode => (
    <>
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        className="input"
        type={type}
        dir={type === 'url' ? 'ltr' : 'auto'}
        value={fields[key]}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </>
  )
  const setPublishedPart = (part: 'date' | 'time', value: string): void => {
    setPublishedTouched(true)
    setPublished({ ...published, [part]: value })
  }
  return (
    <ModalDialog title="Edit article" onClose={props.onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          // An untouched date is sent back as stored, so opening and saving changes nothing.
          const publishedAt = publishedTouched
            ? joinPublished(published.date, published.time)
            : article.publishedAt
          props.onSubmit(metadataPatch(article, { ...fields, publishedAt }))
        }}
      >
        {field('title', 'Title')}
        {field('source', 'Source')}
        {field('label', 'Label')}
        <p className="form-hint">
          Label: how you tell this version apart, such as “v2” or “after legal”.
        </p>
        {field('byline', 'Byline')}
        {field('url', 'URL', 'url')}
        <div className="form-pair" role="group" aria-labelledby={ids.hint}>
          <span id={ids.hint} className="form-group-label">
            Published
          </span>
          <label htmlFor={ids.date} className="visually-hidden">
            Published date
          </label>
          <input
            id={ids.date}
            className="input"
            type="date"
            value={published.date}
            onChange={(event) => setPublishedPart('date', event.target.value)}
          />
          <label htmlFor={ids.time} className="visually-hidden">
            Published time
          </label>
          <input
            id={ids.time}
            className="input"
            type="time"
            value={published.time}
            onChange={(event) => setPublishedPart('time', event.target.value)}
          />
        </div>
        <p className="form-hint">The time is optional; the date orders versions in a story.</p>
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
