import { say, type Locale } from '../i18n'
import type { Finding } from '../security'

/**
 * Each kind of security finding in a sentence a CFO can follow. The kind is the part of the
 * finding id before the first colon ('sg-world-ssh:bastion-sg' → 'sg-world-ssh'). An unknown kind
 * falls back to the engine's own message in the same language, so a new rule is never silently dropped.
 */
const TITLES: Record<Locale, Record<string, string>> = {
  en: {
    'sg-world-all-ports': 'a firewall rule lets the whole internet in on every port',
    'sg-world-ssh': 'remote server login is open to the whole internet',
    'sg-world-rdp': 'remote desktop is open to the whole internet',
    'sg-world-db-port': "a firewall rule opens the database's door to the whole internet",
    'sg-world-web-port': 'web traffic reaches servers without passing the load balancer',
    'sg-world-other-port': 'a firewall rule opens unusual ports to the whole internet',
    'db-public': 'the database has a public internet address',
    'db-unencrypted': 'the stored data is not encrypted',
    'db-in-internet-routable-subnet': "the database's zone has a route to the internet",
    'cache-unencrypted': 'the cache is not encrypted',
    'db-app-user-privileged': "the app's database account could delete whole tables",
    'data-sg-cidr-peer': 'the data zone admits address ranges instead of named callers',
    'waf-off-with-cloudfront': 'the CDN has no web firewall in front of it',
    'http-listener-without-redirect': 'a load balancer accepts unencrypted web traffic',
    'alb-keeps-invalid-headers': 'a load balancer passes on malformed requests',
    'no-flow-logs': 'network connections are not logged',
    'container-insights-off': 'detailed server monitoring (Container Insights) is off',
    'vpc-cidr-not-private': 'the network uses public address space',
    'route-private-app-igw': "the app servers' zone is open to the internet",
    'route-private-db-nat': "the database's zone can reach the internet",
    'public-ip-on-launch': 'new servers get a public internet address automatically',
    'policy-breach': 'a connection the security policy forbids is possible',
    'no-admin-path': 'administrators have no controlled way in',
    'admin-access-mismatch': 'admin access does not follow the security policy',
    'bastion-ssh-not-single-host': 'the admin server admits logins from a wide address range',
  },
  ko: {
    'sg-world-all-ports': '방화벽 규칙이 모든 포트를 인터넷 전체에 열어 둠',
    'sg-world-ssh': '서버 원격 접속(SSH)이 인터넷 전체에 열려 있음',
    'sg-world-rdp': '원격 데스크톱(RDP)이 인터넷 전체에 열려 있음',
    'sg-world-db-port': '데이터베이스 포트가 인터넷 전체에 열려 있음',
    'sg-world-web-port': '웹 트래픽이 로드밸런서를 거치지 않고 서버에 닿음',
    'sg-world-other-port': '일반적이지 않은 포트가 인터넷 전체에 열려 있음',
    'db-public': '데이터베이스에 공인 인터넷 주소가 있음',
    'db-unencrypted': '저장된 데이터가 암호화되어 있지 않음',
    'db-in-internet-routable-subnet': '데이터베이스 구역에 인터넷 경로가 있음',
    'cache-unencrypted': '캐시가 암호화되어 있지 않음',
    'db-app-user-privileged': '앱의 DB 계정이 테이블을 통째로 지울 수 있음',
    'data-sg-cidr-peer': '데이터 구역이 지정된 호출자 대신 주소 대역을 허용함',
    'waf-off-with-cloudfront': 'CDN 앞에 웹 방화벽(WAF)이 없음',
    'http-listener-without-redirect': '로드밸런서가 암호화되지 않은 웹 요청을 받음',
    'alb-keeps-invalid-headers': '로드밸런서가 형식이 잘못된 요청을 그대로 전달함',
    'no-flow-logs': '네트워크 접속 기록(VPC 흐름 로그)이 꺼져 있음',
    'container-insights-off': '서버 상세 모니터링(Container Insights)이 꺼져 있음',
    'vpc-cidr-not-private': '네트워크가 공인 주소 대역을 사용함',
    'route-private-app-igw': '앱 서버 구역이 인터넷에 열려 있음',
    'route-private-db-nat': '데이터베이스 구역에서 인터넷으로 나갈 수 있음',
    'public-ip-on-launch': '새 서버에 공인 주소가 자동으로 붙음',
    'policy-breach': '보안 정책이 금지한 연결이 가능함',
    'no-admin-path': '관리자가 통제된 방식으로 접속할 경로가 없음',
    'admin-access-mismatch': '관리자 접속 방식이 보안 정책과 다름',
    'bastion-ssh-not-single-host': '관리용 서버가 넓은 주소 대역의 접속을 허용함',
  },
}

export function describeFinding(finding: Finding, locale: Locale): string {
  const kind = finding.id.split(':')[0] ?? finding.id
  return TITLES[locale][kind] ?? say(locale, finding.message)
}

/** Whether a finding kind has plain words (tests use it to catch a new rule without them). */
export function hasPlainTitle(findingId: string): boolean {
  const kind = findingId.split(':')[0] ?? findingId
  return kind in TITLES.en && kind in TITLES.ko
}
