import { text, type Text } from '../explain/text'
import type { Network, Tier } from '../model'

/**
 * A tier is internet-routable when its route table sends 0.0.0.0/0 to an internet gateway
 * that exists. Example: swiftlogix's public tier → true, its private-app tier (via NAT) → false.
 */
export function isInternetRoutable(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): boolean {
  return network.routing[tier].defaultRoute === 'igw' && network.internetGateway
}

/**
 * The tier's default route in words, for explanations; the Korean is a noun phrase for parentheses.
 * Example: private-db with defaultRoute 'none' → { en: 'no route to the internet gateway', ko: '인터넷 게이트웨이로 가는 경로 없음' }.
 */
export function describeTierRoute(network: Pick<Network, 'routing' | 'internetGateway'>, tier: Tier): Text {
  switch (network.routing[tier].defaultRoute) {
    case 'none':
      return text('no route to the internet gateway', '인터넷 게이트웨이로 가는 경로 없음')
    case 'nat':
      return text(
        'its default route is a NAT gateway, which carries only outbound connections',
        '기본 경로가 NAT 게이트웨이라 아웃바운드 연결만 가능',
      )
    case 'igw':
      return network.internetGateway
        ? text('default route to the internet gateway', '기본 경로: 인터넷 게이트웨이')
        : text('its default route names an internet gateway the VPC does not have', '기본 경로가 VPC에 없는 인터넷 게이트웨이를 가리킴')
  }
}
