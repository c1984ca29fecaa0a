import { join } from 'node:path'
import { BrowserWindow, nativeTheme } from 'electron'

/** The reader window's web preferences: the Electron security checklist, spelled out. */
export function mainWindowPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

/** Creates the reader window: sandboxed, isolated, no Node, web security on. */
export function createMainWindow(entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 420,
    minHeight: 360,
    show: false,
    title: 'Rewrite Lens',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#fbfaf7',
    autoHideMenuBar: false,
    webPreferences: mainWindowPreferences(join(__dirname, '../preload/index.js')),
  })
  // Font size is the page's own zoom (menu commands); pinch and Ctrl+wheel would fight it.
  window.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(entryUrl)
  return window
}
