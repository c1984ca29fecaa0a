import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import type { ImportReport, ImportSource, RendererBridge, RewriteLensApi } from '../src/shared/api'
import { API_METHODS } from '../src/shared/api'
import { RequestError } from '../src/main/handlers'
import { UNEXPECTED_FAILURE } from '../src/main/ipc-outcome'
import { bridgeHandlers, sendMenuCommandToPage } from './harness/bridge'
import { chromiumLaunchOptions } from './harness/paths'
import { startStaticServer } from './harness/static-server'

// The harness itself: what the page sends reaches the handlers intact, and back.

/** Handlers that record what they receive: every method fails unless a test defines it. */
function recordingApi(overrides: Partial<RewriteLensApi>): RewriteLensApi {
  const fallback = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async () => {
        throw new Error(`${method} is not part of this test.`)
      },
    ]),
  )
  return { ...fallback, ...overrides } as RewriteLensApi
}

test('the page gets window.rewriteLens: bytes, results, errors and menu commands cross intact', async () => {
  const root = await mkdtemp(join(tmpdir(), 'rewrite-lens-bridge-'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>bridge</title><p>bridge</p>')
  const server = await startStaticServer(root)
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const received: ImportSource[][] = []
    const api = recordingApi({
      importFiles: async (sources) => {
        received.push([...sources])
        const report: ImportReport = {
          imported: [],
          duplicates: [{ fileName: sources[0]?.fileName ?? '', existingTitle: 'Known “title”' }],
          failed: [],
        }
        return report
      },
      getArticle: async (id) => {
        throw new RequestError(`No article ${id}; pick one from the library.`)
      },
      listArticles: async () => {
        throw new TypeError('a bug in the handler')
      },
    })
    const context = await browser.newContext()
    const bugs: string[] = []
    await bridgeHandlers(context, api, (method, error) => bugs.push(`${method}: ${String(error)}`))
    const page = await context.newPage()
    await page.goto(server.url)

    const outcome = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { rewriteLens: RendererBridge }).rewriteLens
      const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256)
      const report = await bridge.importFiles([{ fileName: 'a.docx', bytes }])
      const failure = await bridge.getArticle('x1').then(
        () => 'resolved',
        (error: Error) => `${error.name}: ${error.message}`,
      )
      const bug = await bridge.listArticles({ search: '', sort: 'title' }).then(
        () => 'resolved',
        (error: Error) => error.message,
      )
      const commands: string[] = []
      const unsubscribe = bridge.onMenuCommand((command) => commands.push(command))
      ;(globalThis as unknown as { unsubscribe: () => void }).unsubscribe = unsubscribe
      ;(globalThis as unknown as { commands: string[] }).commands = commands
      return {
        report,
        failure,
        bug,
        pathForFile: bridge.pathForFile(new File(['x'], 'x.txt')),
        frozen: Object.isFrozen(bridge),
      }
    })
    expect(outcome.report.duplicates).toEqual([
      { fileName: 'a.docx', existingTitle: 'Known “title”' },
    ])
    expect(outcome.failure).toBe('Error: No article x1; pick one from the library.')
    // A bug reaches the page as main's generic sentence, and the test sees the real error.
    expect(outcome.bug).toBe(UNEXPECTED_FAILURE)
    expect(bugs).toEqual(['listArticles: TypeError: a bug in the handler'])
    expect(outcome.pathForFile).toBe('')
    expect(outcome.frozen).toBe(true)

    const bytes = received[0]?.[0]?.bytes
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes?.length).toBe(70_000)
    expect(bytes?.[69_999]).toBe((69_999 * 7) % 256)

    await sendMenuCommandToPage(page, 'next-change')
    expect(
      await page.evaluate(() => (globalThis as unknown as { commands: string[] }).commands),
    ).toEqual(['next-change'])
    await page.evaluate(() => (globalThis as unknown as { unsubscribe: () => void }).unsubscribe())
    await expect(sendMenuCommandToPage(page, 'swap-sides')).rejects.toThrow(
      'no menu-command listener',
    )
    await context.close()
  } finally {
    await browser.close()
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
})
