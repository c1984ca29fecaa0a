import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/api'

/**
 * The application menu. Items send `MenuCommand`s to the renderer, which owns the state they act
 * on. Keys the page already handles itself (F7, j/k, s, i) are shown but not registered, so one
 * press never fires twice, and typing "s" in a text field stays typing.
 */
export function buildAppMenu(
  send: (command: MenuCommand) => void,
  devTools: boolean,
  platform: NodeJS.Platform = process.platform,
): Menu {
  const isMac = platform === 'darwin'
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    // `registerAccelerator: false` exists on Linux and Windows only: on macOS a shown accelerator
    // is a real key equivalent, so "S" would swap sides while the user types in the search box.
    // There the page's own keys stay the only ones, and the shortcuts dialog lists them.
    ...(accelerator && (registerAccelerator || !isMac) ? { accelerator, registerAccelerator } : {}),
  })
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('Import…', 'import', 'CmdOrCtrl+O'),
        item('Paste as New Article…', 'paste-article', 'CmdOrCtrl+Shift+V'),
        { type: 'separator' },
        item('Export Report…', 'export-report', 'CmdOrCtrl+E'),
        item('Export All Pairs…', 'export-all', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        item('Swap Sides', 'swap-sides', 'S', false),
        item('Inline Mode', 'toggle-inline', 'I', false),
        { type: 'separator' },
        item('Next Change', 'next-change', 'F7', false),
        item('Previous Change', 'previous-change', 'Shift+F7', false),
        { type: 'separator' },
        item('Larger Text', 'zoom-in', 'CmdOrCtrl+='),
        item('Smaller Text', 'zoom-out', 'CmdOrCtrl+-'),
        item('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
        ...(devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ]
  return Menu.buildFromTemplate(template)
}
