import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { placeResources } from './place-resources'

function swiftlogixConfig() {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('swiftlogix preset missing')
  return structuredClone(preset.scenario.config)
}

const tierOf = (config: ReturnType<typeof swiftlogixConfig>, id: string) => placeResources(config).find((r) => r.id === id)?.tier

describe('placeResources', () => {
  it('puts the external ALB, bastion and NAT in public, services in private-app and the database in private-db', () => {
    const config = swiftlogixConfig()
    expect(tierOf(config, 'alb:alb')).toBe('public')
    expect(tierOf(config, 'bastion')).toBe('public')
    expect(tierOf(config, 'nat')).toBe('public')
    expect(tierOf(config, 'service:order')).toBe('private-app')
    expect(tierOf(config, 'database')).toBe('private-db')
  })

  it('spreads the ALB over every public subnet and the database subnet group over every private-db subnet', () => {
    const placed = placeResources(swiftlogixConfig())
    expect(placed.find((r) => r.id === 'alb:alb')?.subnets.map((s) => s.id)).toEqual(['public-a', 'public-b'])
    expect(placed.find((r) => r.id === 'database')?.subnets.map((s) => s.id)).toEqual(['private-db-a', 'private-db-b'])
  })

  it('places an internal ALB in private-app with no public address', () => {
    const config = swiftlogixConfig()
    config.loadBalancers[0]!.scheme = 'internal'
    const alb = placeResources(config).find((r) => r.id === 'alb:alb')
    expect(alb?.tier).toBe('private-app')
    expect(alb?.internetAddressable).toBe(false)
  })

  it('gives the bastion a public IP that the internet can address through the public tier', () => {
    const bastion = placeResources(swiftlogixConfig()).find((r) => r.id === 'bastion')
    expect(bastion?.publicIp).toBe(true)
    expect(bastion?.internetAddressable).toBe(true)
  })

  it('makes the database addressable only when publicly accessible and its tier routes to the internet gateway', () => {
    const config = swiftlogixConfig()
    config.database.publiclyAccessible = true
    expect(placeResources(config).find((r) => r.id === 'database')?.internetAddressable).toBe(false)
    config.network.routing['private-db'].defaultRoute = 'igw'
    expect(placeResources(config).find((r) => r.id === 'database')?.internetAddressable).toBe(true)
  })

  it('places one NAT gateway per AZ in per-az mode and none without a NAT', () => {
    const config = swiftlogixConfig()
    config.network.nat.mode = 'per-az'
    expect(placeResources(config).filter((r) => r.kind === 'nat').map((r) => r.id)).toEqual(['nat:a', 'nat:b'])
    config.network.nat.mode = 'none'
    expect(placeResources(config).some((r) => r.kind === 'nat')).toBe(false)
  })
})
