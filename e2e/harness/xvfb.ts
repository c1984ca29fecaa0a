import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

/** A virtual X display for Electron on a machine without a screen. */
export interface VirtualDisplay {
  /** The DISPLAY value, e.g. `:1`. */
  readonly display: string
  stop(): Promise<void>
}

/**
 * Starts Xvfb on a free display: `-displayfd` makes it pick the number and report it once the
 * server accepts connections, so there is no guessing and no fixed wait.
 */
export async function startXvfb(): Promise<VirtualDisplay> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  )
  const stderr: string[] = []
  xvfb.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')))
  const number = await new Promise<string>((done, fail) => {
    let reported = ''
    const fd = xvfb.stdio[3] as Readable
    fd.on('data', (chunk: Buffer) => {
      reported += chunk.toString('utf8')
      if (reported.includes('\n')) done(reported.trim())
    })
    xvfb.once('error', (error) =>
      fail(
        new Error(
          `e2e: cannot start Xvfb (${error.message}); install it with apt-get install xvfb.`,
        ),
      ),
    )
    xvfb.once('exit', (code) =>
      fail(new Error(`e2e: Xvfb exited with code ${code}: ${stderr.join('').trim()}`)),
    )
  })
  return {
    display: `:${number}`,
    stop: () =>
      new Promise<void>((done) => {
        if (xvfb.exitCode !== null) return done()
        xvfb.once('exit', () => done())
        xvfb.kill()
      }),
  }
}
