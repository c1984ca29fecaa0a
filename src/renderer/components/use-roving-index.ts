import { useCallback, useRef, useState } from 'react'
import type { KeyboardEvent, RefObject } from 'react'

/** Where Up/Down, Home/End move in a list of `count` items; null for other keys. */
export function stepIndex(index: number, key: string, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1)
    case 'ArrowUp':
      return Math.max(0, index - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** A roving tabindex over a list's `[data-roving]` elements. */
export interface RovingIndex {
  readonly listRef: RefObject<HTMLUListElement | null>
  /** 0 for the item holding the list's one Tab stop, -1 for the others. */
  readonly tabIndexOf: (index: number) => 0 | -1
  readonly onFocusItem: (index: number) => void
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

/** One Tab stop for a list, with the arrow keys moving between its items. */
export function useRovingIndex(count: number): RovingIndex {
  const listRef = useRef<HTMLUListElement>(null)
  const [active, setActive] = useState(0)
  const current = Math.min(active, Math.max(0, count - 1))
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const next = stepIndex(current, event.key, count)
      if (next === null) return
      event.preventDefault()
      setActive(next)
      listRef.current?.querySelectorAll<HTMLElement>('[data-roving]')[next]?.focus()
    },
    [current, count],
  )
  return {
    listRef,
    tabIndexOf: (index) => (index === current ? 0 : -1),
    onFocusItem: setActive,
    onKeyDown,
  }
}
