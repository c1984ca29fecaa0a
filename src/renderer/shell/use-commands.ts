import { useEffect, useEffectEvent } from 'react'
import type { MenuCommand, RendererBridge } from '../../shared/api'
import { keyCommand } from '../key-commands'
import type { KeyCommand } from '../key-commands'

/** What each command does; a record, so a command added to `KeyCommand` must be handled here. */
export type CommandHandlers = Readonly<Record<KeyCommand, () => void>>

const ALWAYS_ALLOWED: ReadonlySet<KeyCommand> = new Set(['zoom-in', 'zoom-out', 'zoom-reset'])

/**
 * Runs menu commands and window keys. While a dialog is open only zoom works, so a key typed in
 * a dialog never acts on the reader behind it.
 */
export function useCommands(
  api: Pick<RendererBridge, 'onMenuCommand'>,
  handlers: CommandHandlers,
  dialogOpen: boolean,
): void {
  const run = useEffectEvent((command: KeyCommand) => {
    if (dialogOpen && !ALWAYS_ALLOWED.has(command)) return
    handlers[command]()
  })

  useEffect(() => api.onMenuCommand((command: MenuCommand) => run(command)), [api])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = keyCommand(event)
      if (!command) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
