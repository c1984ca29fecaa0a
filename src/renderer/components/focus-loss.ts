/**
 * Tells whether a region (the toasts, the article list) lost keyboard focus because the element
 * holding it went away, so the region can hand focus on instead of letting it fall to the page.
 *
 * Chromium fires focusout while it removes the focused element (still connected then), and the
 * removal's commit runs React's layout effects before a microtask: so a focusout is remembered
 * until a microtask, and a layout effect asks `takeLoss` whether that element has gone.
 */
export class FocusLoss {
  private holds = false
  private lostFrom: { readonly isConnected: boolean } | null = null

  /** Focus came into the region. */
  focusIn(): void {
    this.holds = true
    this.lostFrom = null
  }

  /** Focus left the region from `from` (not to another element inside it). */
  focusOut(from: { readonly isConnected: boolean } | null): void {
    this.holds = false
    this.lostFrom = from
    queueMicrotask(() => {
      if (this.lostFrom === from) this.lostFrom = null
    })
  }

  /**
   * Whether focus, now on the page, was lost with an element of the region that went away; the
   * answer is given once. A user's own blur (the element still there) is no loss.
   */
  takeLoss(focusOnPage: boolean): boolean {
    if (!focusOnPage) return false
    const lost = this.holds || (this.lostFrom !== null && !this.lostFrom.isConnected)
    this.holds = false
    this.lostFrom = null
    return lost
  }
}

/** Whether the document's focus is on no control: the page itself. */
export function focusIsOnPage(): boolean {
  const focused = document.activeElement
  return focused === null || focused === document.body
}
