/** Disjoint sets over string keys, for gathering one item's appearances across versions. */
export interface UnionFind {
  add(key: string): void
  union(a: string, b: string): void
  /** The groups, each in the order its first key was added. */
  groups(): ReadonlyArray<ReadonlyArray<string>>
}

/** An empty union-find; local mutable state, never shared. */
export function createUnionFind(): UnionFind {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    let at = key
    while (at !== root) {
      const next = parent.get(at)!
      parent.set(at, root)
      at = next
    }
    return root
  }
  const add = (key: string): void => {
    if (!parent.has(key)) parent.set(key, key)
  }
  return {
    add,
    union(a, b) {
      add(a)
      add(b)
      const ra = find(a)
      const rb = find(b)
      if (ra !== rb) parent.set(rb, ra)
    },
    groups() {
      const byRoot = new Map<string, string[]>()
      for (const key of parent.keys()) {
        const root = find(key)
        const group = byRoot.get(root)
        if (group === undefined) byRoot.set(root, [key])
        else group.push(key)
      }
      return [...byRoot.values()]
    },
  }
}
