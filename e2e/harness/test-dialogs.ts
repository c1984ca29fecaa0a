import type { Browser } from '@playwright/test'
import type { DialogPort } from '../../src/main/handlers'

/** The handlers' dialog port, answered with what the test queued as a user would answer. */
export interface TestDialogs {
  /** The port handed to `openAppHandlers`. */
  readonly port: DialogPort
  /** The next Import… dialog returns these paths. */
  answerImport(paths: ReadonlyArray<string>): void
  /** The next Save dialog returns this path (null: the user cancels). */
  answerSave(path: string | null): void
  /** The paths "Show in folder" asked the file manager to show, in order. */
  readonly shownInFolder: ReadonlyArray<string>
}

/**
 * Builds a dialog port whose answers come from queues the test fills; an unanswered dialog is
 * cancelled. PDFs are printed by the test's own Chromium with JavaScript off, as main does.
 */
export function createTestDialogs(browser: Browser): TestDialogs {
  const imports: Array<ReadonlyArray<string>> = []
  const saves: Array<string | null> = []
  const shown: string[] = []
  return {
    port: {
      chooseImportPaths: async () => imports.shift() ?? [],
      chooseSavePath: async () => saves.shift() ?? null,
      printToPdf: async (html) => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
        try {
          const page = await context.newPage()
          await page.setContent(html)
          return new Uint8Array(await page.pdf({ printBackground: true }))
        } finally {
          await context.close()
        }
      },
      // Tests never leave the machine: the user declines every web address.
      confirmOpenExternal: async () => false,
      openExternal: async (url) => {
        throw new Error(`e2e: ${url} would have been opened in a browser.`)
      },
      showItemInFolder: (path) => void shown.push(path),
    },
    shownInFolder: shown,
    answerImport: (paths) => void imports.push(paths),
    answerSave: (path) => void saves.push(path),
  }
}
