import { describe, expect, it } from 'vitest'
import { readVariables } from './read-variables'

describe('readVariables: the dialog\'s -var lines', () => {
  it('reads name=value lines, the value as written (Terraform converts it by the variable\'s type)', () => {
    expect(readVariables('region = eu-west-1\n\n# a comment\nazs=["a","b"]\nreplicas=2')).toEqual({ ok: true, vars: { region: 'eu-west-1', azs: '["a","b"]', replicas: '2' } })
  })

  it('keeps an = inside the value', () => {
    expect(readVariables('tag=a=b')).toEqual({ ok: true, vars: { tag: 'a=b' } })
  })

  it('names the first line it cannot read', () => {
    expect(readVariables('region=eu-west-1\njust text')).toEqual({ ok: false, line: 2 })
    expect(readVariables('=x')).toEqual({ ok: false, line: 1 })
    expect(readVariables('1abc=x')).toEqual({ ok: false, line: 1 })
  })
})
