import { describe, expect, it } from 'vitest'
import { escapeTemplate } from './escape'

/** Template sequences Terraform would evaluate in `s` (HCL: `$${` and `%%{` are literal). */
function liveSequences(s: string): string[] {
  const found: string[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') i += 2
    else if ((c === '$' || c === '%') && s[i + 1] === '{') found.push(s.slice(i, i + 12))
  }
  return found
}

/** What Terraform renders for a template without live sequences. */
function render(s: string): string {
  return s.replace(/([$%])\1\{/g, '$1{')
}

describe('escapeTemplate', () => {
  it('doubles interpolation and directive introducers', () => {
    expect(escapeTemplate('${file("/etc/passwd")}')).toBe('$${file("/etc/passwd")}')
    expect(escapeTemplate('%{ if true }x%{ endif }')).toBe('%%{ if true }x%%{ endif }')
  })

  it('leaves other dollar and percent signs alone', () => {
    expect(escapeTemplate('$5 or 50% off {braces}')).toBe('$5 or 50% off {braces}')
  })

  it('keeps text that already looks escaped literal', () => {
    expect(escapeTemplate('$${x}')).toBe('$$${x}')
    expect(render(escapeTemplate('$${x}'))).toBe('$${x}')
  })

  it.each([
    '${file("/etc/passwd")}',
    '%{ if true }',
    '$$${a}%%%{b}',
    '${${nested}}',
    'a$%{b}c%${d}',
    '"quotes" \n newline — 주문 ✓ ${',
  ])('leaves no live sequence and renders back to the input: %j', (text) => {
    expect(liveSequences(escapeTemplate(text))).toEqual([])
    expect(render(escapeTemplate(text))).toBe(text)
  })
})
