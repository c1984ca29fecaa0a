import { join } from 'node:path'
import { Menu, app, dialog, session } from 'electron'
import type { BrowserWindow, WebFrameMain } from 'electron'
import { MENU_COMMAND_CHANNEL } from '../shared/api'
import type { MenuCommand, RewriteLensApi } from '../shared/api'
import { resolveDataDir, resolveSeedsDir } from './app-locations'
import { buildAppMenu } from './app-menu'
import { isAppUrl, rendererEntryUrl } from './app-urls'
import { createElectronDialogs } from './electron-dialogs'
import { openAppHandlers } from './handlers'
import { registerApi } from './ipc'
import { createMainWindow } from './main-window'
import { hardenAllWebContents, hardenSession, registerAppScheme, serveRenderer } from './security'
import { defaultWordVectorsPath } from './word-vectors-file'

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

  await app.whenReady()
  hardenSession(session.defaultSession, devServerUrl)
  serveRenderer(join(__dirname, '../renderer'))

  const dialogs = createElectronDialogs(windowOf)
  let api: RewriteLensApi
  try {
    api = await openAppHandlers({
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

  hardenAllWebContents((url) => void api.openExternal(url))
  const isTrustedFrame = (frame: WebFrameMain): boolean => {
    const ours = windowOf()?.webContents.mainFrame
    return (
      ours !== undefined &&
      frame.processId === ours.processId &&
      frame.frameToken === ours.frameToken &&
      isAppUrl(frame.url, devServerUrl)
    )
  }
  registerApi(api, isTrustedFrame)

  const send = (command: MenuCommand): void =>
    windowOf()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  Menu.setApplicationMenu(buildAppMenu(send, !app.isPackaged))

  mainWindow = createMainWindow(rendererEntryUrl(devServerUrl))
  app.on('activate', () => {
    if (!windowOf()) mainWindow = createMainWindow(rendererEntryUrl(devServerUrl))
  })
}
