import { describe, expect, it } from 'vitest'
import { RequestError } from './handlers'
import { UNEXPECTED_FAILURE, toIpcOutcome } from './ipc-outcome'

describe('toIpcOutcome', () => {
  it('passes values and user errors through, and hides bugs behind a plain sentence', async () => {
    const logged: unknown[] = []
    const log = (error: unknown): void => void logged.push(error)
    expect(await toIpcOutcome(async () => 42, log)).toEqual({ ok: true, value: 42 })
    expect(
      await toIpcOutcome(async () => {
        throw new RequestError('Select at least two articles to compare.')
      }, log),
    ).toEqual({ ok: false, message: 'Select at least two articles to compare.' })
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')")
    expect(
      await toIpcOutcome(async () => {
        throw bug
      }, log),
    ).toEqual({ ok: false, message: UNEXPECTED_FAILURE })
    expect(logged).toEqual([bug])
  })
})
