import type { ArchitectureConfig, Service } from './architecture'

/**
 * The services the database lets in: a TCP rule of one of its security groups admits, on the
 * database port, a security group the service runs in. Those services get the connection
 * settings and the credentials' secret; the others get neither.
 */
export function listDatabaseClients(config: ArchitectureConfig): Service[] {
  const { database } = config
  const admitted = new Set(
    config.securityGroups
      .filter((sg) => database.securityGroups.includes(sg.id))
      .flatMap((sg) => sg.ingress)
      .filter((rule) => rule.protocol !== 'udp' && rule.fromPort <= database.port && database.port <= rule.toPort)
      .flatMap((rule) => (rule.peer.kind === 'sg' ? [rule.peer.sgId] : [])),
  )
  return config.services.filter((service) => service.securityGroups.some((sg) => admitted.has(sg)))
}
