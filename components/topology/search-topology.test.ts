import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { buildTopology } from '@/lib/topology'
import { collapsedAround, searchTopology } from './search-topology'

const large = buildTopology(buildLargeScenario(50).config)

describe('searchTopology', () => {
  it('finds a service by its name, exact name first', () => {
    expect(searchTopology(large, 'service 17')).toEqual(['service:svc-17'])
    expect(searchTopology(large, 'Service 1')[0]).toBe('service:svc-01')
  })

  it('finds boxes by id and ignores an empty query', () => {
    expect(searchTopology(large, 'svc-4')).toEqual(Array.from({ length: 10 }, (_, i) => `service:svc-4${i}`))
    expect(searchTopology(large, '   ')).toEqual([])
  })
})

describe('collapsedAround', () => {
  it('names the collapsed groups that hide a box, outermost first', () => {
    expect(collapsedAround(large, new Set(['vpc', 'subnet:private-app-a']), 'service:svc-17')).toEqual(['vpc', 'subnet:private-app-a'])
    expect(collapsedAround(large, new Set(), 'service:svc-17')).toEqual([])
  })
})
