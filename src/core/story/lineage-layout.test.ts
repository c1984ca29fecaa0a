import { describe, expect, it } from 'vitest'
import { drawLineage, layoutLineage, LINEAGE_DRAWING_SIZE } from './lineage-layout'

// V1 is the root; V2 and V3 come from it; V4 from V3.
const LINEAGE = {
  root: 0,
  lineage: [
    { article: 0, parent: null },
    { article: 1, parent: 0 },
    { article: 2, parent: 0 },
    { article: 3, parent: 2 },
  ],
}

/** "V1 (30,30) root" per circle, so a test reads the picture. */
function describeDots(drawing: ReturnType<typeof drawLineage>): ReadonlyArray<string> {
  return drawing.dots.map(
    (dot) => `V${dot.article + 1} (${dot.cx},${dot.cy})${dot.root ? ' root' : ''}`,
  )
}

describe('drawLineage', () => {
  it('places leaves in columns and parents centred above their children', () => {
    expect(layoutLineage(LINEAGE).nodes.map((node) => `${node.x},${node.y}`)).toEqual([
      '0.5,0',
      '0,1',
      '1,1',
      '1,2',
    ])
    const drawing = drawLineage(LINEAGE, { column: 60, row: 60, radius: 15 })
    expect(describeDots(drawing)).toEqual([
      'V1 (60,30) root',
      'V2 (30,90)',
      'V3 (90,90)',
      'V4 (90,150)',
    ])
    expect([drawing.width, drawing.height, drawing.radius]).toEqual([120, 180, 15])
  })

  it('draws each line from the rim of the parent circle to the rim of the child circle', () => {
    const drawing = drawLineage(LINEAGE)
    const at = new Map(drawing.dots.map((dot) => [dot.article, dot]))
    expect(drawing.lines.map((line) => `V${line.parent + 1}→V${line.child + 1}`)).toEqual([
      'V1→V2',
      'V1→V3',
      'V3→V4',
    ])
    for (const line of drawing.lines) {
      const parent = at.get(line.parent)!
      const child = at.get(line.child)!
      expect(Math.hypot(line.x1 - parent.cx, line.y1 - parent.cy)).toBeCloseTo(drawing.radius, 1)
      expect(Math.hypot(line.x2 - child.cx, line.y2 - child.cy)).toBeCloseTo(drawing.radius, 1)
    }
    // A straight drop stays vertical: V3 → V4 leaves V3 at its bottom.
    expect(drawing.lines[2]).toMatchObject({ x1: 90, y1: 105, x2: 90, y2: 135 })
  })

  it('uses the shared size by default and sizes the canvas to the tree', () => {
    const single = drawLineage({ root: 0, lineage: [{ article: 0, parent: null }] })
    expect(single.dots).toEqual([
      {
        article: 0,
        cx: LINEAGE_DRAWING_SIZE.column / 2,
        cy: LINEAGE_DRAWING_SIZE.row / 2,
        root: true,
      },
    ])
    expect(single.lines).toEqual([])
    expect([single.width, single.height]).toEqual([
      LINEAGE_DRAWING_SIZE.column,
      LINEAGE_DRAWING_SIZE.row,
    ])
  })
})
