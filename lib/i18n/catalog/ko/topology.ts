import type { Tier } from '../../../model'
import type { TopoNodeKind } from '../../../topology/topology-kinds'
import type { TopologyReason } from '../../../topology/topology-reasons'
import { formatNotation as n } from '../../format'
import type { Messages } from '../define'

const TIER: Record<Tier, string> = { public: '퍼블릭', 'private-app': '프라이빗 앱', 'private-db': '프라이빗 DB' }

/** What a collapsed group holds; Korean counts with 개 after the noun. */
const NOUN: Record<TopoNodeKind, string> = {
  service: '서비스',
  alb: '로드 밸런서',
  nat: 'NAT 게이트웨이',
  bastion: '배스천 호스트',
  database: '데이터베이스',
  cache: '캐시',
  endpoint: '엔드포인트',
  igw: '인터넷 게이트웨이',
  region: '리전',
  vpc: 'VPC',
  az: '가용 영역',
  'subnet-group': '서브넷',
  external: '외부 주소 범위',
  cloudfront: 'CloudFront 배포',
  waf: '웹 ACL',
  route53: '호스팅 영역',
}

/** ' · 피크 14개 중 7개', or nothing when the peak runs the usual count. */
const atPeak = (peak: { inAz: number; tasks: number } | null) => (peak ? ` · 피크 ${peak.tasks}개 중 ${peak.inAz}개` : '')

/** The topology's box and line labels in Korean; AWS names, instance types and ports stay as AWS writes them. */
export const topology: Messages<TopologyReason> = {
  'topology.name': (p) => p.name,
  'topology.notation': (p) => p.text,
  'topology.box.internet': () => '인터넷',
  'topology.box.internet-gateway': () => '인터넷 게이트웨이',
  'topology.box.endpoint': (p) => `${p.service} 엔드포인트`,
  'topology.box.subnet': (p) => `${TIER[p.tier]} 서브넷`,
  'topology.box.subnet-summary': (p) => `${TIER[p.tier]} · AZ ${p.azLetter}`,
  'topology.box.nat-gateway': () => 'NAT 게이트웨이',
  'topology.box.nat-instance': () => 'NAT 인스턴스',
  'topology.box.bastion': () => '배스천 호스트',
  'topology.box.standby': () => 'RDS 대기',
  'topology.detail.gateway-endpoint': () => '게이트웨이 엔드포인트',
  'topology.detail.interface-endpoint': () => '인터페이스 엔드포인트',
  'topology.detail.hosted-zones': (p) => `호스팅 영역 ${p.count}개`,
  'topology.detail.waf-rules': (p) => `규칙 ${p.count}개`,
  'topology.detail.load-balancer': (p) => `${p.scheme === 'external' ? '인터넷 연결' : '내부'} · ${p.listeners}`,
  'topology.detail.bastion': (p) => `${p.instanceType} · 퍼블릭 IP`,
  'topology.detail.fargate-service': (p) => `태스크 ${p.tasks}개 중 ${p.inAz}개${atPeak(p.peak)} · ${n(p.vcpu)} vCPU / ${n(p.memoryGb)} GB`,
  'topology.detail.ec2-service': (p) => `인스턴스 ${p.tasks}대 중 ${p.inAz}대${atPeak(p.peak)} · ${p.instanceType}`,
  'topology.detail.database': (p) => `${p.instanceClass} · ${p.multiAz ? 'Multi-AZ' : 'Single-AZ'}${p.readReplicas > 0 ? ` · 읽기 복제본 ${p.readReplicas}개` : ''}`,
  'topology.detail.standby': (p) => `${p.instanceClass} · 동기식 복제본`,
  'topology.members': (p) => [...p.named.map((m) => `${NOUN[m.kind]} ${m.count}개`), ...(p.more > 0 ? [`그 밖에 ${p.more}개`] : [])].join(', '),
  'topology.members.none': () => '리소스 없음',
  'topology.edge.origin': () => '오리진',
  'topology.edge.filters': () => '필터링',
  'topology.edge.forwards': (p) => `${p.port} 포트로 전달`,
  'topology.edge.forwards-range': (p) => `${p.fromPort}–${p.toPort} 포트로 전달`,
  'topology.edge.ports': (p) => `포트 ${p.count}개`,
}
