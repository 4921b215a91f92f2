import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { TIERS } from '../network'
import { isPrivateCidr } from './cidr'
import type { Finding } from './finding'
import { isInternetRoutable } from './internet-routing'

/**
 * Routing and addressing that weaken tier isolation.
 * Example: routing['private-app'].defaultRoute = 'igw' → { id: 'route-private-app-igw', severity: 'medium', … };
 * routing.public.mapPublicIpOnLaunch = true → { id: 'public-ip-on-launch:public', rule: 'CKV_AWS_130', … }.
 */
export function findNetworkIssues(config: ArchitectureConfig): Finding[] {
  const network = config.network
  const findings: Finding[] = []
  if (!isPrivateCidr(network.vpcCidr)) {
    findings.push({
      id: 'vpc-cidr-not-private',
      severity: 'low',
      resource: 'vpc',
      message: `The VPC uses ${network.vpcCidr}, which is not RFC 1918 private space.`,
      fix: 'Use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
      ko: {
        message: `VPC가 RFC 1918 사설 주소 공간이 아닌 ${withJosa(network.vpcCidr, '을/를')} 사용합니다.`,
        fix: '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 안의 CIDR 블록을 사용하세요.',
      },
    })
  }
  if (isInternetRoutable(network, 'private-app')) {
    findings.push({
      id: 'route-private-app-igw',
      severity: 'medium',
      resource: 'subnet:private-app',
      message: 'The private-app route table sends 0.0.0.0/0 to the internet gateway: the app tier is a public subnet.',
      fix: 'Route the app tier through a NAT gateway (outbound only) or VPC endpoints.',
      ko: {
        message: 'private-app 라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보냅니다. 앱 계층이 퍼블릭 서브넷이 된 상태입니다.',
        fix: '앱 계층은 NAT 게이트웨이(아웃바운드 전용)나 VPC 엔드포인트를 거치도록 라우팅하세요.',
      },
    })
  }
  if (network.routing['private-db'].defaultRoute === 'nat') {
    findings.push({
      id: 'route-private-db-nat',
      severity: 'medium',
      resource: 'subnet:private-db',
      message: 'The private-db route table has a default route through a NAT gateway; the data tier needs no internet at all.',
      fix: 'Keep the private-db route table to local routes only.',
      ko: {
        message: 'private-db 라우팅 테이블에 NAT 게이트웨이로 가는 기본 경로가 있습니다. 데이터 계층은 인터넷이 전혀 필요 없습니다.',
        fix: 'private-db 라우팅 테이블에는 로컬 경로만 두세요.',
      },
    })
  }
  for (const tier of TIERS) {
    if (!network.routing[tier].mapPublicIpOnLaunch) continue
    findings.push({
      id: `public-ip-on-launch:${tier}`,
      severity: 'low',
      rule: 'CKV_AWS_130',
      resource: `subnet:${tier}`,
      message: `Instances launched in the ${tier} subnets get a public IPv4 address automatically.`,
      fix: 'Turn off map-public-IP-on-launch; give an address only to the instance that needs one (the bastion).',
      ko: {
        message: `${tier} 서브넷에서 시작하는 인스턴스가 퍼블릭 IPv4 주소를 자동으로 받습니다.`,
        fix: '퍼블릭 IP 자동 할당(map-public-IP-on-launch)을 끄고, 주소가 필요한 인스턴스(배스천 호스트)에만 부여하세요.',
      },
    })
  }
  return findings
}
