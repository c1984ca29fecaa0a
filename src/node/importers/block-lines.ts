/**
 * The few members of a DOM node that text extraction reads. linkedom's documents are typed against
 * the browser DOM, which main's TypeScript setup does not include, so this describes what we use.
 */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  // linkedom rebuilds `childNodes` on every access, so indexing it in a loop is quadratic; the
  // sibling links are constant-time.
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
}

// The children of a node in document order, read once through the sibling links.
function childrenOf(node: DomNode): ReadonlyArray<DomNode> {
  const children: DomNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
  return children
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1
// Elements, documents and document fragments hold the text worth reading.
const CONTAINER_NODES: ReadonlySet<number> = new Set([ELEMENT_NODE, 9, 11])

// Elements that start a new line: each paragraph, heading and list item becomes its own line.
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
])

// Never text: code, embedded documents, media and form controls contribute nothing readable.
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'FORM',
  'HEAD',
  'IFRAME',
  'IMG',
  'INPUT',
  'MATH',
  'NOSCRIPT',
  'OBJECT',
  'PICTURE',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'VIDEO',
])

/**
 * The readable text under a DOM node as lines: one per paragraph, heading, list item or `<br>`,
 * whitespace collapsed, empty lines dropped. Only text nodes are read, so markup stays inert.
 * The walk keeps its own stack, so a hostile page nested thousands deep cannot overflow the call
 * stack.
 */
export function blockLines(root: DomNode): ReadonlyArray<string> {
  const lines: string[] = []
  let current = ''
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim()
    if (line !== '') lines.push(line)
    current = ''
  }
  // A block element is visited twice: on the way in (flush what came before) and on the way out.
  const stack: Array<{ readonly node: DomNode; readonly leaving: boolean }> = [
    { node: root, leaving: false },
  ]
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, leaving } = step
    if (leaving) {
      flush()
      continue
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? ''
      continue
    }
    if (!CONTAINER_NODES.has(node.nodeType)) continue
    const name = node.nodeName.toUpperCase()
    if (SKIPPED_ELEMENTS.has(name)) continue
    if (name === 'BR') {
      flush()
      continue
    }
    if (BLOCK_ELEMENTS.has(name)) {
      flush()
      stack.push({ node, leaving: true })
    }
    const children = childrenOf(node)
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index]
      if (child) stack.push({ node: child, leaving: false })
    }
  }
  flush()
  return lines
}

/** How many elements a tree holds and how deep it nests, counted without recursion. */
export function treeShape(root: DomNode): { readonly elements: number; readonly depth: number } {
  let elements = 0
  let depth = 0
  const stack: Array<{ readonly node: DomNode; readonly depth: number }> = [
    { node: root, depth: 0 },
  ]
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step.node.nodeType !== ELEMENT_NODE) continue
    elements += 1
    depth = Math.max(depth, step.depth)
    for (let child = step.node.firstChild; child; child = child.nextSibling)
      stack.push({ node: child, depth: step.depth + 1 })
  }
  return { elements, depth }
}
