import { describe, expect, it } from 'vitest'
import { combineModes } from './combine-modes'

describe('combineModes', () => {
  it('is auto only when every part is auto', () => {
    expect(combineModes(['auto', 'auto'])).toBe('auto')
  })

  it('is manual only when every part is manual', () => {
    expect(combineModes(['manual', 'manual'])).toBe('manual')
  })

  it('is partial when auto and manual parts mix', () => {
    expect(combineModes(['auto', 'manual', 'auto'])).toBe('partial')
  })

  it('treats a partial part as partial', () => {
    expect(combineModes(['partial'])).toBe('partial')
  })

  it('treats no parts as auto', () => {
    expect(combineModes([])).toBe('auto')
  })
})
