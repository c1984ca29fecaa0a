import type { BrowserContext, Page } from '@playwright/test'
import { toIpcOutcome } from '../../src/main/ipc-outcome'
import type {
  ApiMethod,
  IpcOutcome,
  LibraryStatus,
  MenuCommand,
  RewriteLensApi,
} from '../../src/shared/api'
import { API_GLOBAL, API_METHODS, MENU_COMMANDS } from '../../src/shared/api'

/** Encodes and decodes values that do not survive Playwright's serialisation as they are. */
interface WireCodec {
  encode(value: unknown): unknown
  decode(value: unknown): unknown
}

/**
 * Builds the codec both sides use. It must stay self-contained (no imports, no outer names): its
 * source text is also injected into the page. Bytes travel as base64 under a tagged key.
 */
function createWireCodec(): WireCodec {
  const BYTES = '$rewriteLensBytes'
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let binary = ''
      for (let i = 0; i < value.length; i += 0x8000)
        binary += String.fromCharCode(...value.subarray(i, i + 0x8000))
      return { [BYTES]: btoa(binary) }
    }
    if (Array.isArray(value)) return value.map(encode)
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]))
    return value
  }
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode)
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      const bytes = record[BYTES]
      if (typeof bytes === 'string') {
        // A plain loop: the word-vector file is 11 MB, and Uint8Array.from's callback per byte
        // took the page's thread for most of a second.
        const binary = atob(bytes)
        const decoded = new Uint8Array(binary.length)
        for (let i = 0; i < binary.length; i++) decoded[i] = binary.charCodeAt(i)
        return decoded
      }
      return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]))
    }
    return value
  }
  return { encode, decode }
}

/** Settings the page-side installer receives as JSON. */
interface PageBridgeConfig {
  readonly methods: ReadonlyArray<string>
  readonly bindingPrefix: string
  readonly globalName: string
  readonly menuKey: string
  readonly menuCommands: ReadonlyArray<string>
  readonly libraryKey: string
}

/**
 * Runs in the page before its own scripts: defines the preload's `window.rewriteLens` on top of the
 * bindings. Self-contained for the same reason as the codec.
 */
function installPageBridge(config: PageBridgeConfig, makeCodec: () => WireCodec): void {
  const codec = makeCodec()
  const scope = globalThis as unknown as Record<
    string,
    (...args: unknown[]) => Promise<IpcOutcome<unknown>>
  >
  const api: Record<string, unknown> = {}
  for (const method of config.methods) {
    api[method] = async (...args: unknown[]) => {
      const outcome = await scope[config.bindingPrefix + method]!(...args.map(codec.encode))
      if (outcome.ok) return codec.decode(outcome.value)
      throw new Error(outcome.message)
    }
  }
  const listeners = new Set<(command: string) => void>()
  api.onMenuCommand = (listener: (command: string) => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  const libraryListeners = new Set<(status: unknown) => void>()
  api.onLibraryChanged = (listener: (status: unknown) => void) => {
    libraryListeners.add(listener)
    return () => {
      libraryListeners.delete(listener)
    }
  }
  api.pathForFile = () => ''
  Object.defineProperty(globalThis, config.globalName, {
    value: Object.freeze(api),
    enumerable: true,
  })
  // Not enumerable and under a registered symbol, so page code cannot stumble on it by name.
  Object.defineProperty(globalThis, Symbol.for(config.menuKey), {
    value: (command: string) => {
      // Like the preload, only known commands reach the page.
      if (!config.menuCommands.includes(command)) return 0
      for (const listener of [...listeners]) listener(command)
      return listeners.size
    },
  })
  Object.defineProperty(globalThis, Symbol.for(config.libraryKey), {
    value: (status: unknown) => {
      for (const listener of [...libraryListeners]) listener(status)
      return libraryListeners.size
    },
  })
}

const BINDING_PREFIX = '__rewriteLensE2E_'
const MENU_KEY = 'rewrite-lens.e2e.menu-command'
const LIBRARY_KEY = 'rewrite-lens.e2e.library-changed'
const nodeCodec = createWireCodec()

/**
 * Bridges the main-process handlers into every page of a context: one binding per API method plus an
 * init script that gives the page the `window.rewriteLens` the preload gives it in Electron. Calls
 * go through main's own `toIpcOutcome`, so the page sees exactly the messages Electron would show;
 * failures that are bugs (not user errors) are also handed to `onBug`. `settled` waits for the
 * calls still running.
 */
export async function bridgeHandlers(
  context: BrowserContext,
  api: RewriteLensApi,
  onBug: (method: ApiMethod, error: unknown) => void,
): Promise<{ settled(): Promise<void> }> {
  const inFlight = new Set<Promise<unknown>>()
  for (const method of API_METHODS)
    await context.exposeBinding(BINDING_PREFIX + method, async (_source, ...args: unknown[]) => {
      const handler = api[method] as (...input: unknown[]) => Promise<unknown>
      const call = toIpcOutcome(
        () => handler.apply(api, args.map(nodeCodec.decode)),
        (error) => onBug(method, error),
      )
      inFlight.add(call)
      const outcome = await call.finally(() => inFlight.delete(call))
      return outcome.ok ? { ok: true, value: nodeCodec.encode(outcome.value) } : outcome
    })
  const config: PageBridgeConfig = {
    methods: API_METHODS,
    bindingPrefix: BINDING_PREFIX,
    globalName: API_GLOBAL,
    menuKey: MENU_KEY,
    menuCommands: MENU_COMMANDS,
    libraryKey: LIBRARY_KEY,
  }
  await context.addInitScript({
    content: `(${installPageBridge.toString()})(${JSON.stringify(config)}, ${createWireCodec.toString()})`,
  })
  // Main keeps running a call when its window goes away; a restart waits for it, as quitting would.
  return { settled: () => Promise.allSettled([...inFlight]).then(() => undefined) }
}

/** Sends a menu command to the page as the application menu would; fails if nobody listens. */
export async function sendMenuCommandToPage(page: Page, command: MenuCommand): Promise<void> {
  const listeners = await page.evaluate(
    ({ key, command }) => {
      const send = (globalThis as unknown as Record<symbol, (c: string) => number>)[Symbol.for(key)]
      return send ? send(command) : -1
    },
    { key: MENU_KEY, command },
  )
  if (listeners < 1)
    throw new Error(`e2e: the page has no menu-command listener; "${command}" went nowhere.`)
}

/**
 * Pushes a library status to the page as main does (`LIBRARY_CHANGED_CHANNEL`) when another
 * process changed the library; a page gone meanwhile is ignored.
 */
export async function sendLibraryChangeToPage(page: Page, status: LibraryStatus): Promise<void> {
  await page
    .evaluate(
      ({ key, status }) => {
        const send = (globalThis as unknown as Record<symbol, (s: unknown) => number>)[
          Symbol.for(key)
        ]
        send?.(status)
      },
      { key: LIBRARY_KEY, status },
    )
    .catch(() => undefined)
}
