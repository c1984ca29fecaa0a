import { describe, expect, it } from 'vitest'
import { FocusLoss } from './focus-loss'

describe('FocusLoss', () => {
  it('reports focus lost with an element that went away, once', () => {
    const loss = new FocusLoss()
    const button = { isConnected: true }
    loss.focusIn()
    loss.focusOut(button)
    button.isConnected = false
    expect(loss.takeLoss(true)).toBe(true)
    expect(loss.takeLoss(true)).toBe(false)
  })

  it('reports a region still holding focus when its focused element was removed without a blur', () => {
    const loss = new FocusLoss()
    loss.focusIn()
    expect(loss.takeLoss(true)).toBe(true)
  })

  it('is no loss when the element is still there or focus went to another control', () => {
    const loss = new FocusLoss()
    loss.focusIn()
    loss.focusOut({ isConnected: true })
    expect(loss.takeLoss(true)).toBe(false)
    loss.focusIn()
    expect(loss.takeLoss(false)).toBe(false)
  })

  it('forgets a blur after a microtask: a later removal is not the loss of focus', async () => {
    const loss = new FocusLoss()
    const button = { isConnected: true }
    loss.focusIn()
    loss.focusOut(button)
    await Promise.resolve()
    button.isConnected = false
    expect(loss.takeLoss(true)).toBe(false)
  })
})
