import { azNames } from '../../network'
import type { ImportNote, TfObject, TfValue } from '../types'

/**
 * What a data source says without asking AWS. A data source reads the account at plan time, so
 * offline its attributes are unknown, except two that depend only on the provider's region:
 * `aws_region` (its name is the region) and `aws_availability_zones` (the region's zones, assumed
 * from lib/network's list and sorted by name as the AWS provider sorts them, TestAvailabilityZonesSort
 * in terraform-provider-aws; an account may see others, so a note says they are assumed).
 */
export function knownDataAttributes(type: string, configured: TfObject, region: string | TfValue): { attributes: TfObject; note?: ImportNote } {
  const known = typeof region === 'string' ? region : undefined
  if (type === 'aws_region') {
    const name = typeof configured.name === 'string' ? configured.name : typeof configured.region === 'string' ? configured.region : known
    return { attributes: name === undefined ? {} : { name, region: name, id: name } }
  }
  if (type === 'aws_availability_zones' && known !== undefined) {
    const excluded = Array.isArray(configured.exclude_names) ? configured.exclude_names : []
    const names = azNames(known, 6)
      .sort()
      .filter((name) => !excluded.includes(name))
    return {
      attributes: { names, id: known },
      note: { code: 'import.assumed-availability-zones', params: { region: known, names: names.join(', ') } },
    }
  }
  return { attributes: {} }
}

/**
 * A data source instance as a value: its configured arguments and known attributes, and for any
 * other attribute TfUnknown('data-source') naming the data source it comes from
 * (`data.aws_caller_identity.current.account_id`), so a mapper can still tell which one it was.
 */
export function dataSourceValue(address: string, attributes: TfObject): TfObject {
  const unknown = (attribute: string): TfValue => ({ $unknown: 'data-source', refs: [{ $ref: address, attribute }] })
  const isComputed = (target: TfObject, key: string | symbol): key is string => typeof key === 'string' && !(key in target) && !key.startsWith('$')
  return new Proxy(attributes, {
    get: (target, key) => (isComputed(target, key) ? unknown(key) : Reflect.get(target, key)),
    getOwnPropertyDescriptor: (target, key) =>
      isComputed(target, key) ? { value: unknown(key), enumerable: false, configurable: true, writable: false } : Reflect.getOwnPropertyDescriptor(target, key),
  })
}
