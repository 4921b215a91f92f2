import type { ExportContext } from './context'
import type { JsonObject } from './json'

type CpuArchitecture = 'x86_64' | 'arm64'

/**
 * Graviton instance families carry a `g` after the generation (t4g, m7gd, c7gn, x2gd) or are
 * a1: cpuArchitecture('t4g.medium') → 'arm64', cpuArchitecture('g5.xlarge') → 'x86_64'.
 */
function cpuArchitecture(instanceType: string): CpuArchitecture {
  return /^([a-z]+\d+g[a-z]*|a1)\./.test(instanceType) ? 'arm64' : 'x86_64'
}

/**
 * The newest Amazon Linux 2023 AMI for an architecture, for the instances the export runs
 * itself (bastion, NAT instance), so their image always matches their instance type.
 */
export function amazonLinuxAmi(ctx: ExportContext, instanceType: string): string {
  const arch = cpuArchitecture(instanceType)
  return ctx.doc
    .data('aws_ami', `al2023_${arch}`, {
      most_recent: true,
      owners: ['amazon'],
      filter: [{ name: 'name', values: [`al2023-ami-2023.*-${arch}`] }],
    })
    .ref('id')
}

/**
 * The application AMI of an EC2 service's launch template: `var.ami_id`, or `var.ami_id_<arch>`
 * for services whose architecture differs from the first EC2 service's.
 */
export function applicationAmi(ctx: ExportContext, instanceType: string): string {
  const arch = cpuArchitecture(instanceType)
  const firstEc2 = ctx.config.services.find((s) => s.compute.kind === 'ec2')
  const primaryArch = firstEc2?.compute.kind === 'ec2' ? cpuArchitecture(firstEc2.compute.instanceType) : arch
  const users = ctx.config.services
    .filter((s) => s.compute.kind === 'ec2' && cpuArchitecture(s.compute.instanceType) === arch)
    .map((s) => s.id)
  return ctx.doc.variable(arch === primaryArch ? 'ami_id' : `ami_id_${arch}`, {
    type: 'string',
    description: `AMI (${arch}) of the EC2 services ${users.join(', ')}: their launch templates boot it`,
  })
}

/** Instance metadata only with session tokens (IMDSv2): CKV_AWS_79. */
export function imdsV2Required(): JsonObject {
  return { http_endpoint: 'enabled', http_tokens: 'required' }
}

export function encryptedRootVolume(): JsonObject {
  return { encrypted: true, volume_type: 'gp3', delete_on_termination: true }
}
