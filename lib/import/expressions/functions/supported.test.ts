import { describe, expect, it } from 'vitest'
import { SUPPORTED_FUNCTIONS } from '../index'

/** The functions real AWS modules use, which the import evaluates offline. */
const EXPECTED = `abs ceil floor max min pow signum parseint log sum
chomp format formatlist indent join lower upper replace split strrev substr title trim trimprefix trimsuffix trimspace startswith endswith strcontains regex regexall
alltrue anytrue chunklist coalesce coalescelist compact concat contains distinct element flatten index keys length lookup matchkeys merge one range reverse setintersection setproduct setsubtract setunion slice sort transpose values zipmap
tobool tolist tomap tonumber toset tostring try can sensitive nonsensitive
jsonencode jsondecode base64encode base64decode yamlencode urlencode
cidrhost cidrnetmask cidrsubnet cidrsubnets`.split(/\s+/)

describe('SUPPORTED_FUNCTIONS', () => {
  it('lists exactly the functions evaluated offline', () => {
    expect([...SUPPORTED_FUNCTIONS].sort()).toEqual([...EXPECTED].sort())
  })

  it('leaves out those that read files, which an import cannot', () => {
    for (const name of ['file', 'filebase64', 'templatefile', 'fileexists']) expect(SUPPORTED_FUNCTIONS).not.toContain(name)
  })
})
