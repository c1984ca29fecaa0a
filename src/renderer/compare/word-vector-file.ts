import type { RendererBridge } from '../../shared/api'

/**
 * The word-vector file's bytes, fetched from main once per window and shared by every worker that
 * compares (each gets a copy of the same bytes and looks its words up there).
 */
export class WordVectorFile {
  private loading: Promise<Uint8Array | null> | null = null

  constructor(private readonly api: Pick<RendererBridge, 'wordVectorFile'>) {}

  /**
   * The bytes, or null when main has none. A failed fetch also gives null (the engine then aligns
   * by words alone) and is tried again next time.
   */
  load(): Promise<Uint8Array | null> {
    this.loading ??= this.api.wordVectorFile().catch(() => {
      this.loading = null
      return null
    })
    return this.loading
  }
}
