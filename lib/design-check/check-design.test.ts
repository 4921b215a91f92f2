import { describe, expect, it } from 'vitest'
import { PRESETS, findPreset } from '../../data/presets'
import { setNatGateways, type ArchitectureConfig, type VpcEndpoint } from '../model'
import { checkDesign } from './check-design'

const config = (id: string): ArchitectureConfig => structuredClone(findPreset(id)!.scenario.config)
const withoutNat = (c: ArchitectureConfig, endpoints: VpcEndpoint[] = []): ArchitectureConfig => ({
  ...setNatGateways(c, 0),
  network: { ...setNatGateways(c, 0).network, vpcEndpoints: endpoints },
})

describe('checkDesign', () => {
  it('passes every preset as shipped', () => {
    for (const preset of PRESETS) expect(checkDesign(preset.scenario.config).blockers, preset.id).toEqual([])
  })

  it("blocks SwiftLogix with no NAT and no endpoints: its private Fargate tasks can pull no image, send no log and read no secret", () => {
    // Amazon ECR User Guide, "Amazon ECR interface VPC endpoints": pulling a private image needs
    // com.amazonaws.region.ecr.api, ecr.dkr and the S3 gateway endpoint (layers are in S3).
    // Amazon ECS Developer Guide, "Amazon ECS interface VPC endpoints": tasks using the awslogs
    // driver need the logs endpoint, and tasks reading Secrets Manager secrets the secretsmanager one.
    const check = checkDesign(withoutNat(config('swiftlogix')))
    expect(check.runnable).toBe(false)
    expect(check.blockers.map((b) => b.code)).toEqual(['design.no-image-pull-path', 'design.no-logs-path', 'design.no-secrets-path'])
    expect(check.blockers[0]!.params).toMatchObject({ missingEndpoints: ['s3', 'ecr-api', 'ecr-dkr'] })
  })

  it('lets the same design run when the endpoints replace the NAT', () => {
    const check = checkDesign(withoutNat(config('swiftlogix'), ['ecr-api', 'ecr-dkr', 's3', 'logs', 'secretsmanager']))
    expect(check).toEqual({ runnable: true, blockers: [] })
  })

  it('names the one endpoint still missing', () => {
    const check = checkDesign(withoutNat(config('swiftlogix'), ['ecr-api', 'ecr-dkr', 'logs', 'secretsmanager']))
    expect(check.blockers).toEqual([{ code: 'design.no-image-pull-path', params: { services: expect.any(Array), missingEndpoints: ['s3'] } }])
  })

  it('lets private EC2 instances update through the S3 gateway endpoint alone', () => {
    // Amazon Linux 2023 repositories are served from S3, so the S3 gateway endpoint reaches them.
    const web = config('standard-web')
    expect(checkDesign(withoutNat(web)).blockers.map((b) => b.code)).toEqual(['design.no-instance-egress'])
    expect(checkDesign(withoutNat(web, ['s3'])).runnable).toBe(true)
  })

  it("blocks a task whose only security group lets no HTTPS out, even with a NAT", () => {
    // Security groups are stateful allow lists: with egress rules written, anything not allowed is
    // dropped (Amazon VPC User Guide, "Security group rules").
    const c = config('swiftlogix')
    const taskGroup = c.services[0]!.securityGroups[0]!
    c.securityGroups = c.securityGroups.map((sg) => (sg.id === taskGroup ? { ...sg, egress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } }] } : sg))
    const check = checkDesign(c)
    expect(check.blockers.map((b) => b.code)).toEqual(['design.https-egress-blocked'])
  })

  it('blocks a NAT gateway and an internet-facing load balancer in a VPC without an internet gateway', () => {
    // Amazon VPC User Guide, "NAT gateways": a public NAT gateway sends traffic to the internet
    // gateway; Elastic Load Balancing: an internet-facing load balancer needs the VPC's internet gateway.
    const c = config('swiftlogix')
    c.network = { ...c.network, internetGateway: false }
    expect(checkDesign(c).blockers.map((b) => b.code)).toEqual(['design.nat-without-internet-gateway', 'design.public-load-balancer-without-internet-gateway', 'design.no-image-pull-path', 'design.no-logs-path', 'design.no-secrets-path'])
  })
})
