import type { ReactNode } from 'react'
import { Legend } from '../features/reader/legend'
import { stepZoom } from '../ui-prefs'
import type { UiPrefs } from '../ui-prefs'

/** The id of the library's show/hide button, where focus returns when the overlay closes. */
export const LIBRARY_TOGGLE_ID = 'library-toggle'

/** The settings the app bar shows and changes. */
export type AppBarPrefs = Pick<UiPrefs, 'libraryOpen' | 'lensesOpen' | 'zoom'>

/** The window's top bar: panel toggles, text size, legend and the shortcuts button. */
export function AppBar(props: {
  readonly prefs: AppBarPrefs
  readonly onPrefs: (patch: Partial<AppBarPrefs>) => void
  readonly onShortcuts: () => void
}): ReactNode {
  const { prefs, onPrefs } = props
  return (
    <header className="app-bar">
      <h1 className="app-name">Rewrite Lens</h1>
      <div className="app-tools">
        <button
          type="button"
          id={LIBRARY_TOGGLE_ID}
          className="button button-small"
          aria-expanded={prefs.libraryOpen}
          aria-controls={prefs.libraryOpen ? 'library-panel' : undefined}
          aria-keyshortcuts="["
          title="Show or hide the library ([)"
          onClick={() => onPrefs({ libraryOpen: !prefs.libraryOpen })}
        >
          <span aria-hidden="true">{prefs.libraryOpen ? '◧ ' : '□ '}</span>Library
        </button>
        <button
          type="button"
          className="button button-small"
          aria-expanded={prefs.lensesOpen}
          aria-controls={prefs.lensesOpen ? 'lens-panel' : undefined}
          aria-keyshortcuts="]"
          title="Show or hide the lenses (])"
          onClick={() => onPrefs({ lensesOpen: !prefs.lensesOpen })}
        >
          Lenses<span aria-hidden="true">{prefs.lensesOpen ? ' ◨' : ' □'}</span>
        </button>
        <div className="zoom" role="group" aria-label="Text size">
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => onPrefs({ zoom: stepZoom(prefs.zoom, -1) })}
          >
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">Smaller text</span>
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => onPrefs({ zoom: 1 })}
          >
            <span aria-hidden="true">{Math.round(prefs.zoom * 100)}%</span>
            <span className="visually-hidden">Default text size</span>
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => onPrefs({ zoom: stepZoom(prefs.zoom, 1) })}
          >
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">Larger text</span>
          </button>
        </div>
        <Legend />
        <button
          type="button"
          className="button button-small button-quiet"
          aria-keyshortcuts="?"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={props.onShortcuts}
        >
          ?
        </button>
      </div>
    </header>
  )
}
