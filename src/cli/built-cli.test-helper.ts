import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The built command line that tests of the real process run. */
export const BUILT_CLI = resolve('out/cli/rewrite-lens.mjs')

/** The newest modification time of the sources the command line is built from. */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (/\.(ts|json)$/.test(entry.name) && !/\.test(-helper)?\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Why tests of the built command line cannot run here (no build, or a build older than the
 * sources, which would test yesterday's code), or null when they can. CI builds first.
 */
export function builtCliSkipReason(): string | null {
  if (!existsSync(BUILT_CLI)) return `${BUILT_CLI} is missing; run \`npm run build\` first`
  const built = statSync(BUILT_CLI).mtimeMs
  if (newestSource(resolve('src')) > built)
    return `${BUILT_CLI} is older than src/; run \`npm run build:cli\` first`
  return null
}
