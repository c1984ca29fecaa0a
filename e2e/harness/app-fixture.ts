import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  _electron,
  chromium,
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { openAppServices } from '../../src/main/handlers'
import { defaultWordVectorsPath } from '../../src/node/word-vectors-file'
import { isAllowedRequest } from '../../src/main/app-urls'
import { MENU_COMMAND_CHANNEL } from '../../src/shared/api'
import type { MenuCommand, RewriteLensApi } from '../../src/shared/api'
import { bridgeHandlers, sendLibraryChangeToPage, sendMenuCommandToPage } from './bridge'
import {
  chromiumLaunchOptions,
  RENDERER_DIR,
  REPO_ROOT,
  SCREENSHOTS_DIR,
  SEEDS_DIR,
  findElectronBinary,
} from './paths'
import { startStaticServer, type StaticServer } from './static-server'
import { createTestDialogs } from './test-dialogs'
import { startXvfb } from './xvfb'

/** Which shell runs the renderer: Debian's Chromium with the handlers bridged in, or Electron. */
export type AppTarget = 'chromium' | 'electron'

/** A ready app window over a fresh data folder, the same for both projects. */
export interface AppUnderTest {
  readonly target: AppTarget
  /** The current window (a new object after `restart`). */
  readonly page: Page
  readonly dataDir: string
  /** Answers the next Import… dialog with these files (absolute paths). */
  answerImportDialog(paths: ReadonlyArray<string>): Promise<void>
  /** Answers the next Save dialog with this path, or cancels it with null. */
  answerSaveDialog(path: string | null): Promise<void>
  /** Sends a command as the application menu would. */
  sendMenuCommand(command: MenuCommand): Promise<void>
  /** Closes the app and opens it again on the same data folder: only what was saved survives. */
  restart(): Promise<void>
  /** Resizes the window's content area. */
  resize(width: number, height: number): Promise<void>
  /** Saves a PNG of the window to e2e/screenshots/<project>-<name>.png. */
  screenshot(name: string): Promise<void>
  /** Removes this project's numbered screenshots from earlier runs, so no state that is gone lingers. */
  clearScreenshots(): Promise<void>
  /** The texts of alert/confirm/prompt dialogs the page opened (each was dismissed). */
  readonly pageDialogs: ReadonlyArray<string>
  /** Requests to anything but the app itself (all refused: the app works offline). */
  readonly blockedRequests: ReadonlyArray<string>
}

/** Started on first use, so each project only starts what it needs. */
interface LazyShells {
  chromium(): Promise<{ readonly browser: Browser; readonly server: StaticServer }>
  display(): Promise<string>
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const
const WORD_VECTORS_PATH = defaultWordVectorsPath(join(REPO_ROOT, 'out', 'main'))

/** Observes a window: dialogs are recorded and dismissed, uncaught errors recorded. */
interface PageWatch {
  readonly pageDialogs: string[]
  readonly pageErrors: string[]
  readonly blockedRequests: string[]
  /** Handler failures that were bugs rather than user errors (the page saw a generic sentence). */
  readonly handlerBugs: string[]
  /** Console errors (CSP refusals, failed loads): reported when the app does not start. */
  readonly consoleErrors: string[]
}

function watchPage(page: Page, watch: PageWatch): void {
  page.on('dialog', (dialog) => {
    watch.pageDialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('pageerror', (error) => watch.pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text())
  })
}

/** Refuses every request that does not go to the app itself, and records it. */
async function refuseNetwork(
  context: BrowserContext,
  isAppRequest: (url: string) => boolean,
  watch: PageWatch,
): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isAppRequest(url)) return route.continue()
    watch.blockedRequests.push(url)
    return route.abort('blockedbyclient')
  })
}

/** Waits until the app has rendered its library; if it does not, says what the page reported. */
async function waitForApp(page: Page, watch: PageWatch): Promise<void> {
  try {
    await expect(page.getByRole('region', { name: 'Library' })).toBeVisible({ timeout: 15_000 })
  } catch (error) {
    const reported = [...watch.pageErrors, ...watch.consoleErrors].join('\n  ') || 'nothing'
    throw new Error(
      `e2e: the app did not show its library (is out/ built and not being rebuilt?); the page reported:\n  ${reported}`,
      { cause: error },
    )
  }
}

type Opened = {
  readonly app: Omit<AppUnderTest, 'screenshot' | 'clearScreenshots'>
  close(): Promise<void>
}

/** The renderer build in Debian's Chromium, with the real handlers bridged into the page. */
async function openInChromium(
  shells: LazyShells,
  dataDir: string,
  watch: PageWatch,
): Promise<Opened> {
  const { browser, server } = await shells.chromium()
  const dialogs = createTestDialogs(browser)
  // Like the shell, the page is told when another process changes the library under it.
  let stopFollowing = (): void => undefined
  const openHandlers = async (): Promise<RewriteLensApi> => {
    stopFollowing()
    const services = await openAppServices({
      dataDir,
      seedsDir: SEEDS_DIR,
      wordVectorsPath: WORD_VECTORS_PATH,
      dialogs: dialogs.port,
      appVersion: 'e2e',
    })
    stopFollowing = services.onLibraryChange((status) => {
      if (pageOpen) void sendLibraryChangeToPage(page, status)
    })
    return services.api
  }
  const isAppRequest = (url: string): boolean => url.startsWith(server.url)
  const onBug = (method: string, error: unknown): void => {
    watch.handlerBugs.push(`${method}: ${error instanceof Error ? error.stack : String(error)}`)
  }
  let context: BrowserContext
  let page: Page
  // Set once the first window is open: a library change before that has no page to tell.
  let pageOpen = false
  let bridge: { settled(): Promise<void> }
  let handlers = await openHandlers()
  // Electron keeps localStorage in its profile across restarts; a new context gets it carried over.
  const openWindow = async (storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) => {
    context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, storageState })
    await refuseNetwork(context, isAppRequest, watch)
    bridge = await bridgeHandlers(context, handlers, onBug)
    page = await context.newPage()
    pageOpen = true
    watchPage(page, watch)
    await page.goto(server.url)
    await waitForApp(page, watch)
  }
  await openWindow()
  return {
    app: {
      target: 'chromium',
      get page() {
        return page
      },
      dataDir,
      pageDialogs: watch.pageDialogs,
      blockedRequests: watch.blockedRequests,
      answerImportDialog: async (paths) => dialogs.answerImport(paths),
      answerSaveDialog: async (path) => dialogs.answerSave(path),
      sendMenuCommand: (command) => sendMenuCommandToPage(page, command),
      restart: async () => {
        const storage = await context.storageState()
        await context.close()
        await bridge.settled()
        handlers = await openHandlers()
        await openWindow(storage)
      },
      resize: (width, height) => page.setViewportSize({ width, height }),
    },
    close: async () => {
      await context.close()
      await bridge.settled()
    },
  }
}

/** The built app in Electron under Xvfb, its library in `dataDir`. */
async function openInElectron(
  executablePath: string,
  shells: LazyShells,
  dataDir: string,
  watch: PageWatch,
): Promise<Opened> {
  const display = await shells.display()
  let electronApp: ElectronApplication
  let page: Page
  const resize = async (size: { readonly width: number; readonly height: number }) => {
    await electronApp.evaluate(({ BrowserWindow }, { width, height }) => {
      BrowserWindow.getAllWindows()[0]?.setContentSize(width, height)
    }, size)
  }
  const launch = async (): Promise<void> => {
    electronApp = await _electron.launch({
      executablePath,
      // The repository folder, as `npm start` runs it: package.json's main is out/main/index.js,
      // and the app finds seeds/ beside it. As root (CI), Chromium needs its OS sandbox turned off;
      // the renderer's own `sandbox: true` still applies.
      args: [REPO_ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: REPO_ROOT,
      env: { ...process.env, REWRITE_LENS_DATA_DIR: dataDir, DISPLAY: display },
    })
    await refuseNetwork(electronApp.context(), (url) => isAllowedRequest(url, undefined), watch)
    // ipc.ts logs handler bugs to main's stderr as "rewrite-lens: <method> failed: …".
    electronApp.process().stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n'))
        if (/^rewrite-lens: \w+ failed:/.test(line)) watch.handlerBugs.push(line)
    })
    page = await electronApp.firstWindow()
    watchPage(page, watch)
    // The same window size as the Chromium project, so specs and screenshots compare.
    await resize(DEFAULT_VIEWPORT)
    await waitForApp(page, watch)
  }
  await launch()
  return {
    app: {
      target: 'electron',
      get page() {
        return page
      },
      dataDir,
      pageDialogs: watch.pageDialogs,
      blockedRequests: watch.blockedRequests,
      answerImportDialog: async (paths) => {
        await electronApp.evaluate(({ dialog }, filePaths) => {
          const original = dialog.showOpenDialog
          dialog.showOpenDialog = (async () => {
            dialog.showOpenDialog = original
            return { canceled: false, filePaths: [...filePaths] }
          }) as typeof dialog.showOpenDialog
        }, paths)
      },
      answerSaveDialog: async (path) => {
        await electronApp.evaluate(({ dialog }, filePath) => {
          const original = dialog.showSaveDialog
          dialog.showSaveDialog = (async () => {
            dialog.showSaveDialog = original
            return filePath === null ? { canceled: true } : { canceled: false, filePath }
          }) as typeof dialog.showSaveDialog
        }, path)
      },
      sendMenuCommand: async (command) => {
        await electronApp.evaluate(
          ({ BrowserWindow }, { channel, command }) => {
            BrowserWindow.getAllWindows()[0]?.webContents.send(channel, command)
          },
          { channel: MENU_COMMAND_CHANNEL, command },
        )
      },
      restart: async () => {
        await electronApp.close()
        await launch()
      },
      resize: (width, height) => resize({ width, height }),
    },
    close: () => electronApp.close(),
  }
}

/** The specs' `test`: gives each test `app`, a ready window over a fresh temporary data folder. */
export const test = base.extend<
  { app: AppUnderTest },
  { appTarget: AppTarget; shells: LazyShells }
>({
  appTarget: ['chromium', { option: true, scope: 'worker' }],

  shells: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const started: Array<() => Promise<void>> = []
      let chromiumShell: ReturnType<LazyShells['chromium']> | undefined
      let display: Promise<string> | undefined
      await use({
        chromium: () =>
          (chromiumShell ??= (async () => {
            const server = await startStaticServer(RENDERER_DIR)
            const browser = await chromium.launch(chromiumLaunchOptions())
            started.push(
              () => browser.close(),
              () => server.close(),
            )
            return { browser, server }
          })()),
        display: () =>
          (display ??= (async () => {
            if (process.env.DISPLAY) return process.env.DISPLAY
            const xvfb = await startXvfb()
            started.push(() => xvfb.stop())
            return xvfb.display
          })()),
      })
      for (const stop of started) await stop()
    },
    { scope: 'worker' },
  ],

  app: async ({ appTarget, shells }, use, testInfo) => {
    const electron = appTarget === 'electron' ? findElectronBinary() : null
    if (electron?.status === 'missing') {
      testInfo.skip(true, electron.reason)
      return
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-e2e-'))
    const watch: PageWatch = {
      pageDialogs: [],
      pageErrors: [],
      blockedRequests: [],
      handlerBugs: [],
      consoleErrors: [],
    }
    const opened = await (
      electron?.status === 'available'
        ? openInElectron(electron.path, shells, dataDir, watch)
        : openInChromium(shells, dataDir, watch)
    ).catch(async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true })
      throw error
    })
    const project = testInfo.project.name
    const app: AppUnderTest = Object.assign(opened.app, {
      screenshot: async (name: string) => {
        await mkdir(SCREENSHOTS_DIR, { recursive: true })
        await opened.app.page.screenshot({ path: join(SCREENSHOTS_DIR, `${project}-${name}.png`) })
      },
      clearScreenshots: async () => {
        const names = await readdir(SCREENSHOTS_DIR).catch(() => [])
        // Only the numbered main states (01-…): other specs' named screenshots are theirs to keep.
        const numbered = new RegExp(`^${project}-\\d\\d-`)
        for (const name of names.filter((file) => numbered.test(file)))
          await rm(join(SCREENSHOTS_DIR, name))
      },
    })
    await use(app)
    await opened.close()
    await rm(dataDir, { recursive: true, force: true })
    expect(watch.pageErrors, 'uncaught errors in the page').toEqual([])
    expect(watch.handlerBugs, 'handler failures that were not user errors').toEqual([])
  },
})

export { expect }
