import { once } from 'node:events'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { defaultWordVectorsPath } from '../node/word-vectors-file'
import { runCli } from './run-cli'

// V8 lets the heap grow to 4× what its last full collection left alive (its factor for a heap
// limit of 2 GB or more, Node's default here), and a long comparison keeps most of what it builds
// to the end of its facts stage: a 2.9 MB one-sided article peaked at 520–560 MB RSS, a 3.6 MB
// one of 40,000 short paragraphs at 910 MB. Growing by half at most brings them to ~415 and
// ~580 MB (the 1 MB bench pair 298 → 223 MB) for more full collections on such inputs only
// (+14–19% CPU there; a seed or 10k-word pair unchanged). V8 reads it at each collection, so
// setting it here, before the heap grows, needs no second process.
setFlagsFromString('--heap-growing-percent=50')

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
})
