import { describe, expect, it } from 'vitest'
import { displayWidth, renderTable } from './text-table'

describe('renderTable', () => {
  it('counts a Hangul syllable as two terminal cells, so Korean headings line up with the figures below', () => {
    expect(displayWidth('월 원화')).toBe(7)
    expect(displayWidth('₩1,000')).toBe(6)
    expect(renderTable([['변경', '미달'], ['12', '예산']], ['right', 'left'])).toEqual(['  변경  미달', '    12  예산'])
  })

  it('pads left- and right-aligned columns to the widest cell and trims the line end', () => {
    expect(renderTable([['#', 'KRW', 'misses'], ['10', '₩9,000', '']], ['right', 'right', 'left'])).toEqual(['   #     KRW  misses', '  10  ₩9,000'])
  })
})
