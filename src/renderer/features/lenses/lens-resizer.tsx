import { useRef } from 'react'
import type { ReactNode } from 'react'
import { LENS_WIDTH, clampLensWidth, lensWidthForKey } from '../../ui-prefs'

/** The handle on the lens panel's left edge: drag it, or focus it and use the arrow keys. */
export function LensResizer(props: {
  readonly width: number
  readonly onResize: (width: number) => void
}): ReactNode {
  const drag = useRef<{ readonly x: number; readonly width: number } | null>(null)
  return (
    <div
      role="separator"
      tabIndex={0}
      className="lens-resizer"
      aria-label="Resize lenses"
      aria-orientation="vertical"
      aria-controls="lens-panel"
      aria-valuemin={LENS_WIDTH.min}
      aria-valuemax={LENS_WIDTH.max}
      aria-valuenow={props.width}
      title="Drag to resize the lenses (or focus and use ← →)"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { x: event.clientX, width: props.width }
      }}
      onPointerMove={(event) => {
        const start = drag.current
        if (start) props.onResize(clampLensWidth(start.width + start.x - event.clientX))
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(event) => {
        const width = lensWidthForKey(props.width, event.key)
        if (width === null) return
        event.preventDefault()
        props.onResize(width)
      }}
    />
  )
}
