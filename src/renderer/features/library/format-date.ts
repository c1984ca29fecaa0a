/**
 * A stored ISO date as people read it (`12 Mar 2025`, or `12 Mar 2025, 14:30` when it has a time),
 * the raw text when it is not a date.
 */
export function formatDate(iso: string, locale?: string, timeZone?: string): string {
  if (iso.trim() === '') return ''
  // Only ISO 8601 is parsed: Date() guesses at free text ('spring 2025' becomes 1 January).
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  // A bare date is a calendar day, not midnight UTC: format it in UTC so no zone shifts the day.
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso.replace(' ', 'T'))
  if (Number.isNaN(date.getTime())) return iso
  const zone = dateOnly ? 'UTC' : timeZone
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(dateOnly ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    ...(zone ? { timeZone: zone } : {}),
  }).format(date)
}
