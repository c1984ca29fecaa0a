import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/api'
import type { ComparisonStage } from '../../../core/compare-articles'
import { StaleRequestError } from '../../compare/compare-client'
import { comparisonWith } from '../../test/comparison-fixture'
import { ComparisonSource } from './comparison-source'
import type { CompareStage } from './comparison-source'

const article = (id: string): Article =>
  ({ id, title: id.toUpperCase(), text: `Text of ${id}.` }) as Article

/** An API whose getArticle answers only when `release(id)` is called. */
function slowApi() {
  const waiting = new Map<string, () => void>()
  const vectorCalls: string[][] = []
  return {
    vectorCalls,
    release: (id: string) => waiting.get(id)?.(),
    api: {
      getArticle: (id: string) =>
        new Promise<Article>((resolve) => waiting.set(id, () => resolve(article(id)))),
      wordVectorsFor: async (words: ReadonlyArray<string>) => {
        vectorCalls.push([...words])
        return { dimensions: 1, vectors: {} }
      },
    },
  }
}

function fakeClient() {
  const compared: string[] = []
  const scanned: string[] = []
  return {
    compared,
    scanned,
    client: {
      warmUp: () => undefined,
      dispose: () => undefined,
      cancel: () => undefined,
      words: async (texts: ReadonlyArray<string>) => {
        scanned.push(...texts)
        return texts.map((text) => [text.toLowerCase()])
      },
      compare: async (
        left: { path: string },
        right: { path: string },
        _options: unknown,
        _vectors: unknown,
        onProgress?: (stage: ComparisonStage) => void,
      ) => {
        compared.push(`${left.path}/${right.path}`)
        onProgress?.('alignment')
        return { comparison: comparisonWith({}), milliseconds: 1 }
      },
    },
  }
}

describe('ComparisonSource', () => {
  it('reports its stages and compares the loaded articles', async () => {
    const { api, release, vectorCalls } = slowApi()
    const { client, compared } = fakeClient()
    const source = new ComparisonSource(api, client)
    const stages: CompareStage[] = []
    const done = source.compare('a', 'b', comparisonWith({}).options, (s) => stages.push(s))
    release('a')
    release('b')
    await done
    expect(stages).toEqual(['loading', 'vectors', 'alignment'])
    expect(compared).toEqual(['a/b'])
    expect(vectorCalls).toEqual([['text of a.', 'text of b.']])
  })

  it('lets a newer comparison win when an older one finishes loading later', async () => {
    const { api, release } = slowApi()
    const { client, compared } = fakeClient()
    const source = new ComparisonSource(api, client)
    const options = comparisonWith({}).options
    const older = source.compare('a', 'b', options, () => undefined)
    const newer = source.compare('c', 'd', options, () => undefined)
    release('c')
    release('d')
    await newer
    release('a')
    release('b')
    await expect(older).rejects.toBeInstanceOf(StaleRequestError)
    expect(compared).toEqual(['c/d'])
  })

  it('looks vectors up once per pair, whatever the order or options', async () => {
    const { api, release, vectorCalls } = slowApi()
    const { client } = fakeClient()
    const source = new ComparisonSource(api, client)
    const options = comparisonWith({}).options
    const first = source.compare('a', 'b', options, () => undefined)
    release('a')
    release('b')
    await first
    await source.compare('b', 'a', { ...options, ignoreCase: true }, () => undefined)
    expect(vectorCalls).toHaveLength(1)
  })
})

describe('ComparisonSource words', () => {
  it('scans each article for lookup words once, across pairs', async () => {
    const { api, release, vectorCalls } = slowApi()
    const { client, scanned } = fakeClient()
    const source = new ComparisonSource(api, client)
    const options = comparisonWith({}).options
    const first = source.compare('a', 'b', options, () => undefined)
    release('a')
    release('b')
    await first
    const second = source.compare('a', 'c', options, () => undefined)
    release('c')
    await second
    expect(scanned).toEqual(['Text of a.', 'Text of b.', 'Text of c.'])
    expect(vectorCalls).toEqual([
      ['text of a.', 'text of b.'],
      ['text of a.', 'text of c.'],
    ])
  })
})
