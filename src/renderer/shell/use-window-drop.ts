import { useEffect, useEffectEvent, useState } from 'react'
import { captureDrop } from '../features/library/drop-sources'
import type { DroppedItem } from '../features/library/drop-sources'

/**
 * Accepts files dropped anywhere on the window and hands them to `onItems`; `true` while files
 * are dragged over the window (for the drop overlay).
 */
export function useWindowDrop(onItems: (items: ReadonlyArray<DroppedItem>) => void): boolean {
  const [dragging, setDragging] = useState(false)

  const onDrop = useEffectEvent((event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    if (!event.dataTransfer) return
    const items = captureDrop(event.dataTransfer)
    if (items.length > 0) onItems(items)
  })

  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean =>
      Array.from(event.dataTransfer?.types ?? []).includes('Files')
    const onOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    // dragenter/dragleave fire for every element crossed; a count tells when the window is left.
    let depth = 0
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      depth++
      setDragging(true)
    }
    const onLeave = (): void => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent): void => {
      depth = 0
      onDrop(event)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return dragging
}
