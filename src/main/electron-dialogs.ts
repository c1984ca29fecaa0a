import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, app, dialog, session, shell } from 'electron'
import type { ExportFormat } from '../shared/api'
import type { DialogPort } from './handlers'
import { IMPORTABLE_EXTENSIONS } from '../shared/import-formats'
import { denyAllPermissions } from './security'

const FORMAT_FILTERS: Readonly<Record<ExportFormat, { name: string; extensions: string[] }>> = {
  html: { name: 'HTML report', extensions: ['html'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON (rewrite-lens/comparison@2)', extensions: ['json'] },
}

// Reports are printed in their own in-memory session, so nothing they could ask for shares
// cookies or cache with the app, and every request but the report file itself is cancelled.
const PRINT_PARTITION = 'rewrite-lens-print'

/**
 * The hidden print window runs no script at all (`javascript: false`) on top of the sandbox, so a
 * report whose text slipped past escaping still cannot act; it has no preload and no Node.
 */
export const PRINT_WINDOW_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  javascript: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  partition: PRINT_PARTITION,
} as const satisfies Electron.WebPreferences

/** The dialogs, PDF printing and browser opening of the Electron shell, for the handlers. */
export function createElectronDialogs(parentWindow: () => BrowserWindow | null): DialogPort {
  // Every print shares one session, whose single request filter lets only the current report file
  // load: two overlapping prints would each cancel the other's file. So prints run one at a time.
  let printing: Promise<unknown> = Promise.resolve()
  const printInTurn = (html: string): Promise<Uint8Array> => {
    const print = printing.then(() => printHtmlToPdf(html))
    printing = print.catch(() => undefined)
    return print
  }
  return {
    chooseImportPaths: async () => {
      // Only macOS lets one dialog pick files and folders; elsewhere folders come by drag and drop.
      const folders = process.platform === 'darwin' ? (['openDirectory'] as const) : []
      const options: Electron.OpenDialogOptions = {
        title: 'Import articles',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections', ...folders],
        filters: [
          { name: 'Articles', extensions: IMPORTABLE_EXTENSIONS.map((ext) => ext.slice(1)) },
          { name: 'All files', extensions: ['*'] },
        ],
      }
      const parent = parentWindow()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    chooseSavePath: async ({ defaultName, format }) => {
      const options: Electron.SaveDialogOptions = {
        title: 'Export report',
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [FORMAT_FILTERS[format]],
      }
      const parent = parentWindow()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    printToPdf: printInTurn,
    confirmOpenExternal: async (url) => {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this web address in your browser?',
        detail: url,
      }
      const parent = parentWindow()
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    openExternal: (url) => shell.openExternal(url),
    showItemInFolder: (path) => shell.showItemInFolder(path),
  }
}

/** Prints a report in a hidden, sandboxed window with JavaScript disabled and the network blocked. */
async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-print-'))
  const file = join(folder, 'report.html')
  const printSession = session.fromPartition(PRINT_WINDOW_PREFERENCES.partition)
  printSession.webRequest.onBeforeRequest((details, respond) => {
    respond({ cancel: !isReportRequest(details.url, file) })
  })
  denyAllPermissions(printSession)
  printSession.setSpellCheckerEnabled(false)
  const window = new BrowserWindow({ show: false, webPreferences: PRINT_WINDOW_PREFERENCES })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-frame-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  try {
    await writeFile(file, html, 'utf8')
    await window.loadURL(pathToFileURL(file).href)
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}

// The report file itself and inline data are all a print may load.
function isReportRequest(url: string, file: string): boolean {
  if (url.startsWith('data:')) return true
  if (!url.startsWith('file:')) return false
  try {
    const path = fileURLToPath(url)
    return process.platform === 'win32' ? path.toLowerCase() === file.toLowerCase() : path === file
  } catch {
    return false
  }
}
