import { isRef, isUnknown, type ResourceInstance, type TfObject, type TfRef, type TfValue } from '../types'

/**
 * AWS's generated identifiers (`vpc-0a1b2c3d4e5f60718`, `sg-…`, `db-ABCDEFGHIJKLMNOPQRSTUVWXY1`)
 * and ARNs. Only these are matched: many resources' `id` is their name (`aws_db_subnet_group`,
 * `aws_ecs_cluster`'s `name`), and a name may equal any other string (a tag), which must stay text.
 */
const AWS_ID = /^[a-z]+(?:-[a-z]+)?-(?=[0-9a-zA-Z]*\d)[0-9a-zA-Z]{8,32}$/
const ARN = /^arn:aws[a-z-]*:/

function isAwsIdentifier(value: unknown): value is string {
  return typeof value === 'string' && (ARN.test(value) || AWS_ID.test(value))
}

/**
 * In a state (or the known part of a plan), one resource names another by its real id or ARN:
 * `vpc_id = "vpc-0a1b…"`. Every instance's `id` and `arn` are indexed, and each string equal to one
 * of them becomes a reference to that instance, as the .tf files would write it (`aws_vpc.main.id`).
 * What AWS creates along with a resource, without a resource of its own (a VPC's main route table,
 * default security group and network ACL), is named by the attribute that holds its id, as
 * `aws_vpc.main.main_route_table_id` would. An id several instances claim says nothing and is left
 * as text; where id and ARN are equal (an ECS service), the reference reads `id`.
 */
export function replaceIdsWithReferences(instances: readonly ResourceInstance[]): ResourceInstance[] {
  const own = indexIdentifiers(instances, (key) => key === 'id' || key === 'arn')
  const held = indexIdentifiers(instances, (key) => CREATED_ALONG.test(key))
  const index = new Map([...held].filter(([value]) => !own.has(value)).concat([...own]))
  if (index.size === 0) return [...instances]
  return instances.map((instance) => {
    const values: TfObject = {}
    for (const [key, value] of Object.entries(instance.values)) {
      // The instance's own id and ARN stay as they are: they name it, they do not refer to it.
      values[key] = key === 'id' || key === 'arn' ? value : replace(value, index, instance.address)
    }
    return { ...instance, values }
  })
}

/** Identifier → the one instance attribute that holds it (null when several instances do). */
function indexIdentifiers(instances: readonly ResourceInstance[], indexed: (key: string) => boolean): Map<string, TfRef | null> {
  const index = new Map<string, TfRef | null>()
  for (const instance of instances) {
    // `id` before `arn`, then the rest in their order.
    for (const [attribute, value] of Object.entries(instance.values).sort(([a], [b]) => rank(a) - rank(b))) {
      if (!indexed(attribute) || !isAwsIdentifier(value)) continue
      const existing = index.get(value)
      if (existing === undefined) index.set(value, { $ref: instance.address, attribute })
      else if (existing !== null && existing.$ref !== instance.address) index.set(value, null)
    }
  }
  return index
}

/** `main_route_table_id`, `default_security_group_id`, `default_network_acl_id` (aws_vpc). */
const CREATED_ALONG = /^(main|default)_[a-z_]+_id$/
const rank = (attribute: string) => (attribute === 'id' ? 0 : attribute === 'arn' ? 1 : attribute.startsWith('main_') ? 2 : 3)

function replace(value: TfValue, index: ReadonlyMap<string, TfRef | null>, self: string): TfValue {
  if (typeof value === 'string') {
    const ref = index.get(value)
    // An attribute repeating the instance's own id (an AMI's image_id) is not a reference.
    return ref && ref.$ref !== self ? { ...ref } : value
  }
  if (Array.isArray(value)) return value.map((v) => replace(v, index, self))
  if (value === null || typeof value !== 'object' || isRef(value) || isUnknown(value)) return value
  const out: TfObject = {}
  for (const [key, v] of Object.entries(value)) out[key] = replace(v, index, self)
  return out
}
