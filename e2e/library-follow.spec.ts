import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { openLibrary } from '../src/node/library/library-store'
import { expect, test } from './harness/app-fixture'
import { articleItem } from './harness/ui'

test('a read-only window shows the articles the window holding the library saves', async ({
  app,
}) => {
  const lockPath = join(app.dataDir, 'library.lock')
  const holdLock = (pid: number | undefined): Promise<void> =>
    writeFile(lockPath, JSON.stringify({ pid, host: hostname(), since: '' }))
  const other = spawn('sleep', ['60'], { stdio: 'ignore' })
  try {
    // Another process holds the library: this window reopens read-only.
    await holdLock(other.pid)
    await app.restart()
    await expect(app.page.getByText(/shows it read-only/).first()).toBeVisible()
    // That other window saves an article; a store in this process plays it, taking the lock.
    await holdLock(process.pid)
    const writer = await openLibrary({ dataDir: app.dataDir, seedsDir: join(app.dataDir, 'none') })
    try {
      expect(writer.status().readOnly).toBe(false)
      await writer.add([
        {
          title: 'Ferry timetable saved by the other window',
          source: 'Harbour News',
          url: '',
          publishedAt: '',
          fileName: 'ferry.txt',
          format: 'txt',
          text: 'Ferry timetable saved by the other window\nThe first ferry leaves at six.',
        },
      ])
      await expect(articleItem(app.page, 'Ferry timetable saved by the other window')).toHaveCount(
        1,
        { timeout: 10_000 },
      )
    } finally {
      await writer.close()
    }
  } finally {
    other.kill('SIGKILL')
  }
})
