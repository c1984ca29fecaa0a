import type { LineageEntry } from './story-types'

/** What a lineage drawing needs of a story: its root and each version's parent. */
export interface LineageTree {
  readonly root: number
  readonly lineage: ReadonlyArray<Pick<LineageEntry, 'article' | 'parent'>>
}

/** A version placed in the lineage drawing: column `x` (leaf order) and row `y` (depth). */
export interface LineageNode {
  readonly article: number
  readonly x: number
  readonly y: number
}

/** The lineage tree laid out for drawing: parents centred above their children. */
export interface LineageLayout {
  readonly nodes: ReadonlyArray<LineageNode>
  readonly edges: ReadonlyArray<{ readonly parent: number; readonly child: number }>
  /** Columns and rows used, so a drawing can size itself. */
  readonly width: number
  readonly depth: number
}

/** Lays the lineage out top-down: each leaf gets the next column, each parent the middle of its children's. */
export function layoutLineage(story: LineageTree): LineageLayout {
  const children = new Map<number, number[]>()
  for (const entry of story.lineage) {
    if (entry.parent === null) continue
    const list = children.get(entry.parent) ?? []
    list.push(entry.article)
    children.set(entry.parent, list)
  }
  const nodes: LineageNode[] = []
  let column = 0
  let deepest = 0
  // Iterative post-order, so a chain of hundreds of versions cannot overflow the stack.
  const stack: Array<{ article: number; depth: number; visited: boolean }> = [
    { article: story.root, depth: 0, visited: false },
  ]
  const placed = new Map<number, LineageNode>()
  while (stack.length > 0) {
    const top = stack.pop()!
    const kids = children.get(top.article) ?? []
    if (!top.visited && kids.length > 0) {
      stack.push({ ...top, visited: true })
      for (const kid of [...kids].reverse())
        stack.push({ article: kid, depth: top.depth + 1, visited: false })
      continue
    }
    deepest = Math.max(deepest, top.depth)
    const xs = kids.map((kid) => placed.get(kid)?.x ?? 0)
    const x = xs.length === 0 ? column++ : (Math.min(...xs) + Math.max(...xs)) / 2
    const node = { article: top.article, x, y: top.depth }
    placed.set(top.article, node)
    nodes.push(node)
  }
  return {
    nodes: nodes.sort((a, b) => a.article - b.article),
    edges: story.lineage.flatMap((entry) =>
      entry.parent === null ? [] : [{ parent: entry.parent, child: entry.article }],
    ),
    width: Math.max(1, column),
    depth: deepest + 1,
  }
}

/** The grid a lineage drawing uses: pixels per column and per row, and each version's circle. */
export interface LineageDrawingSize {
  readonly column: number
  readonly row: number
  readonly radius: number
}

/** The one size the story view and the HTML story report both draw at. */
export const LINEAGE_DRAWING_SIZE: LineageDrawingSize = { column: 60, row: 60, radius: 15 }

/** A version's circle in the drawing, in pixels. */
export interface LineageDot {
  readonly article: number
  readonly cx: number
  readonly cy: number
  readonly root: boolean
}

/** A parent → child line, from the edge of the parent's circle to the edge of the child's. */
export interface LineageLine {
  readonly parent: number
  readonly child: number
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/** The lineage tree as SVG geometry: canvas size, circles and lines, all in pixels. */
export interface LineageDrawing {
  readonly width: number
  readonly height: number
  readonly radius: number
  readonly dots: ReadonlyArray<LineageDot>
  readonly lines: ReadonlyArray<LineageLine>
}

/** Pixel geometry of the lineage tree, so every drawing of it (view, report) is the same picture. */
export function drawLineage(
  story: LineageTree,
  size: LineageDrawingSize = LINEAGE_DRAWING_SIZE,
): LineageDrawing {
  const layout = layoutLineage(story)
  const dots = layout.nodes.map((node) => ({
    article: node.article,
    cx: round(node.x * size.column + size.column / 2),
    cy: round(node.y * size.row + size.row / 2),
    root: node.article === story.root,
  }))
  const at = new Map(dots.map((dot) => [dot.article, dot]))
  const lines = layout.edges.flatMap(({ parent, child }) => {
    const from = at.get(parent)
    const to = at.get(child)
    if (!from || !to) return []
    // Shortened by the radius along the line itself, so a slanted edge meets the circle's rim.
    const length = Math.hypot(to.cx - from.cx, to.cy - from.cy) || 1
    const dx = ((to.cx - from.cx) / length) * size.radius
    const dy = ((to.cy - from.cy) / length) * size.radius
    return [
      {
        parent,
        child,
        x1: round(from.cx + dx),
        y1: round(from.cy + dy),
        x2: round(to.cx - dx),
        y2: round(to.cy - dy),
      },
    ]
  })
  return {
    width: layout.width * size.column,
    height: layout.depth * size.row,
    radius: size.radius,
    dots,
    lines,
  }
}

/** Two decimals: enough for a pixel, short in the exported SVG. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
