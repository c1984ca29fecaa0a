import { join } from 'node:path'

/** Where the library lives: `REWRITE_LENS_DATA_DIR` when set (tests, portable use), else user data. */
export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): string {
  const override = env['REWRITE_LENS_DATA_DIR']?.trim()
  return override ? override : userDataDir
}

/** The seed articles: shipped as app resources when packaged, the repository's `seeds/` otherwise. */
export function resolveSeedsDir(input: {
  readonly isPackaged: boolean
  readonly resourcesPath: string
  readonly appPath: string
}): string {
  return input.isPackaged ? join(input.resourcesPath, 'seeds') : join(input.appPath, 'seeds')
}
