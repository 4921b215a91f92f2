import type { AdminEvidence, CompromiseStep, DefaultRoute, GroupPeers, Peer, SecurityReason } from '../../../security/security-reasons'
import { withJosa } from '../../josa'
import type { Messages } from '../define'

/** A reason inside another one's params, in Korean. */
const s = (reason: SecurityReason): string => (security[reason.code] as (params: SecurityReason['params']) => string)(reason.params)

/** '0.0.0.0/0(Internet)', 'ECS-SG'; lists keep commas. */
function peers(all: readonly Peer[]): string {
  return [...new Set(all.map((p) => ('group' in p ? p.group : 'prefixList' in p ? 'CloudFront(관리형 접두사 목록)' : p.label ? `${p.cidr}(${p.label})` : p.cidr)))].join(', ')
}

/** 'PostgreSQL(5432)을', 'TCP 1024-2048을': the particle follows the last word or number. */
function asObject(words: string): string {
  return withJosa(words, '을/를')
}

const ROUTE: Record<DefaultRoute, string> = { igw: 'IGW', 'igw-missing': 'IGW(없음)', nat: 'NAT(아웃바운드 전용)', none: '로컬 전용' }

function adminEvidence(p: AdminEvidence['params']): string {
  const sources = p.sshSources.join(', ')
  const bastion = {
    none: '배스천 호스트가 없습니다.',
    'no-ssh': '배스천 호스트에 SSH 인바운드 규칙이 없습니다.',
    restricted: `배스천 호스트는 ${sources}에서만 SSH를 허용합니다.`,
    wide: `배스천 호스트는 ${sources}에서 SSH를 허용합니다(/32 주소만이 아님).`,
  }[p.bastion]
  const managed = [p.ssm ? 'SSM Session Manager' : '', p.instanceConnect ? 'EC2 Instance Connect Endpoint' : ''].filter(Boolean)
  const asked = { either: '배스천 호스트 또는 SSM', ssm: 'SSM', bastion: '배스천 호스트' }[p.required]
  // Both names end in a vowel as Koreans read them (매니저, 엔드포인트), so the particle is 를.
  const uses = managed.length > 0 ? `${managed.join(', ')}를 사용합니다.` : 'SSM이나 EC2 Instance Connect Endpoint는 쓰지 않습니다.'
  return [bastion, uses, `보안 정책은 ${withJosa(asked, '을/를')} 요구합니다.`].join(' ')
}

function compromise(steps: readonly CompromiseStep[], relayedByAlb: boolean): string {
  if (steps.length === 0) return relayedByAlb ? '(ALB는 설계대로 이 트래픽을 전달함)' : ''
  const names = steps.map((step) => ('resource' in step ? s(step.resource) : 'albTarget' in step ? 'ALB 대상' : `${step.alb}의 대상 ${step.target}`))
  return `(공격자가 먼저 ${withJosa(names.join(', 그다음 '), '을/를')} 장악해야 함)`
}

/** The groups that admit the port, each with its peers: 'RDS-SG가 0.0.0.0/0(Internet)에서 오는 포트 5432를'. */
function admitted(port: number, groups: readonly GroupPeers[]): string {
  return groups.map((g) => `${withJosa(g.group, '이/가')} ${peers(g.peers)}에서 오는 포트 ${withJosa(String(port), '을/를')}`).join(', ')
}

/** Security in Korean. Exposures and blocks are noun-ending clauses ('…에 있음(…)') so they list after a colon. */
export const security: Messages<SecurityReason> = {
  'security.route.none': () => '인터넷 게이트웨이로 가는 경로 없음',
  'security.route.nat': () => '기본 경로가 NAT 게이트웨이라 아웃바운드 연결만 가능',
  'security.route.igw': () => '기본 경로: 인터넷 게이트웨이',
  'security.route.igw-missing': () => '기본 경로가 VPC에 없는 인터넷 게이트웨이를 가리킴',

  'security.resource.named': (p) => p.name,
  'security.resource.database': () => '데이터베이스',
  'security.resource.cache': () => '캐시',
  'security.resource.bastion': () => '배스천 호스트',
  'security.resource.nat-instance': () => 'NAT 인스턴스',
  'security.resource.nat-gateway': (p) => `${p.az}의 NAT 게이트웨이`,

  'security.exposure.alb-public': (p) => `${withJosa(s(p.resource), '은/는')} public 계층의 internet-facing ALB임(기본 경로: 인터넷 게이트웨이)`,
  'security.exposure.alb-unroutable': (p) => `${withJosa(s(p.resource), '은/는')} internet-facing이지만 인터넷에서 닿지 않음(public 계층: ${s(p.route)})`,
  'security.exposure.alb-internal': (p) => `${withJosa(s(p.resource), '은/는')} internal ALB임(private-app 계층, 퍼블릭 주소 없음)`,
  'security.exposure.service-public-ip': (p) =>
    `${withJosa(s(p.resource), '은/는')} private-app 계층에서 퍼블릭 IP가 있는 EC2 인스턴스로 실행됨(기본 경로: 인터넷 게이트웨이)`,
  'security.exposure.service-no-public-address': (p) =>
    `${withJosa(s(p.resource), '은/는')} private-app 계층(기본 경로: 인터넷 게이트웨이)에 있지만 퍼블릭 주소가 없음`,
  'security.exposure.isolated': (p) => `${withJosa(s(p.resource), '은/는')} ${p.tier} 계층에 있음(${s(p.route)})`,
  'security.exposure.db-public': () => '데이터베이스는 퍼블릭 액세스가 켜져 있고 private-db 계층이 인터넷 게이트웨이로 라우팅됨',
  'security.exposure.db-public-unroutable': (p) => `데이터베이스는 퍼블릭 액세스가 켜져 있지만 인터넷에서 닿지 않음(private-db 계층: ${s(p.route)})`,
  'security.exposure.db-not-public': () => '데이터베이스는 private-db 계층(기본 경로: 인터넷 게이트웨이)에 있지만 퍼블릭 액세스가 꺼져 있음',
  'security.exposure.cache': () => '캐시는 private-db 계층에 있고 ElastiCache는 퍼블릭 주소를 받지 않음',
  'security.exposure.bastion-public': () => '배스천 호스트는 public 계층에서 퍼블릭 IP를 가짐(기본 경로: 인터넷 게이트웨이)',
  'security.exposure.bastion-unroutable': (p) => `배스천 호스트는 퍼블릭 IP가 있지만 인터넷에서 닿지 않음(public 계층: ${s(p.route)})`,
  'security.exposure.nat': () => 'NAT는 VPC 안에서 시작한 연결만 전달함',

  'security.admin.evidence': adminEvidence,

  'security.layer.vpc-isolation': () => 'VPC 격리',
  'security.layer.subnet-tiers': () => '서브넷 계층 분리',
  'security.layer.route-tables': () => '라우팅 테이블 통제',
  'security.layer.security-groups': () => '최소 권한 보안 그룹',
  'security.layer.admin-access': () => '통제된 관리자 접속',
  'security.layer.db-least-privilege': () => 'DB 사용자 최소 권한',
  'security.layer.logging-audit': () => '로깅과 감사',

  'security.evidence.vpc-private': (p) => `VPC ${withJosa(p.cidr, '은/는')} 사설(RFC 1918) 주소 공간입니다. IPv6는 사용하지 않습니다.`,
  'security.evidence.vpc-not-private': (p) => `VPC ${withJosa(p.cidr, '은/는')} RFC 1918 사설 주소 공간이 아닙니다.`,
  'security.evidence.subnet-tiers': (p) =>
    `계층 ${p.tiers.length}개 × AZ ${p.azCount}개: ${p.tiers.map((t) => `${t.tier}(${t.subnets.join(', ')})`).join('; ')}. ` +
    `데이터베이스는 private-db에 있${p.dbPublic ? '지만 퍼블릭 액세스가 켜져 있습니다.' : '고 퍼블릭 주소가 없습니다.'}`,
  'security.evidence.routes': (p) => `기본 경로는 ${p.routes.map((r) => `${r.tier} → ${ROUTE[r.route]}`).join(', ')}입니다.`,
  'security.evidence.sg-least-privilege': (p) =>
    '전체 공개(0.0.0.0/0) 인바운드는 internet-facing ALB의 웹 포트에만 있고, ' +
    (p.dataPeers.length > 0 ? `데이터 계층 보안 그룹은 ${p.dataPeers.join(', ')}만 허용합니다.` : '데이터 계층 보안 그룹은 아무것도 허용하지 않습니다.'),
  'security.evidence.sg-violations': (p) => `위반 항목: ${p.findingIds.join(', ')}.`,
  'security.evidence.db-least-privilege': () => '앱 사용자는 SELECT, INSERT, UPDATE, DELETE만 실행할 수 있습니다(DROP, ALTER, CREATE 불가).',
  'security.evidence.db-privileged': () =>
    '앱 사용자가 최소 권한으로 지정되어 있지 않습니다. 태스크 하나가 탈취되면 테이블을 DROP하거나 ALTER할 수 있습니다.',
  'security.evidence.logging': (p) =>
    `VPC Flow Logs가 ${p.flowLogs ? '켜져' : '꺼져'} 있습니다${p.flowLogsRequired ? '(보안 정책 필수 항목)' : ''}. ` +
    `CloudWatch Logs 보존 기간은 ${p.retentionDays}일입니다.`,

  'security.ports.all': (p) => `모든 포트(${p.rules.join(', ')})를`,
  'security.ports.ssh': (p) => `SSH(${p.port})를`,
  'security.ports.rdp': (p) => `RDP(${p.port})를`,
  'security.ports.data': (p) => asObject(p.ports.map((d) => `${d.engine}(${d.port})`).join(', ')),
  'security.ports.web': (p) =>
    p.carriers.length === 0 ? `웹 포트 ${asObject(p.ports.join(', '))}` : `${p.carriers.map(s).join(', ')}의 웹 포트 ${asObject(p.ports.join(', '))}`,
  'security.ports.other': (p) => asObject(p.rules.join(', ')),

  'security.answers-only': (p) => `${withJosa(s(p.resource), '은/는')} 포트 ${p.ports.join(', ')}에서만 응답함`,
  'security.nothing-listens': (p) => `${s(p.resource)}에서 해당 포트로 수신 대기하는 프로세스가 알려져 있지 않음`,

  'security.note.no-carrier': () => '아직 이 보안 그룹을 쓰는 리소스가 없습니다.',
  'security.note.reached': (p) => `지금 이 규칙을 통해 인터넷에서 ${p.reached.map((r) => `${r.target}(포트 ${r.port})`).join(', ')}에 닿습니다.`,
  'security.note.unreached': (p) =>
    `현재 인터넷에서는 닿지 않습니다: ${p.shields.map(s).join('; ')}. 다만 라우팅 테이블이나 퍼블릭 액세스 설정 하나만 바뀌어도 노출됩니다.`,

  'security.finding.sg-world': (p) => `${withJosa(p.group, '이/가')} 0.0.0.0/0에서 ${s(p.ports)} 허용합니다. ${s(p.note)}`,
  'security.finding.db-public': () => '데이터베이스의 퍼블릭 액세스가 켜져 있습니다. RDS가 퍼블릭 DNS 이름과 주소를 부여합니다.',
  'security.finding.db-unencrypted': (p) =>
    `데이터베이스 스토리지가 저장 시 암호화되어 있지 않습니다.${p.policyRequires ? ' 보안 정책은 암호화를 요구합니다.' : ''}`,
  'security.finding.db-in-internet-routable-subnet': () =>
    'private-db 라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보내므로, 데이터베이스 서브넷이 퍼블릭 서브넷입니다.',
  'security.finding.cache-unencrypted': (p) =>
    `캐시가 저장 시에도, 전송 중에도 암호화되어 있지 않습니다.${p.policyRequires ? ' 보안 정책은 암호화를 요구합니다.' : ''}`,
  'security.finding.db-app-user-privileged': () =>
    '애플리케이션의 데이터베이스 사용자가 DROP/ALTER/CREATE를 실행할 수 있습니다. 태스크 하나가 탈취되면 스키마가 파괴될 수 있습니다.',
  'security.finding.data-sg-cidr-peer': (p) => `${withJosa(p.group, '이/가')} 보안 그룹만이 아니라 주소 대역(${p.ranges.join(', ')})도 허용합니다.`,
  'security.finding.waf-off-with-cloudfront': () =>
    'CloudFront에 WAF 웹 ACL이 없습니다. 흔한 공격 기법과 봇 트래픽이 걸러지지 않고 오리진까지 도달합니다.',
  'security.finding.alb-bypasses-cloudfront': (p) =>
    `${withJosa(p.group, '이/가')} 0.0.0.0/0에서 포트 ${withJosa(p.ports.join(', '), '을/를')} 허용하므로, 누구나 ${withJosa(p.loadBalancer, '을/를')} 직접 호출해 CloudFront${p.waf ? '와 WAF' : ''}를 건너뛸 수 있습니다.`,
  'security.finding.http-listener-without-redirect': (p) =>
    `${withJosa(p.loadBalancer, '이/가')} HTTPS로 리디렉션하지 않고 포트 ${p.ports.join(', ')}에서 암호화되지 않은 HTTP를 제공합니다.`,
  'security.finding.alb-keeps-invalid-headers': (p) =>
    `${withJosa(p.loadBalancer, '이/가')} 이름이 잘못된 HTTP 헤더를 그대로 전달합니다. 요청 스머글링(request smuggling) 공격에 악용될 수 있습니다.`,
  'security.finding.no-flow-logs': (p) =>
    `VPC Flow Logs가 꺼져 있습니다. 거부된 연결도, 허용된 연결도 기록이 남지 않습니다.${p.policyRequires ? ' 보안 정책은 Flow Logs를 요구합니다.' : ''}`,
  'security.finding.container-insights-off': () => 'ECS Container Insights가 꺼져 있습니다. 태스크별 CPU, 메모리, 재시작 횟수가 기록되지 않습니다.',
  'security.finding.vpc-cidr-not-private': (p) => `VPC가 RFC 1918 사설 주소 공간이 아닌 ${withJosa(p.cidr, '을/를')} 사용합니다.`,
  'security.finding.route-private-app-igw': () =>
    'private-app 라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보냅니다. 앱 계층이 퍼블릭 서브넷이 된 상태입니다.',
  'security.finding.route-private-db-nat': () =>
    'private-db 라우팅 테이블에 NAT 게이트웨이로 가는 기본 경로가 있습니다. 데이터 계층은 인터넷이 전혀 필요 없습니다.',
  'security.finding.public-ip-on-launch': (p) => `${p.tier} 서브넷에서 시작하는 인스턴스가 퍼블릭 IPv4 주소를 자동으로 받습니다.`,
  'security.finding.policy-breach': (p) =>
    `보안 정책은 ${p.from} → ${p.to} 연결을 허용하지 않지만, ${p.shown.map((e) => `${e.from} → ${e.to} 포트 ${e.port}(${e.sgId})`).join(', ')}` +
    `${p.more > 0 ? ` 외 ${p.more}건` : ''} 연결이 가능합니다.`,
  'security.finding.no-admin-path': () =>
    '배스천 호스트도, SSM Session Manager도, EC2 Instance Connect Endpoint도 없습니다. 운영자가 통제된 방식으로 접속할 경로가 없습니다.',
  'security.finding.admin-access-mismatch': (p) => `관리자 접속 방식이 보안 정책과 맞지 않습니다. ${s(p.evidence)}`,
  'security.finding.bastion-ssh-not-single-host': (p) =>
    `${withJosa(p.group, '이/가')} 호스트 하나보다 넓은 주소 대역에서 배스천 호스트로의 SSH를 허용합니다.`,

  'security.fix.sg-world-all-ports': () => '모든 포트를 여는 규칙을 없애고, 리소스가 실제로 쓰는 포트만 호출하는 쪽의 보안 그룹에서 허용하세요.',
  'security.fix.sg-world-ssh': () =>
    'SSH는 사무실 /32에서만 허용하거나, SSH를 없애고 SSM Session Manager나 EC2 Instance Connect Endpoint를 사용하세요.',
  'security.fix.sg-world-rdp': () => 'RDP는 알려진 /32 주소에서만 허용하거나 SSM Fleet Manager를 사용하세요.',
  'security.fix.sg-world-db-port': () => '데이터 포트는 애플리케이션과 배스천 호스트의 보안 그룹에서만 허용하세요.',
  'security.fix.sg-world-web-port': () => '웹 트래픽은 internet-facing ALB로 받고, 여기서는 80/443을 ALB의 보안 그룹에서만 허용하세요.',
  'security.fix.sg-world-other-port': () => '이 포트들은 필요한 보안 그룹이나 /32 주소에서만 허용하세요.',
  'security.fix.db-public': () => '퍼블릭 액세스를 끄고, 배스천 호스트나 SSM 포트 포워딩을 거쳐 데이터베이스에 접속하세요.',
  'security.fix.db-unencrypted': () => '스토리지 암호화(KMS)를 켜세요. 기존 인스턴스는 암호화된 스냅샷 사본을 만들어 복원해야 합니다.',
  'security.fix.db-in-internet-routable-subnet': () => 'private-db 라우팅 테이블에서 기본 경로를 삭제하고 로컬 경로만 남기세요.',
  'security.fix.cache-unencrypted': () => '복제 그룹(replication group)의 저장 시 암호화와 전송 중 암호화를 켜세요.',
  'security.fix.db-app-user-privileged': () =>
    '앱 사용자에게는 SELECT, INSERT, UPDATE, DELETE만 부여하고, DDL은 별도의 마이그레이션 사용자에게만 허용하세요.',
  'security.fix.data-sg-cidr-peer': () =>
    '데이터 계층에는 호출하는 쪽의 보안 그룹에서 오는 연결만 허용하세요. 보안 그룹은 태스크가 옮겨 가도 따라갑니다.',
  'security.fix.waf-off-with-cloudfront': () => '배포(distribution)에 AWS WAF 웹 ACL(관리형 핵심 규칙 세트)을 연결하세요.',
  'security.fix.alb-bypasses-cloudfront': () =>
    '리스너 포트를 0.0.0.0/0 대신 CloudFront의 오리진 대면 관리형 접두사 목록(com.amazonaws.global.cloudfront.origin-facing)에서만 허용하세요. 이 목록에는 모든 배포가 들어 있으므로, CloudFront가 비밀 헤더를 붙이고 ALB가 이를 확인하게 하세요.',
  'security.fix.http-listener-without-redirect': () => 'HTTP 리스너가 HTTPS로 리디렉션(301)하게 하거나 리스너를 삭제하세요.',
  'security.fix.alb-keeps-invalid-headers': () => 'routing.http.drop_invalid_header_fields.enabled를 true로 설정하세요.',
  'security.fix.no-flow-logs': () => 'VPC Flow Logs를 켜고 CloudWatch Logs나 S3로 보내세요.',
  'security.fix.container-insights-off': () => '클러스터의 Container Insights를 켜세요.',
  'security.fix.vpc-cidr-not-private': () => '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 안의 CIDR 블록을 사용하세요.',
  'security.fix.route-private-app-igw': () => '앱 계층은 NAT 게이트웨이(아웃바운드 전용)나 VPC 엔드포인트를 거치도록 라우팅하세요.',
  'security.fix.route-private-db-nat': () => 'private-db 라우팅 테이블에는 로컬 경로만 두세요.',
  'security.fix.public-ip-on-launch': () =>
    '퍼블릭 IP 자동 할당(map-public-IP-on-launch)을 끄고, 주소가 필요한 인스턴스(배스천 호스트)에만 부여하세요.',
  'security.fix.policy-breach': (p) =>
    `이 연결을 허용하는 규칙을 삭제하세요. 의도한 연결이라면 정책에 { from: '${p.from}', to: '${p.to}' } 항목을 추가하세요.`,
  'security.fix.no-admin-path': () => 'SSM Session Manager(인바운드 포트 불필요)를 켜거나, 사무실 /32에서만 SSH를 허용하는 배스천 호스트를 추가하세요.',
  'security.fix.admin-access-ssm': () => 'SSM Session Manager나 EC2 Instance Connect Endpoint를 켜세요.',
  'security.fix.admin-access-bastion': () => '보안 그룹이 /32 주소에서만 SSH를 허용하는 배스천 호스트를 추가하거나, 정책이 허용한다면 SSM을 사용하세요.',
  'security.fix.bastion-ssh-not-single-host': () => 'SSH 출발지를 사무실의 /32 주소로 좁히세요.',

  'security.subject.internet': () => '인터넷',
  'security.subject.principal': (p) => p.id,

  'security.opening.alb-forwards': (p) => `${withJosa(s(p.alb), '이/가')} 대상(target)인 이곳으로 포트 ${withJosa(String(p.port), '을/를')} 전달함`,
  'security.opening.local': () => '둘 다 VPC 안에 있음(로컬 경로)',

  'security.block.forwards-only': (p) =>
    p.targets.length
      ? `${withJosa(s(p.resource), '은/는')} 자신의 대상(${p.targets.join(', ')})으로만 전달함`
      : `${withJosa(s(p.resource), '은/는')} 자신의 대상으로만 전달하는데 대상이 없음`,
  'security.block.no-rule': (p) =>
    p.groups.length === 0 ? `포트 ${p.port}에서 허용하는 보안 그룹 규칙이 없음` : `${withJosa(p.groups.join(', '), '이/가')} 포트 ${p.port}에서 아무것도 허용하지 않음`,
  'security.block.admits-only': (p) =>
    p.groups.map((g) => `${withJosa(g.group, '이/가')} 포트 ${withJosa(String(p.port), '을/를')} ${peers(g.peers)}에서만 허용함`).join('; '),
  'security.block.no-egress': (p) =>
    `${p.groups.join(', ')}의 아웃바운드 규칙이 ${withJosa(s(p.target), '으로/로')} 가는 포트 ${withJosa(String(p.port), '을/를')} 허용하지 않음`,

  'security.reach.unknown-source': (p) => `알 수 없는 출발지 "${p.from}"입니다. 다음 중 하나를 쓰세요: ${p.known.join(', ')}.`,
  'security.reach.unknown-target': (p) => `알 수 없는 대상 "${p.target}"입니다. 다음 중 하나를 쓰세요: ${p.known.join(', ')}.`,
  'security.reach.self': (p) => `${withJosa(s(p.subject), '이/가')} 바로 대상 자신입니다.`,
  'security.reach.direct': (p) =>
    `${s(p.subject)}에서 ${s(p.target)}에 포트 ${withJosa(String(p.port), '으로/로')} 직접 접속할 수 있습니다: ${s(p.opening)}, ` +
    `${withJosa(p.group, '이/가')} ${peers(p.peers)}에서 오는 포트 ${withJosa(String(p.port), '을/를')} 허용함.`,
  'security.reach.blocked': (p) => {
    const although = p.although.length > 0 ? ` ${admitted(p.port, p.although)} 허용하기는 합니다.` : ''
    const blocked = `${s(p.subject)}에서 ${s(p.target)}에 포트 ${withJosa(String(p.port), '으로/로')} 직접 접속할 수 없습니다: ${p.blocks.map(s).join(', ')}.${although}`
    const nearest = p.nearest
      ? ` 가장 가까운 경로는 ${p.nearest.chain.join(' → ')}입니다${compromise(p.nearest.compromise, p.nearest.relayedByAlb)}.`
      : ` ${s(p.subject)}에서 ${s(p.target)}까지 포트 ${withJosa(String(p.port), '으로/로')} 이어지는 허용된 연결 경로가 없습니다.`
    return blocked + nearest
  },
}
