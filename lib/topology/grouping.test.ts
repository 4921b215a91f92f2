import { describe, expect, it } from 'vitest'
import { summarisePortRun } from './grouping'
import { named, notation } from './topology-reasons'
import type { TopoEdge } from './topology-types'

const rule = (port: number, extra: Partial<TopoEdge> = {}): TopoEdge => ({
  id: `sg:app-sg:ingress:${port}:alb->app`,
  source: 'alb',
  target: 'app',
  kind: 'sg-rule',
  label: notation(`TCP ${port}`),
  protocol: 'tcp',
  port: `${port}`,
  singlePort: port,
  data: {},
  ...extra,
})

describe('summarisePortRun', () => {
  it('reads a run of rule ports from the ports the engine keeps, not from the label words', () => {
    const unreadable = [8081, 8080, 8082].map((port) => rule(port, { label: named('any words') }))
    expect(summarisePortRun(unreadable)).toEqual(notation('TCP 8080–8082'))
  })

  it('counts a port twice once, and words a run of forwarded requests with its own code', () => {
    const flows = [8080, 8081, 8081].map((port) => rule(port, { kind: 'traffic', protocol: undefined, label: { code: 'topology.edge.forwards', params: { port } } }))
    expect(summarisePortRun(flows)).toEqual({ code: 'topology.edge.forwards-range', params: { fromPort: 8080, toPort: 8081 } })
  })

  it('gives up on a gap, a second protocol, a line without one port, or no lines', () => {
    expect(summarisePortRun([rule(80), rule(443)])).toBeNull()
    expect(summarisePortRun([rule(53), rule(54, { protocol: 'udp' })])).toBeNull()
    expect(summarisePortRun([rule(80), rule(81, { singlePort: undefined })])).toBeNull()
    expect(summarisePortRun([])).toBeNull()
  })
})
