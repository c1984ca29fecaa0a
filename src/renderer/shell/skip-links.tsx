import type { MouseEvent, ReactNode } from 'react'

/** Focuses the element holding a region's Tab stop; false when it is not on screen. */
function focusFirst(selector: string): boolean {
  const target = document.querySelector<HTMLElement>(selector)
  target?.focus()
  return target !== null
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
      if (!focusFirst('.article-list [tabindex="0"]') && !focusFirst('.article-list')) {
        focusFirst('#library-panel input')
      }
      return
    }
    props.onOpenLibrary()
    // The list mounts on the next frame once the library opens.
    window.requestAnimationFrame(() => {
      if (!focusFirst('.article-list [tabindex="0"]')) focusFirst('.article-list')
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
