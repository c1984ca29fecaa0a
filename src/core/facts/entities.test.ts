import { describe, expect, it } from 'vitest'
import { analyseText } from './entities'

describe('analyseText', () => {
  it('reads the one tokenizer’s words, digit groups apart and a dotted acronym with its stop', () => {
    const analysis = analyseText('The U.S. sent 5,000 troops and 3.5 tonnes to Russia’s border.')
    expect(analysis.tokens.map((token) => token.text).join('|')).toBe(
      'The|U.S.|sent|5|000|troops|and|3|5|tonnes|to|Russia’s|border',
    )
  })

  it('counts a new sentence after a full stop but not after a title', () => {
    const analysis = analyseText('Dr. Smith left. Then Mr. Jones came.')
    expect(analysis.tokens.map((token) => `${token.text}:${token.sentence}`).join(' ')).toBe(
      'Dr:0 Smith:0 left:0 Then:1 Mr:1 Jones:1 came:1',
    )
  })
})
