import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { restrictAlbsToCloudFront } from '../security'
import { exportTerraform } from './export-terraform'
import { DEFAULT_HEALTHY_THRESHOLD, DEFAULT_HEALTH_CHECK_PATH } from './health-check'
import { parseExport, variantOf } from './test-configs.test-helper'
import { HAS_TFCHECK, runTfcheck } from './tfcheck.test-helper'

function petclinic() {
  const preset = findPreset('petclinic-3tier')
  if (!preset) throw new Error('petclinic-3tier preset missing')
  return structuredClone(preset.scenario.config)
}

/** tfcheck's schema subset does not carry this data source: it notes it and checks no argument. */
const PREFIX_LIST_NOTE = '"aws_ec2_managed_prefix_list" exists in hashicorp/aws'

describe("an ALB that admits only CloudFront's origin-facing prefix list", () => {
  // CloudFront Developer Guide, "Restrict access to Application Load Balancers" and "Use the
  // CloudFront managed prefix list": a security-group rule that admits
  // com.amazonaws.global.cloudfront.origin-facing lets only CloudFront's origin-facing servers in.
  const config = restrictAlbsToCloudFront(petclinic())
  const { resource, data } = parseExport(config)

  it('looks the prefix list up by its AWS name and admits it on the listener ports', () => {
    expect(data.aws_ec2_managed_prefix_list.cloudfront_origin_facing).toEqual({ name: 'com.amazonaws.global.cloudfront.origin-facing' })
    const rules = Object.values(resource.aws_vpc_security_group_ingress_rule as Record<string, Record<string, unknown>>).filter(
      (r) => r.security_group_id === '${aws_security_group.ext_alb_sg.id}',
    )
    expect(rules.map((r) => [r.from_port, r.prefix_list_id, r.cidr_ipv4])).toEqual([
      [80, '${data.aws_ec2_managed_prefix_list.cloudfront_origin_facing.id}', undefined],
      [443, '${data.aws_ec2_managed_prefix_list.cloudfront_origin_facing.id}', undefined],
    ])
  })

  it.skipIf(!HAS_TFCHECK)('exports files tfcheck accepts with zero errors', () => {
    const report = runTfcheck(exportTerraform(config).files)
    expect(report.errors).toBe(0)
    expect(report.diagnostics.filter((d) => d.severity === 'info' && !d.message.startsWith(PREFIX_LIST_NOTE))).toEqual([])
  })
})

describe('the target group health check', () => {
  it("takes the service's path and thresholds (PetClinic: Spring Boot's /actuator/health, healthy after 2)", () => {
    const { resource } = parseExport(petclinic())
    expect(resource.aws_lb_target_group.was.health_check[0]).toMatchObject({ path: '/actuator/health', healthy_threshold: 2, unhealthy_threshold: 2, interval: 30 })
  })

  it("falls back to AWS's defaults for an HTTP target group: path / and healthy after 5 (CreateTargetGroup)", () => {
    const config = variantOf((c) => {
      for (const s of c.services) {
        delete s.healthCheck.path
        delete s.healthCheck.healthyThreshold
      }
    })
    const { resource } = parseExport(config)
    const first = Object.values(resource.aws_lb_target_group as Record<string, { health_check: Record<string, unknown>[] }>)[0]!
    expect(first.health_check[0]).toMatchObject({ path: DEFAULT_HEALTH_CHECK_PATH, healthy_threshold: DEFAULT_HEALTHY_THRESHOLD })
    expect([DEFAULT_HEALTH_CHECK_PATH, DEFAULT_HEALTHY_THRESHOLD]).toEqual(['/', 5])
  })

  it('writes a path with a template introducer literally', () => {
    const config = variantOf((c) => {
      c.services[0]!.healthCheck.path = '/health?x=${file("/etc/passwd")}'
    })
    const { resource } = parseExport(config)
    const first = Object.values(resource.aws_lb_target_group as Record<string, { health_check: Record<string, unknown>[] }>)[0]!
    expect(first.health_check[0]!.path).toBe('/health?x=$${file("/etc/passwd")}')
  })
})
