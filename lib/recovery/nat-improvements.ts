import { listWords, text, type Text } from '../explain/text'
import type { VpcEndpoint } from '../model'

/** The changes that take the NAT out of the recovery path, shared by nat-loss and az-outage. */
export const USE_NAT_PER_AZ = text('Run one NAT gateway per AZ', 'AZ마다 NAT 게이트웨이 하나씩 두기')

export const REPLACE_NAT_INSTANCE = text(
  'Replace the NAT instance with one NAT gateway per AZ',
  'NAT 인스턴스를 AZ마다 하나씩 두는 NAT 게이트웨이로 바꾸기',
)

/** Example: ['ecr-api', 'ecr-dkr'] → "Add VPC endpoints for ecr-api and ecr-dkr". */
export function addVpcEndpoints(missing: readonly VpcEndpoint[]): Text {
  const names = listWords(missing)
  return { en: `Add VPC endpoints for ${names.en}`, ko: `${names.ko} VPC 엔드포인트 추가하기` }
}
