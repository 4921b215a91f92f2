import { text, type Text } from '../explain/text'
import type { ArchitectureConfig, Requirements, RuleSource } from '../model'
import { withJosa } from '../narrative/josa'
import { planSubnets, TIERS } from '../network'
import type { AdminAccessReview } from './admin-access'
import { isPrivateCidr } from './cidr'
import type { Finding } from './finding'

/** One of seed 000's seven layers of defense in depth, checked against a config. */
export type DefenseLayer = {
  /** 1–7, in the seed's order. */
  id: number
  key: string
  name: string
  passed: boolean
  evidence: string
  /** Name and evidence in Korean; read either language through layerText in lib/i18n/engine-text.ts. */
  ko: { name: string; evidence: string }
}

/** A layer as each check states it; `toLayer` splits it into the English fields and the Korean shadow. */
type LayerDraft = { id: number; key: string; name: Text; passed: boolean; evidence: Text }

function toLayer({ id, key, name, passed, evidence }: LayerDraft): DefenseLayer {
  return { id, key, name: name.en, passed, evidence: evidence.en, ko: { name: name.ko, evidence: evidence.ko } }
}

/** Findings that break least-privilege security groups (layer 4). */
const LAYER_4_FINDINGS = ['sg-world-', 'data-sg-cidr-peer:']

/**
 * Seed 000 step 3: VPC isolation, subnet tiers, route tables, security groups, admin access,
 * DB user privileges, logging. Example (swiftlogix): all seven pass; with network.flowLogs = false
 * layer 7 fails with 'VPC flow logs are off (required by the security policy); …'.
 */
export function checkDefenseLayers(
  config: ArchitectureConfig,
  requirements: Requirements,
  findings: readonly Finding[],
  admin: AdminAccessReview,
): DefenseLayer[] {
  const network = config.network
  const subnets = planSubnets(config)
  const subnetIds = (tier: string) => subnets.filter((s) => s.tier === tier).map((s) => s.id)
  const db = config.database
  const routes = network.routing
  const routeWords: Record<'igw' | 'nat' | 'none', Text> = {
    igw: network.internetGateway ? text('IGW', 'IGW') : text('IGW (missing)', 'IGW(없음)'),
    nat: text('NAT (outbound only)', 'NAT(아웃바운드 전용)'),
    none: text('local only', '로컬 전용'),
  }
  const sgFindings = findings.filter((f) => LAYER_4_FINDINGS.some((prefix) => f.id.startsWith(prefix)))
  const dbGroups = [...db.securityGroups, ...(config.cache?.securityGroups ?? [])]
  const dbPeers = config.securityGroups
    .filter((g) => dbGroups.includes(g.id))
    .flatMap((g) => g.ingress.map((r) => nameOfPeer(config, r.peer)))
  const peers = [...new Set(dbPeers)].join(', ')
  const flowLogsRequired = requirements.securityPolicy.requireFlowLogs
  const logsOn = config.monitoring.logRetentionDays >= 1
  const vpcPrivate = isPrivateCidr(network.vpcCidr)
  const vpc = withJosa(network.vpcCidr, '은/는')
  const tierList = (open: string, close: string) => TIERS.map((t) => `${t}${open}${subnetIds(t).join(', ')}${close}`).join('; ')
  const routeList = (locale: 'en' | 'ko') => TIERS.map((t) => `${t} → ${routeWords[routes[t].defaultRoute][locale]}`).join(', ')
  const violations = sgFindings.map((f) => f.id).join(', ')

  return [
    {
      id: 1,
      key: 'vpc-isolation',
      name: text('VPC isolation', 'VPC 격리'),
      passed: vpcPrivate,
      evidence: vpcPrivate
        ? text(`VPC ${network.vpcCidr} is private (RFC 1918) address space; IPv6 is not used.`, `VPC ${vpc} 사설(RFC 1918) 주소 공간입니다. IPv6는 사용하지 않습니다.`)
        : text(`VPC ${network.vpcCidr} is not RFC 1918 private space.`, `VPC ${vpc} RFC 1918 사설 주소 공간이 아닙니다.`),
    },
    {
      id: 2,
      key: 'subnet-tiers',
      name: text('Subnet tiers', '서브넷 계층 분리'),
      passed: TIERS.every((t) => subnetIds(t).length > 0) && !db.publiclyAccessible,
      evidence: text(
        `${TIERS.length} tiers × ${network.azCount} AZ: ${tierList(' (', ')')}; ` +
          `the database sits in private-db${db.publiclyAccessible ? ' but is publicly accessible' : ' with no public address'}.`,
        `계층 ${TIERS.length}개 × AZ ${network.azCount}개: ${tierList('(', ')')}. ` +
          `데이터베이스는 private-db에 있${db.publiclyAccessible ? '지만 퍼블릭 액세스가 켜져 있습니다.' : '고 퍼블릭 주소가 없습니다.'}`,
      ),
    },
    {
      id: 3,
      key: 'route-tables',
      name: text('Route-table control', '라우팅 테이블 통제'),
      passed: routes['private-db'].defaultRoute === 'none' && routes['private-app'].defaultRoute !== 'igw',
      evidence: text(`Default routes: ${routeList('en')}.`, `기본 경로는 ${routeList('ko')}입니다.`),
    },
    {
      id: 4,
      key: 'security-groups',
      name: text('Least-privilege security groups', '최소 권한 보안 그룹'),
      passed: sgFindings.length === 0,
      evidence:
        sgFindings.length === 0
          ? text(
              `World-open ingress only on web ports of internet-facing ALBs; data-tier groups admit only ${peers || 'nothing'}.`,
              `전체 공개(0.0.0.0/0) 인바운드는 internet-facing ALB의 웹 포트에만 있고, ` +
                (peers ? `데이터 계층 보안 그룹은 ${peers}만 허용합니다.` : '데이터 계층 보안 그룹은 아무것도 허용하지 않습니다.'),
            )
          : text(`Violations: ${violations}.`, `위반 항목: ${violations}.`),
    },
    {
      id: 5,
      key: 'admin-access',
      name: text('Controlled admin access', '통제된 관리자 접속'),
      passed: admin.meetsPolicy,
      evidence: text(admin.evidence, admin.ko.evidence),
    },
    {
      id: 6,
      key: 'db-least-privilege',
      name: text('DB user least privilege', 'DB 사용자 최소 권한'),
      passed: db.appUserLeastPrivilege,
      evidence: db.appUserLeastPrivilege
        ? text(
            'The app user may only SELECT, INSERT, UPDATE and DELETE (no DROP, ALTER, CREATE).',
            '앱 사용자는 SELECT, INSERT, UPDATE, DELETE만 실행할 수 있습니다(DROP, ALTER, CREATE 불가).',
          )
        : text(
            'The app user is not marked least-privilege: a compromised task could DROP or ALTER tables.',
            '앱 사용자가 최소 권한으로 지정되어 있지 않습니다. 태스크 하나가 탈취되면 테이블을 DROP하거나 ALTER할 수 있습니다.',
          ),
    },
    {
      id: 7,
      key: 'logging-audit',
      name: text('Logging and audit', '로깅과 감사'),
      passed: logsOn && (network.flowLogs || !flowLogsRequired),
      evidence: text(
        `VPC flow logs are ${network.flowLogs ? 'on' : 'off'}${flowLogsRequired ? ' (required by the security policy)' : ''}; ` +
          `CloudWatch Logs keep ${config.monitoring.logRetentionDays} days.`,
        `VPC Flow Logs가 ${network.flowLogs ? '켜져' : '꺼져'} 있습니다${flowLogsRequired ? '(보안 정책 필수 항목)' : ''}. ` +
          `CloudWatch Logs 보존 기간은 ${config.monitoring.logRetentionDays}일입니다.`,
      ),
    },
  ].map(toLayer)
}

/** 'ECS-SG' for a group peer, the CIDR for a range. */
function nameOfPeer(config: ArchitectureConfig, peer: RuleSource): string {
  if (peer.kind === 'cidr') return peer.cidr
  return config.securityGroups.find((g) => g.id === peer.sgId)?.name ?? peer.sgId
}
