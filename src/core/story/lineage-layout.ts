import type { Story } from './story-types'

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
export function layoutLineage(story: Pick<Story, 'root' | 'lineage'>): LineageLayout {
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
