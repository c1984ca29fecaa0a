import { describe, expect, it } from 'vitest'
import { blockLines, treeShape } from './block-lines'
import type { DomNode } from './block-lines'

/**
 * A DOM whose `childNodes`, like linkedom's, is a new list built on every access: `visits` counts
 * the nodes such lists hold, so a walk that indexes `childNodes` in a loop shows up as quadratic.
 */
function countingTree(paragraphs: number): {
  readonly root: DomNode
  readonly visits: () => number
} {
  let visits = 0
  const make = (
    nodeType: number,
    nodeName: string,
    nodeValue: string | null,
  ): DomNode & {
    children: DomNode[]
    parent: (DomNode & { children: DomNode[] }) | null
  } => {
    const node = {
      nodeType,
      nodeName,
      nodeValue,
      children: [] as DomNode[],
      parent: null as (DomNode & { children: DomNode[] }) | null,
      get childNodes(): ArrayLike<DomNode> {
        visits += node.children.length
        return [...node.children]
      },
      get firstChild(): DomNode | null {
        visits += 1
        return node.children[0] ?? null
      },
      get nextSibling(): DomNode | null {
        visits += 1
        const siblings = node.parent?.children ?? []
        return siblings[siblings.indexOf(node) + 1] ?? null
      },
    }
    return node
  }
  const body = make(1, 'BODY', null)
  for (let n = 0; n < paragraphs; n += 1) {
    const p = make(1, 'P', null)
    const text = make(3, '#text', `Paragraph ${n}.`)
    text.parent = p
    p.children.push(text)
    p.parent = body
    body.children.push(p)
  }
  return { root: body, visits: () => visits }
}

describe('blockLines and treeShape walk each node a constant number of times', () => {
  it('reads 2,000 sibling paragraphs with a linear number of node visits', () => {
    const { root, visits } = countingTree(2000)
    expect(blockLines(root)).toHaveLength(2000)
    expect(treeShape(root)).toEqual({ elements: 2001, depth: 1 })
    // 4,001 nodes: a walk that rebuilt the child list per child would visit about 8 million.
    expect(visits()).toBeLessThan(20 * 4001)
  })
})
