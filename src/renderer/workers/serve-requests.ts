/** The answer every worker protocol gives when a request fails, so the page always hears back. */
export interface FailedAnswer {
  readonly type: 'failed'
  readonly id: number
  readonly message: string
}

/** The part of a worker's global scope the loop uses, so tests can pass a fake. */
export interface WorkerScope<Request> {
  onmessage: ((event: MessageEvent<Request>) => void) | null
  postMessage(message: unknown): void
}

/**
 * A worker's message loop: each request is answered by `answer`, which may post progress through
 * `post` before it returns. An error it throws becomes a `failed` answer with its message; an
 * answer of null means the request needs none (the compare worker's "here are the vectors").
 */
export function serveRequests<Request extends { readonly id: number }, Answer>(
  scope: WorkerScope<Request>,
  answer: (request: Request, post: (message: Answer) => void) => Answer | null,
): void {
  const post = (message: Answer | FailedAnswer): void => scope.postMessage(message)
  scope.onmessage = (event) => {
    let response: Answer | FailedAnswer | null
    try {
      response = answer(event.data, post)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      response = { type: 'failed', id: event.data.id, message }
    }
    if (response !== null) post(response)
  }
}
