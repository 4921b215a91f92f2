import { describe, expect, it } from 'vitest'
import { PhysicalNames, toProjectSlug, toTerraformName } from './names'

describe('toTerraformName', () => {
  it('turns an ArchDeck id into a Terraform identifier', () => {
    expect(toTerraformName('private-app-a')).toBe('private_app_a')
    expect(toTerraformName('ALB.SG')).toBe('alb_sg')
  })

  it('never starts with a digit and is never empty', () => {
    expect(toTerraformName('3tier')).toBe('_3tier')
    expect(toTerraformName('')).toBe('_')
    expect(toTerraformName('주문')).toMatch(/^[a-z_][a-z0-9_]*$/)
  })
})

describe('toProjectSlug', () => {
  it('keeps whole words of the config name', () => {
    expect(toProjectSlug('SwiftLogix final proposal')).toBe('swiftlogix-final-proposal')
    expect(toProjectSlug('A very long architecture name for the payments platform')).toBe('a-very-long-architecture-name')
  })

  it('starts with a letter even when the name does not', () => {
    expect(toProjectSlug('2024 plan')).toBe('archdeck-2024-plan')
    expect(toProjectSlug('주문 서비스')).toBe('archdeck')
  })
})

describe('PhysicalNames', () => {
  it('prefixes the project and shortens it to fit', () => {
    const names = new PhysicalNames('swiftlogix-final-proposal')
    expect(names.claim('tg', 'order', 32)).toBe('swiftlogix-final-proposal-order')
    expect(names.claim('tg', 'payment-gateway', 32)).toBe('swiftlogix-final-payment-gateway')
  })

  it('keeps names unique per kind and within the length', () => {
    const names = new PhysicalNames('project')
    const long = 'a-very-long-service-id-that-is-forty-char'
    const first = names.claim('tg', long, 32)
    const second = names.claim('tg', `${long.slice(0, -1)}x`, 32)
    expect(first).not.toBe(second)
    for (const name of [first, second]) expect(name).toMatch(/^[a-z][a-z0-9-]{0,31}$/)
    expect(names.claim('lb', long, 32)).toBe(first)
  })

  it('collapses repeated hyphens, which RDS and ElastiCache ids reject', () => {
    expect(new PhysicalNames('p').claim('db', 'a--b', 63)).toBe('p-a-b')
  })
})
