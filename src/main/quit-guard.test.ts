import { describe, expect, it } from 'vitest'
import { createPendingWork, holdQuitUntilSaved } from './quit-guard'
import type { QuittingApp } from './quit-guard'

// A stand-in for Electron's app: `quit` fires will-quit, and the process "exits" unless prevented.
function fakeApp() {
  const listeners: Array<(event: { preventDefault(): void }) => void> = []
  const log: string[] = []
  const app: QuittingApp & { readonly log: string[] } = {
    log,
    on: (_event, listener) => listeners.push(listener),
    quit: () => {
      let prevented = false
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) })
      log.push(prevented ? 'quit held' : 'exit')
    },
  }
  return app
}

function deferred() {
  let resolve = (): void => undefined
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('quitting waits for saves', () => {
  it('exits only after running calls and the library’s queued saves have finished', async () => {
    const app = fakeApp()
    const calls = createPendingWork()
    const call = deferred()
    const save = deferred()
    const steps: string[] = []
    void calls.track(async () => {
      await call.promise
      steps.push('call done')
    })
    holdQuitUntilSaved(
      app,
      {
        calls,
        flush: async () => {
          steps.push('flush started')
          await save.promise
          steps.push('saved')
        },
      },
      (message) => steps.push(message),
    )
    app.quit()
    app.quit()
    await tick()
    expect(app.log).toEqual(['quit held', 'quit held'])
    call.resolve()
    await tick()
    expect(steps).toEqual(['call done', 'flush started'])
    save.resolve()
    await tick()
    expect(steps).toEqual(['call done', 'flush started', 'saved'])
    expect(app.log).toEqual(['quit held', 'quit held', 'exit'])
  })

  it('still quits, and says so, when a save never finishes', async () => {
    const app = fakeApp()
    const messages: string[] = []
    holdQuitUntilSaved(
      app,
      { calls: createPendingWork(), flush: () => new Promise(() => undefined) },
      (message) => messages.push(message),
      { callsMs: 5, savesMs: 5 },
    )
    app.quit()
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(messages).toEqual(['rewrite-lens: quitting before the library finished saving'])
    expect(app.log).toEqual(['quit held', 'exit'])
  })

  it('counts a call as pending until it settles, even when it fails', async () => {
    const calls = createPendingWork()
    const failing = deferred()
    const tracked = calls.track(async () => {
      await failing.promise
      throw new Error('refused')
    })
    let settled = false
    void calls.settled().then(() => (settled = true))
    await tick()
    expect(settled).toBe(false)
    failing.resolve()
    await expect(tracked).rejects.toThrow('refused')
    await tick()
    expect(settled).toBe(true)
  })
})
