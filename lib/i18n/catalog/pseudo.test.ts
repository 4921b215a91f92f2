import { describe, expect, it } from 'vitest'
import { pseudoLocalize, pseudoMessages } from './pseudo'

describe('the pseudo-locale', () => {
  it('accents every Latin letter, so no plain ASCII letter is left of a catalog message', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const pseudo = pseudoLocalize(letters)
    expect(pseudo).not.toMatch(/[A-Za-z]/)
    // One character per letter, each a different one: the accented text still reads as the English.
    expect([...pseudo.slice(1, -1)]).toHaveLength(letters.length)
    expect(new Set(pseudo.slice(1, -1)).size).toBe(letters.length)
  })

  it('keeps digits, symbols and spacing, and brackets the whole message', () => {
    expect(pseudoLocalize('6 tasks × $0.04 = $0.24/h')).toBe('[6 ŧåšķš × $0.04 = $0.24/ĥ]')
  })

  it('words a catalog module in the pseudo-locale: messages with their params, nested tables and lists', () => {
    const module = {
      cost: { 'cost.line': ({ name }: { name: string }) => `${name} costs more`, 'cost.unknown': () => 'unknown' },
      columns: ['Price', 'Unit'],
      title: 'Unit prices',
      count: 3,
    }
    const pseudo = pseudoMessages(module)
    expect(pseudo.cost['cost.line']({ name: 'Order service' })).toBe('[Öŕđéŕ šéŕṽîçé çöšŧš ɱöŕé]')
    expect(pseudo.cost['cost.unknown']()).toBe('[ûñķñöŵñ]')
    expect(pseudo.columns).toEqual(['[Þŕîçé]', '[Ûñîŧ]'])
    expect(pseudo.title).toBe('[Ûñîŧ þŕîçéš]')
    expect(pseudo.count).toBe(3)
  })
})
