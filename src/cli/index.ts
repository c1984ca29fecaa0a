import { once } from 'node:events'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { defaultWordVectorsPath } from '../node/word-vectors-file'
import { runCli } from './run-cli'

// A reader that closes the pipe early (`| head`) is not an error; a full disk is the user's to fix.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(
    `rewrite-lens: cannot write the report (${error.code ?? error.message}); use --out FILE instead.\n`,
  )
  process.exit(2)
})

const here = dirname(fileURLToPath(import.meta.url))

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stdin: process.stdin,
  drained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
  },
  wordVectorsPath: defaultWordVectorsPath(here),
  batchWorkerPath: join(here, 'batch-worker.mjs'),
  // V8 reads the flag at each collection, so setting it once the inputs are read needs no second
  // process (see LONG_INPUT_CHARS for why only long inputs get it).
  limitHeapGrowth: () => setFlagsFromString('--heap-growing-percent=50'),
})
