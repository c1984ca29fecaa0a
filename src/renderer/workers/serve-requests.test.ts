import { describe, expect, it } from 'vitest'
import { serveRequests } from './serve-requests'
import type { WorkerScope } from './serve-requests'

type Request = { readonly id: number; readonly text: string }

function fakeScope() {
  const posted: unknown[] = []
  const scope: WorkerScope<Request> = {
    onmessage: null,
    postMessage: (message) => posted.push(message),
  }
  const send = (request: Request): void =>
    scope.onmessage?.({ data: request } as MessageEvent<Request>)
  return { scope, posted, send }
}

describe('serveRequests', () => {
  it('posts progress, then the answer; nothing for a request that needs no answer', () => {
    const { scope, posted, send } = fakeScope()
    serveRequests<Request, { id: number; said: string }>(scope, (request, post) => {
      if (request.text === '') return null
      post({ id: request.id, said: 'working' })
      return { id: request.id, said: request.text.toUpperCase() }
    })
    send({ id: 1, text: 'hi' })
    send({ id: 2, text: '' })
    expect(posted).toEqual([
      { id: 1, said: 'working' },
      { id: 1, said: 'HI' },
    ])
  })

  it('answers a request whose work throws with a failed answer carrying the message', () => {
    const { scope, posted, send } = fakeScope()
    serveRequests<Request, never>(scope, () => {
      throw new RangeError('too big')
    })
    send({ id: 7, text: 'x' })
    expect(posted).toEqual([{ type: 'failed', id: 7, message: 'too big' }])
  })
})
