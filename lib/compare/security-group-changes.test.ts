import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { changeWords } from '../i18n/catalog/say-compare'
import type { Scenario } from '../model'
import { diffConfigs } from './diff-configs'

const base = () => structuredClone(findPreset('swiftlogix')!.scenario) as Scenario
const words = (a: Scenario, b: Scenario, locale: 'en' | 'ko' = 'en') => diffConfigs(a, b).map((c) => ({ path: c.path, specific: c.specific, ...changeWords(locale, c) }))

describe('a security-group change in Compare says which group and which rule', () => {
  it('names a rule added to a group, in both languages, with no generic "Security groups changed" entry', () => {
    const a = base()
    const b = base()
    const group = b.config.securityGroups[0]!
    group.ingress.push({ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } })
    const en = words(a, b)
    expect(en).toEqual([expect.objectContaining({ path: `config.securityGroups[${group.id}].ingress.added[0]`, label: `${group.name}: inbound rule TCP 22 from 0.0.0.0/0`, from: 'none', to: 'added', specific: true })])
    expect(words(a, b, 'ko')[0]!.label).toBe(`${group.name}: 인바운드 규칙 TCP 22, 소스 0.0.0.0/0`)
  })

  it('names a removed outbound rule by its peer group and port range, and a changed rule as one removed and one added', () => {
    const a = base()
    const withEgress = a.config.securityGroups.findIndex((g) => g.egress && g.egress.length > 0)
    expect(withEgress).toBeGreaterThanOrEqual(0)
    const b = structuredClone(a)
    const [first] = b.config.securityGroups[withEgress]!.egress!.splice(0, 1)
    const changes = words(a, b).filter((c) => c.path.includes('.egress.'))
    expect(changes).toHaveLength(1)
    expect(changes[0]!.label).toMatch(/: outbound rule (TCP|UDP|all traffic).* to /)
    expect(changes[0]!.to).toBe('removed')
    b.config.securityGroups[withEgress]!.egress!.unshift(first!)
    const group = b.config.securityGroups[0]!
    const sgPeer = b.config.securityGroups[1]!
    group.ingress[0] = { protocol: 'tcp', fromPort: 8000, toPort: 8100, peer: { kind: 'sg', sgId: sgPeer.id } }
    const labels = words(a, b).map((c) => `${c.label}: ${c.to}`)
    expect(labels).toContain(`${group.name}: inbound rule TCP 8000–8100 from ${sgPeer.name}: added`)
    expect(labels.filter((l) => l.endsWith(': removed'))).toHaveLength(1)
    expect(words(a, b).some((c) => c.path === 'config.securityGroups')).toBe(false)
  })

  it('leaves a group added or removed to the generic entry', () => {
    const a = base()
    const b = base()
    b.config.securityGroups.push({ id: 'extra-sg', name: 'Extra SG', ingress: [] })
    expect(words(a, b).map((c) => c.path)).toEqual(['config.securityGroups'])
  })
})
