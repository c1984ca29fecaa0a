import { DEFAULT_COMPARE_OPTIONS } from '../core'
import type { CompareOptions } from '../core'

// A record over the option names: an option added to `CompareOptions` and not here does not compile.
const OPTION_KEYS = {
  ignoreCase: true,
  ignorePunctuation: true,
  ignoreTypography: true,
} as const satisfies Record<keyof CompareOptions, true>

const OPTION_NAMES = Object.keys(OPTION_KEYS) as ReadonlyArray<keyof CompareOptions>

/**
 * Compare options read from an untrusted value (stored settings, an IPC request): each well-formed
 * flag is kept, anything else falls back to `fallback` field by field.
 */
export function parseCompareOptions(
  value: unknown,
  fallback: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): CompareOptions {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  const entries = OPTION_NAMES.map((name) => {
    const flag = Object.hasOwn(record, name) ? record[name] : undefined
    return [name, typeof flag === 'boolean' ? flag : fallback[name]] as const
  })
  return Object.fromEntries(entries) as unknown as CompareOptions
}
