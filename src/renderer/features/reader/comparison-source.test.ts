import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/api'
import type { ComparisonStage } from '../../../core'
import { StaleRequestError } from '../../compare/compare-client'
import { comparisonWith } from '../../test/comparison-fixture'
import { ComparisonSource } from './comparison-source'

const article = (id: string): Article =>
  ({ id, title: id.toUpperCase(), text: `Text of ${id}.` }) as Article

/** An API whose getArticle answers only when `release(id)` is called. */
function slowApi() {
  const waiting = new Map<string, () => void>()
  return {
    release: (id: string) => waiting.get(id)?.(),
    api: {
      getArticle: (id: string) =>
        new Promise<Article>((resolve) => waiting.set(id, () => resolve(article(id)))),
    },
  }
}

const VECTOR_BYTES = new Uint8Array([1, 2, 3])

/** The window's vector file: counts its loads; `arrive()` hands out the bytes. */
function slowVectors() {
  let arrive: (bytes: Uint8Array | null) => void = () => undefined
  const loading = new Promise<Uint8Array | null>((resolve) => (arrive = resolve))
  const loads: number[] = []
  return {
    loads,
    arrive: (bytes: Uint8Array | null = VECTOR_BYTES) => arrive(bytes),
    vectors: { load: () => (loads.push(loads.length), loading) },
  }
}

function fakeClient() {
  const compared: string[] = []
  const warmed: Array<Uint8Array | null | undefined> = []
  return {
    compared,
    warmed,
    client: {
      warmUp: (vectors?: Uint8Array | null) => void warmed.push(vectors),
      dispose: () => undefined,
      cancel: () => undefined,
      compare: async (
        left: { path: string },
        right: { path: string },
        _options: unknown,
        vectors: Uint8Array | null,
        onProgress?: (stage: ComparisonStage, fraction: number) => void,
      ) => {
        compared.push(`${left.path}/${right.path} with ${vectors ? vectors.length : 'no'} bytes`)
        onProgress?.('alignment', 0)
        onProgress?.('alignment', 0.5)
        return { comparison: comparisonWith({}), milliseconds: 1 }
      },
    },
  }
}

describe('ComparisonSource', () => {
  it('reports its stages and compares the loaded articles with the vector bytes', async () => {
    const { api, release } = slowApi()
    const { vectors, arrive } = slowVectors()
    const { client, compared } = fakeClient()
    const source = new ComparisonSource(api, vectors, client)
    const stages: string[] = []
    const done = source.compare('a', 'b', comparisonWith({}).options, (stage, fraction) =>
      stages.push(`${stage} ${fraction}`),
    )
    release('a')
    release('b')
    arrive()
    await done
    expect(stages).toEqual(['loading 0', 'vectors 0', 'alignment 0', 'alignment 0.5'])
    expect(compared).toEqual(['a/b with 3 bytes'])
  })

  it('lets a newer comparison win when an older one finishes loading later', async () => {
    const { api, release } = slowApi()
    const { vectors, arrive } = slowVectors()
    const { client, compared } = fakeClient()
    const source = new ComparisonSource(api, vectors, client)
    const options = comparisonWith({}).options
    arrive()
    const older = source.compare('a', 'b', options, () => undefined)
    const newer = source.compare('c', 'd', options, () => undefined)
    release('c')
    release('d')
    await newer
    release('a')
    release('b')
    await expect(older).rejects.toBeInstanceOf(StaleRequestError)
    expect(compared).toEqual(['c/d with 3 bytes'])
  })

  it('starts the worker when the window opens and hands it the vectors as soon as they come', async () => {
    const { api } = slowApi()
    const { vectors, arrive, loads } = slowVectors()
    const { client, warmed } = fakeClient()
    const source = new ComparisonSource(api, vectors, client)
    source.warmUp()
    expect(warmed).toEqual([undefined])
    arrive()
    await vectors.load()
    expect(warmed).toEqual([undefined, VECTOR_BYTES])
    expect(loads.length).toBeGreaterThan(0)
  })

  it('compares without vectors when the app has none', async () => {
    const { api, release } = slowApi()
    const { vectors, arrive } = slowVectors()
    const { client, compared } = fakeClient()
    const source = new ComparisonSource(api, vectors, client)
    const done = source.compare('a', 'b', comparisonWith({}).options, () => undefined)
    arrive(null)
    release('a')
    release('b')
    await done
    expect(compared).toEqual(['a/b with no bytes'])
  })
})
