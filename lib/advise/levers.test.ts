import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { assessCapacity } from '../capacity'
import { checkDesign } from '../design-check'
import { setNatMode } from '../model/edit-network'
import { DATABASE_CLASSES, LEVERS, NAT_FREE_ENDPOINTS } from './levers'

const swiftlogix = () => structuredClone(findPreset('swiftlogix')!.scenario)
const lever = (id: string) => LEVERS.find((l) => l.id === id)!
const inputOf = () => {
  const { config, requirements } = swiftlogix()
  return { config, requirements, capacity: assessCapacity(config, requirements) }
}

describe('the advisor\'s levers', () => {
  it('NAT none comes with the endpoints ECS needs: Amazon ECS Developer Guide, "Amazon ECS interface VPC endpoints" (ecr.api, ecr.dkr, S3, logs, secretsmanager)', () => {
    const { config } = inputOf()
    // Without them the design check blocks the design: the tasks cannot pull, log or read secrets.
    expect(checkDesign(setNatMode(config, 'none')).blockers.map((b) => b.code)).toEqual(['design.no-image-pull-path', 'design.no-logs-path', 'design.no-secrets-path'])
    const none = lever('nat').variants(inputOf()).find((c) => c.network.nat.mode === 'none')!
    expect(none.network.vpcEndpoints).toEqual([...NAT_FREE_ENDPOINTS])
    expect(checkDesign(none).runnable).toBe(true)
  })

  it('sets tasks per service to the capacity engine\'s recommended count, which keeps one task per AZ', () => {
    const input = inputOf()
    const [variant] = lever('tasks').variants(input)
    for (const s of variant!.services) {
      const recommended = input.capacity.services.find((c) => c.serviceId === s.id)!.recommendedTasks!
      expect(s.count.desired).toBe(recommended)
      expect(s.count.desired).toBeGreaterThanOrEqual(input.config.network.azCount)
      expect(s.count.max).toBeGreaterThanOrEqual(s.count.desired)
    }
  })

  it('steps the Fargate task size down and up to sizes AWS accepts', () => {
    const sizes = lever('task-size').variants(inputOf()).map((c) => c.services[0]!.compute)
    expect(sizes).toEqual([
      { kind: 'fargate', architecture: 'x86', vcpu: 0.25, memoryGb: 0.5, ephemeralStorageGb: 20 },
      { kind: 'fargate', architecture: 'x86', vcpu: 1, memoryGb: 2, ephemeralStorageGb: 20 },
    ])
  })

  it('moves the database class one step along a short ordered list', () => {
    expect(lever('db-class').variants(inputOf()).map((c) => c.database.instanceClass)).toEqual(['db.t4g.micro', 'db.t4g.small'])
    expect(DATABASE_CLASSES.indexOf('db.t3.micro')).toBe(1)
  })

  it('adds a read replica only where automated backups are on (RDS User Guide, "Working with DB instance read replicas": backups must be enabled)', () => {
    const input = inputOf()
    expect(lever('db-replicas').variants(input).map((c) => c.database.readReplicas)).toEqual([1])
    input.config.database.backupRetentionDays = 0
    expect(lever('db-replicas').variants(input)).toEqual([])
  })

  it('keeps admin access as the security policy requires', () => {
    const input = inputOf()
    expect(lever('admin-access').variants(input)).toEqual([])
    input.requirements.securityPolicy.adminAccess = 'either'
    const [ssm] = lever('admin-access').variants(input)
    expect(ssm!.adminAccess.bastion).toBeUndefined()
    expect(ssm!.adminAccess.ssm).toBe(true)
  })
})
