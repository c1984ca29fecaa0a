import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'

// A stand-in for Electron's print path that behaves as the real one does where it matters: a
// session keeps only the last `onBeforeRequest` filter, and a load it cancels fails.
const electron = vi.hoisted(() => {
  type Filter = (details: { url: string }, respond: (response: { cancel: boolean }) => void) => void
  const state = { filter: null as Filter | null, printed: [] as string[] }
  const printSession = {
    webRequest: { onBeforeRequest: (filter: Filter) => (state.filter = filter) },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    setSpellCheckerEnabled: () => undefined,
  }
  class BrowserWindow {
    private loaded = ''
    readonly webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      printToPDF: async () => {
        if (this.loaded.includes('unprintable')) throw new Error('Printing failed')
        state.printed.push(this.loaded)
        return Buffer.from(`%PDF ${this.loaded}`)
      },
    }
    async loadURL(url: string): Promise<void> {
      // Loading takes a moment, as it does for real: another print may start meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 5))
      let cancelled = true
      state.filter?.({ url }, (response) => (cancelled = response.cancel))
      if (cancelled) throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`)
      this.loaded = await readFile(fileURLToPath(url), 'utf8')
    }
    destroy(): void {}
  }
  return { state, printSession, BrowserWindow }
})
vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  session: { fromPartition: () => electron.printSession },
  app: { getPath: () => '/tmp' },
  dialog: {},
  shell: {},
}))

const { createElectronDialogs } = await import('./electron-dialogs')

describe('printToPdf', () => {
  it('prints two overlapping exports, each its own report', async () => {
    const dialogs = createElectronDialogs(() => null)
    const [first, second] = await Promise.all([
      dialogs.printToPdf('<p>first report</p>'),
      dialogs.printToPdf('<p>second report</p>'),
    ])
    expect(Buffer.from(first).toString()).toBe('%PDF <p>first report</p>')
    expect(Buffer.from(second).toString()).toBe('%PDF <p>second report</p>')
  })

  it('still prints the next report after one fails', async () => {
    const dialogs = createElectronDialogs(() => null)
    const failing = dialogs.printToPdf('<p>unprintable</p>')
    const next = dialogs.printToPdf('<p>after</p>')
    await expect(failing).rejects.toThrow('Printing failed')
    expect(Buffer.from(await next).toString()).toBe('%PDF <p>after</p>')
  })
})
