import { version } from '../../package.json'

/** The version of Rewrite Lens this command line was built from. */
export const CLI_VERSION: string = version
