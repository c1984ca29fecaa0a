import { describe, expect, it } from 'vitest'
import { stemWord } from './stem'

describe('stemWord', () => {
  it('joins inflections of one word', () => {
    const stems = (words: string) => words.split(' ').map(stemWord).join(' ')
    expect(stems('advance advanced advancing')).toBe('advanc advanc advanc')
    expect(stems('liberate liberation negotiations negotiate')).toBe(
      'liberat liberat negotiat negotiat',
    )
    expect(stems('cities city reportedly reported')).toBe('city city report report')
    expect(stems('message messages running run')).toBe('messag messag run run')
  })

  it('keeps words apart that a Porter stemmer would join', () => {
    expect(stemWord('general')).not.toBe(stemWord('generous'))
    expect(stemWord('university')).not.toBe(stemWord('universe'))
  })
})
