import { join } from 'node:path'
import { Menu, app, dialog, session } from 'electron'
import type { BrowserWindow } from 'electron'
import { LIBRARY_CHANGED_CHANNEL, MENU_COMMAND_CHANNEL } from '../shared/api'
import type { MenuCommand } from '../shared/api'
import { resolveDataDir, resolveSeedsDir } from './app-locations'
import { buildAppMenu } from './app-menu'
import { rendererEntryUrl } from './app-urls'
import { createElectronDialogs } from './electron-dialogs'
import { openAppServices } from './handlers'
import type { AppServices } from './handlers'
import { registerApi } from './ipc'
import { createMainWindow } from './main-window'
import { createPendingWork, holdQuitUntilSaved } from './quit-guard'
import { hardenAllWebContents, hardenSession, registerAppScheme, serveRenderer } from './security'
import { isTrustedFrame } from './trusted-frame'
import { defaultWordVectorsPath } from '../node/word-vectors-file'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const dataDir = resolveDataDir(process.env, app.getPath('userData'))
// With a data folder of its own, an instance keeps its browser state (and its single-instance
// lock, which Electron ties to userData) there too, so tests and portable copies never collide.
if (dataDir !== app.getPath('userData')) app.setPath('userData', join(dataDir, 'browser-data'))

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the library file: it is focused (below) and this one writes nothing.
  app.quit()
} else {
  void startApp()
}

async function startApp(): Promise<void> {
  let services: AppServices | null = null
  // Hardening is in place before anything can create web contents; a link clicked before the
  // library opened is simply not offered.
  hardenAllWebContents((url) => void services?.api.openExternal(url).catch(() => false))
  let mainWindow: BrowserWindow | null = null
  const windowOf = (): BrowserWindow | null =>
    mainWindow && !mainWindow.isDestroyed() ? mainWindow : null

  app.on('second-instance', () => {
    const window = windowOf()
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // A terminal's Ctrl+C or a session logout quits like the menu does, so saves are awaited.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit())

  await app.whenReady()
  hardenSession(session.defaultSession, devServerUrl)
  serveRenderer(join(__dirname, '../renderer'))

  const dialogs = createElectronDialogs(windowOf)
  try {
    services = await openAppServices({
      dataDir,
      seedsDir: resolveSeedsDir({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
      }),
      wordVectorsPath: defaultWordVectorsPath(__dirname),
      dialogs,
      appVersion: app.getVersion(),
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    dialog.showErrorBox(
      'Rewrite Lens cannot open its library',
      `Check that ${dataDir} can be written, then start the app again. (${reason})`,
    )
    app.quit()
    return
  }

  const { api, flush } = services
  const calls = createPendingWork()
  registerApi(
    api,
    (frame) => isTrustedFrame(frame, windowOf()?.webContents.mainFrame, devServerUrl),
    calls,
  )
  holdQuitUntilSaved(app, { calls, flush }, (message) => console.error(message))

  const send = (command: MenuCommand): void =>
    windowOf()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  // A read-only window follows the process holding the library: its changes are pushed, not polled.
  services.onLibraryChange((status) =>
    windowOf()?.webContents.send(LIBRARY_CHANGED_CHANNEL, status),
  )
  Menu.setApplicationMenu(buildAppMenu(send, !app.isPackaged))

  mainWindow = createMainWindow(rendererEntryUrl(devServerUrl))
  app.on('activate', () => {
    if (!windowOf()) mainWindow = createMainWindow(rendererEntryUrl(devServerUrl))
  })
}
