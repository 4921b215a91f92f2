import { joinTexts, text } from '../explain/text'
import type { ArchitectureConfig, Requirements } from '../model'
import { withJosa } from '../narrative/josa'
import { isWorldCidr } from './cidr'
import type { Finding } from './finding'
import { isInternetRoutable } from './internet-routing'

/**
 * Database and cache settings that expose or weaken the data tier, and DB/cache groups that
 * admit address ranges instead of security groups (world ranges are findWorldOpenIngress's).
 * Example: database.publiclyAccessible → { id: 'db-public', severity: 'high', rule: 'CKV_AWS_17', … }.
 */
export function findDataStoreIssues(config: ArchitectureConfig, requirements: Requirements): Finding[] {
  const db = config.database
  const findings: Finding[] = []
  const required = requirements.securityPolicy.requireEncryption && text('The security policy requires encryption.', '보안 정책은 암호화를 요구합니다.')
  if (db.publiclyAccessible) {
    findings.push({
      id: 'db-public',
      severity: 'high',
      rule: 'CKV_AWS_17',
      resource: 'database',
      message: 'The database is publicly accessible: RDS gives it a public DNS name and address.',
      fix: 'Set publicly accessible to off; reach the database through the bastion or SSM port forwarding.',
      ko: {
        message: '데이터베이스의 퍼블릭 액세스가 켜져 있습니다. RDS가 퍼블릭 DNS 이름과 주소를 부여합니다.',
        fix: '퍼블릭 액세스를 끄고, 배스천 호스트나 SSM 포트 포워딩을 거쳐 데이터베이스에 접속하세요.',
      },
    })
  }
  if (!db.encrypted) {
    const says = joinTexts([text('The database storage is not encrypted at rest.', '데이터베이스 스토리지가 저장 시 암호화되어 있지 않습니다.'), required])
    const fix = text(
      'Turn on storage encryption (KMS). An existing instance needs an encrypted snapshot copy and a restore.',
      '스토리지 암호화(KMS)를 켜세요. 기존 인스턴스는 암호화된 스냅샷 사본을 만들어 복원해야 합니다.',
    )
    findings.push({
      id: 'db-unencrypted',
      severity: 'high',
      rule: 'CKV_AWS_16',
      resource: 'database',
      message: says.en,
      fix: fix.en,
      ko: { message: says.ko, fix: fix.ko },
    })
  }
  if (isInternetRoutable(config.network, 'private-db')) {
    findings.push({
      id: 'db-in-internet-routable-subnet',
      severity: 'high',
      resource: 'subnet:private-db',
      message: 'The private-db route table sends 0.0.0.0/0 to the internet gateway, so the database subnets are public subnets.',
      fix: 'Remove the default route from the private-db route table (local routes only).',
      ko: {
        message: 'private-db 라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보내므로, 데이터베이스 서브넷이 퍼블릭 서브넷입니다.',
        fix: 'private-db 라우팅 테이블에서 기본 경로를 삭제하고 로컬 경로만 남기세요.',
      },
    })
  }
  if (config.cache && !config.cache.encrypted) {
    const says = joinTexts([text('The cache is not encrypted at rest or in transit.', '캐시가 저장 시에도, 전송 중에도 암호화되어 있지 않습니다.'), required])
    const fix = text('Turn on at-rest and in-transit encryption for the replication group.', '복제 그룹(replication group)의 저장 시 암호화와 전송 중 암호화를 켜세요.')
    findings.push({
      id: 'cache-unencrypted',
      severity: 'medium',
      rule: 'CKV_AWS_29, CKV_AWS_30',
      resource: 'cache',
      message: says.en,
      fix: fix.en,
      ko: { message: says.ko, fix: fix.ko },
    })
  }
  if (!db.appUserLeastPrivilege) {
    findings.push({
      id: 'db-app-user-privileged',
      severity: 'medium',
      resource: 'database',
      message: 'The application\'s database user may run DROP/ALTER/CREATE: a compromised task could destroy the schema.',
      fix: 'Grant the app user only SELECT, INSERT, UPDATE and DELETE; keep DDL for a separate migration user.',
      ko: {
        message: '애플리케이션의 데이터베이스 사용자가 DROP/ALTER/CREATE를 실행할 수 있습니다. 태스크 하나가 탈취되면 스키마가 파괴될 수 있습니다.',
        fix: '앱 사용자에게는 SELECT, INSERT, UPDATE, DELETE만 부여하고, DDL은 별도의 마이그레이션 사용자에게만 허용하세요.',
      },
    })
  }
  const dataGroups = [...new Set([...db.securityGroups, ...(config.cache?.securityGroups ?? [])])]
  for (const sgId of dataGroups) {
    const sg = config.securityGroups.find((g) => g.id === sgId)
    const ranges = (sg?.ingress ?? []).flatMap((r) => (r.peer.kind === 'cidr' && !isWorldCidr(r.peer.cidr) ? [r.peer.label ?? r.peer.cidr] : []))
    if (!sg || ranges.length === 0) continue
    const listed = [...new Set(ranges)].join(', ')
    const says = text(
      `${sg.name} admits address ranges (${listed}) rather than only security groups.`,
      `${withJosa(sg.name, '이/가')} 보안 그룹만이 아니라 주소 대역(${listed})도 허용합니다.`,
    )
    const fix = text(
      'Admit the data tier only from the security groups of its callers, which follow tasks as they move.',
      '데이터 계층에는 호출하는 쪽의 보안 그룹에서 오는 연결만 허용하세요. 보안 그룹은 태스크가 옮겨 가도 따라갑니다.',
    )
    findings.push({
      id: `data-sg-cidr-peer:${sgId}`,
      severity: 'medium',
      resource: `sg:${sgId}`,
      message: says.en,
      fix: fix.en,
      ko: { message: says.ko, fix: fix.ko },
    })
  }
  return findings
}
