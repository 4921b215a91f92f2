import type { ArchitectureConfig } from './architecture'

type AdminAccess = ArchitectureConfig['adminAccess']

/** Adds a bastion host (t3.nano, on demand) in `securityGroups`; a design that has one keeps it. */
export function addBastion(config: ArchitectureConfig, securityGroups: string[]): ArchitectureConfig {
  if (config.adminAccess.bastion) return config
  return { ...config, adminAccess: { ...config.adminAccess, bastion: { instanceType: 't3.nano', purchase: 'on-demand', securityGroups } } }
}

export function removeBastion(config: ArchitectureConfig): ArchitectureConfig {
  const { bastion: _bastion, ...adminAccess } = config.adminAccess
  return { ...config, adminAccess }
}

/** The bastion's instance type (free text: the schema checks its shape). */
export function setBastionInstanceType(config: ArchitectureConfig, instanceType: string): ArchitectureConfig {
  const bastion = config.adminAccess.bastion
  return bastion ? { ...config, adminAccess: { ...config.adminAccess, bastion: { ...bastion, instanceType } } } : config
}

/** Session Manager, or an EC2 Instance Connect endpoint, on or off. */
export function setAdminAccess(config: ArchitectureConfig, patch: Partial<Pick<AdminAccess, 'ssm' | 'instanceConnectEndpoint'>>): ArchitectureConfig {
  return { ...config, adminAccess: { ...config.adminAccess, ...patch } }
}
