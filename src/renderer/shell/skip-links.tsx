import type { MouseEvent, ReactNode } from 'react'

/** Focuses the element holding a region's Tab stop; false when it is not on screen. */
function focusFirst(selector: string): boolean {
  const target = document.querySelector<HTMLElement>(selector)
  target?.focus()
  return target !== null
}

/** Focuses the article list's Tab stop, or the list itself while that item is scrolled away. */
function focusList(): boolean {
  return focusFirst('.article-list [tabindex="0"]') || focusFirst('.article-list')
}

/**
 * Focuses the article list's Tab stop, else the diff rows, else the story or the reader's heading:
 * for focus that went away with its control when the control it came from is gone too.
 */
export function focusMainRegion(): void {
  if (focusList() || focusFirst('#diff-rows') || focusFirst('#story-view')) return
  focusFirst('#reader-heading')
}

// A library of many articles can take a moment to load, and a keyboard user can reach the skip link
// first; this long, the list's Tab stop still takes focus as soon as it shows.
const LOADING_WAIT_MS = 10_000

/**
 * While the library is still loading, holds focus on its loading notice and hands it to the list's
 * Tab stop (or, when the library turns out empty, to the search box) once loaded, unless the user
 * has moved focus meanwhile; false when the library is not loading.
 */
function focusListOnceLoaded(): boolean {
  const panel = document.getElementById('library-panel')
  const notice = panel?.querySelector<HTMLElement>('[data-library-loading]')
  if (!panel || !notice) return false
  notice.focus()
  const observer = new MutationObserver(() => {
    const focused = document.activeElement
    // The notice unmounting drops focus to the body; anything else is the user's own move.
    if (focused !== notice && focused !== document.body) return observer.disconnect()
    if (notice.isConnected) return
    observer.disconnect()
    if (!focusList()) focusFirst('#library-panel input')
  })
  observer.observe(panel, { childList: true, subtree: true })
  window.setTimeout(() => observer.disconnect(), LOADING_WAIT_MS)
  return true
}

/**
 * Links shown when focused, first in the Tab order: straight to the article list's Tab stop or to
 * the diff rows, past the app bar and the library's tools.
 */
export function SkipLinks(props: {
  readonly libraryOpen: boolean
  readonly onOpenLibrary: () => void
}): ReactNode {
  const toList = (event: MouseEvent): void => {
    event.preventDefault()
    if (props.libraryOpen) {
      if (!focusList() && !focusListOnceLoaded()) {
        focusFirst('#library-panel input')
      }
      return
    }
    props.onOpenLibrary()
    // The list mounts on the next frame once the library opens.
    window.requestAnimationFrame(() => {
      if (!focusList()) focusListOnceLoaded()
    })
  }
  const toRows = (event: MouseEvent): void => {
    event.preventDefault()
    if (!focusFirst('#diff-rows')) focusFirst('#reader-heading')
  }
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a className="skip-link" href="#library-panel" onClick={toList}>
        Skip to the article list
      </a>
      <a className="skip-link" href="#diff-rows" onClick={toRows}>
        Skip to the differences
      </a>
    </nav>
  )
}
