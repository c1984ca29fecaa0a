import { join, resolve } from 'node:path'

/**
 * Where the library lives: `REWRITE_LENS_DATA_DIR` when set (tests, portable use), else user data.
 * A relative folder is taken from the working folder the app was started in: Electron's
 * `app.setPath` throws "Path must be absolute" on anything else, before a window opens.
 */
export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  workingDir: string = process.cwd(),
): string {
  const override = env['REWRITE_LENS_DATA_DIR']?.trim()
  return override ? resolve(workingDir, override) : userDataDir
}

/** The seed articles: shipped as app resources when packaged, the repository's `seeds/` otherwise. */
export function resolveSeedsDir(input: {
  readonly isPackaged: boolean
  readonly resourcesPath: string
  readonly appPath: string
}): string {
  return input.isPackaged ? join(input.resourcesPath, 'seeds') : join(input.appPath, 'seeds')
}
