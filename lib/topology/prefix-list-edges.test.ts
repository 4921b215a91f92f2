import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { restrictAlbsToCloudFront } from '../security'
import { buildTopology } from './build-topology'

function petclinic() {
  const preset = findPreset('petclinic-3tier')
  if (!preset) throw new Error('petclinic-3tier preset missing')
  return restrictAlbsToCloudFront(structuredClone(preset.scenario.config))
}

// CloudFront Developer Guide, "Use the CloudFront managed prefix list": a rule that admits
// com.amazonaws.global.cloudfront.origin-facing lets in CloudFront's origin-facing servers only.
describe("a rule that admits CloudFront's origin-facing prefix list", () => {
  it("draws its lines from the design's CloudFront box, not from the internet", () => {
    const edges = buildTopology(petclinic()).edges.filter((e) => e.kind === 'sg-rule' && e.target === 'alb:ext-alb')
    expect(edges.map((e) => `${e.source}:${e.port}`)).toEqual(['cloudfront:80', 'cloudfront:443'])
  })

  it('draws them from the internet when the design has no CloudFront: any distribution is in the list', () => {
    const config = petclinic()
    config.edge = { cloudfront: false, waf: { enabled: false, rules: 0 } }
    const edges = buildTopology(config).edges.filter((e) => e.kind === 'sg-rule' && e.target === 'alb:ext-alb')
    expect(edges.map((e) => `${e.source}:${e.port}`)).toEqual(['internet:80', 'internet:443'])
  })
})
