import { describe, expect, it } from 'vitest'
import { isTrustedFrame } from './trusted-frame'
import type { FrameIdentity } from './trusted-frame'

const ours: FrameIdentity = {
  processId: 7,
  frameToken: 'main-token',
  url: 'app://rewrite-lens/index.html',
  parent: null,
}
const DEV = 'http://localhost:5173'

describe('IPC sender check', () => {
  it('trusts only our window’s main frame while it shows our renderer', () => {
    const cases: ReadonlyArray<readonly [string, FrameIdentity | null]> = [
      ['our main frame', ours],
      ['our main frame after an in-page hash change', { ...ours, url: `${ours.url}#reader` }],
      ['a subframe of our page', { ...ours, frameToken: 'child', parent: ours }],
      ['the same token with a parent', { ...ours, parent: ours }],
      ['another window of the app', { ...ours, processId: 8, frameToken: 'other' }],
      ['the same token in another process', { ...ours, processId: 9 }],
      ['our frame navigated to a web page', { ...ours, url: 'https://evil.example/' }],
      ['our frame on a file URL', { ...ours, url: 'file:///tmp/index.html' }],
      ['our frame on about:blank', { ...ours, url: 'about:blank' }],
      ['a look-alike host', { ...ours, url: 'app://rewrite-lens.evil/index.html' }],
      ['no frame (destroyed)', null],
    ]
    expect(
      cases.map(([name, frame]) => `${name}: ${isTrustedFrame(frame, ours, undefined)}`),
    ).toEqual([
      'our main frame: true',
      'our main frame after an in-page hash change: true',
      'a subframe of our page: false',
      'the same token with a parent: false',
      'another window of the app: false',
      'the same token in another process: false',
      'our frame navigated to a web page: false',
      'our frame on a file URL: false',
      'our frame on about:blank: false',
      'a look-alike host: false',
      'no frame (destroyed): false',
    ])
  })

  it('refuses everything when the window is gone, and trusts the dev server only in development', () => {
    expect(isTrustedFrame(ours, undefined, undefined)).toBe(false)
    const dev = { ...ours, url: `${DEV}/` }
    expect(isTrustedFrame(dev, dev, DEV)).toBe(true)
    expect(isTrustedFrame(dev, dev, undefined)).toBe(false)
    expect(isTrustedFrame({ ...dev, url: 'http://localhost:5174/' }, dev, DEV)).toBe(false)
  })
})
