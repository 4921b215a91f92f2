import type { DecisionCutChange, FixedNode, NarrativeReason, PlainFindingKind, ServiceGroup } from '../narrative-reasons'
import type { ScenarioId } from '../../../recovery'
import type { PartComponent } from '../../../recovery/recovery-reasons'
import type { DefenseLayer } from '../../../security'
import type { Stakeholder } from '../../../stakeholders/stakeholders'
import { formatDate, formatDollars, formatDuration, formatMs, formatNumber, formatWon } from '../../format'
import { withJosa } from '../../josa'
import { joinList, joinPhrase } from '../../join-list'
import type { Messages } from '../define'
import { COST_GROUP } from './cost-groups'
import { regionName } from './region-names'

/** Failures as titles and inside sentences: Korean uses the same words for both. */
const SCENARIO_TITLE: Record<ScenarioId, string> = {
  'task-crash': '앱 비정상 종료',
  'host-failure': '서버 하드웨어 고장',
  'db-unresponsive': '데이터베이스 응답 없음',
  'az-outage': '데이터센터 한 곳 장애',
  'bad-deploy': '잘못된 배포',
  'db-disk-full': '데이터베이스 디스크 가득 참',
  'nat-loss': '외부 인터넷 연결(NAT) 장애',
  'nat-instance-loss': '외부 인터넷 연결 서버(NAT 인스턴스) 장애',
  'endpoint-loss': 'AWS 서비스 전용 연결(VPC 엔드포인트) 장애',
  'region-outage': 'AWS 리전 전체 장애',
}

const PART_NAME: Record<PartComponent, string> = { app: '앱', database: '데이터베이스', nat: '외부 인터넷 연결(NAT)', 'load-balancer': '로드밸런서' }


const LAYER: Record<DefenseLayer['key'], string> = {
  'vpc-isolation': '사설 네트워크 격리',
  'subnet-tiers': '웹·앱·데이터 구역 분리',
  'route-tables': '데이터 구역의 인터넷 경로 차단',
  'security-groups': '최소 허용 방화벽 규칙',
  'admin-access': '통제된 관리자 접속',
  'db-least-privilege': '앱 계정의 DB 권한 최소화',
  'logging-audit': '로그와 감사 기록',
}

const FINDING_TITLE: Record<PlainFindingKind, string> = {
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
  'alb-bypasses-cloudfront': '로드밸런서를 직접 호출하면 누구나 CDN과 웹 방화벽을 건너뛸 수 있음',
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
}

const NODE: Record<FixedNode, string> = {
  alb: '로드밸런서',
  internet: '인터넷',
  office: '사무실',
  database: '데이터베이스',
  cache: '캐시',
  bastion: '관리용 서버',
  nat: '외부 인터넷 연결(NAT)',
}


const TOPIC: Record<Stakeholder, string> = { ops: '장애 복구', business: '피크 트래픽', security: '보안', finance: '예산', cto: '응답 속도' }

const list = (items: readonly string[]): string => joinList(items, 'ko')
/** What a cut changes, in plain Korean: "앱 서버 한 단계 축소". */
function cutChange(c: DecisionCutChange): string {
  switch (c.lever) {
    case 'tasks':
      return '서버 수를 피크에 필요한 만큼으로 조정'
    case 'task-size':
      return c.smaller ? '앱 서버 한 단계 축소' : '앱 서버 한 단계 확대'
    case 'nat':
      return {
        none: '외부 인터넷 연결 대신 AWS 서비스 전용 연결 사용',
        instance: '외부 인터넷 연결을 작은 서버 한 대(NAT 인스턴스)로 대체',
        single: '외부 인터넷 연결(NAT)을 데이터센터끼리 공유',
        'per-az': '데이터센터마다 외부 인터넷 연결(NAT) 설치',
      }[c.to]
    case 'db-multi-az':
      return c.on ? '다른 데이터센터에 데이터베이스 대기 복제본 추가' : '데이터베이스 대기 복제본 제거'
    case 'db-class':
      return '더 저렴한 데이터베이스 서버'
    case 'db-replicas':
      return c.count === 0 ? '읽기 전용 복제본 제거' : `읽기 전용 복제본 ${c.count}개`
    case 'cache':
      return '캐시 제거'
    case 'purchase':
      return c.reserved ? '데이터베이스 1년 약정 할인' : '데이터베이스 시간당 요금'
    case 'spot-share':
      return c.spot ? '여분 서버에 AWS 할인 여유 용량(스팟) 사용' : '모든 서버를 정가로 사용'
    case 'db-insights':
      return { off: '데이터베이스 상세 모니터링 끄기', standard: '데이터베이스 모니터링 표준 수준', advanced: '데이터베이스 모니터링 고급 수준' }[c.level]
    case 'admin-access':
      return '관리자 서버 대신 AWS를 통한 관리자 접속'
    case 'az-count':
      return `데이터센터 ${c.count}곳`
  }
}

/** "1달러 = 1,300원" */
const exchangeRate = (krwPerUsd: number) => `1달러 = ${formatWon(krwPerUsd, 'ko')}`

/** [10, 10, 10] → "10"; [6, 10] → "6~10". */
function range(values: readonly number[]): string {
  const low = Math.min(...values)
  const high = Math.max(...values)
  return low === high ? formatNumber(low, 'ko') : `${formatNumber(low, 'ko')}~${formatNumber(high, 'ko')}`
}

/** "모든 서비스" when a statement covers them all, else their names. */
function services(group: ServiceGroup): string {
  return group.every ? '모든 서비스' : list(group.names)
}

/** The stakeholder narrative in Korean, written natively rather than translated. */
export const narrative: Messages<NarrativeReason> = {
  'narrative.section-title': (p) => ({ summary: '요약', ops: '운영', business: '비즈니스', security: '보안', finance: '재무', cto: 'CTO' })[p.id],
  'narrative.verdict': (p) => ({ good: '양호', warn: '주의', bad: '조치 필요' })[p.verdict],
  'narrative.scenario-title': (p) => SCENARIO_TITLE[p.id],
  'narrative.mode': (p) => ({ auto: '자동', partial: '일부 자동', manual: '사람이 복구' })[p.mode],
  'narrative.severity': (p) => ({ high: '심각', medium: '보통', low: '경미' })[p.severity],
  'narrative.layer': (p) => LAYER[p.key],
  'narrative.cost-group': (p) => COST_GROUP[p.component],
  'narrative.finding-title': (p) => FINDING_TITLE[p.kind],
  'narrative.node': (p) => NODE[p.node],
  'narrative.node.service': (p) => p.name,
  'narrative.context': (p) =>
    `${regionName(p.region)} · 데이터센터 ${formatNumber(p.azCount, 'ko')}곳 · 서비스 ${formatNumber(p.serviceCount, 'ko')}개`,

  'narrative.exchange-rate': (p) => exchangeRate(p.krwPerUsd),
  'narrative.cannot-run': (p) => `이 계획은 그린 그대로는 실행되지 않습니다: 문제 ${p.reasons}개 때문에 시작되지 않습니다`,
  'narrative.blocker': (p) =>
    ({
      'design.no-image-pull-path': '서버가 실행할 애플리케이션을 내려받을 수 없습니다. 인터넷으로 나갈 길도, 애플리케이션 저장소로 가는 전용 연결도 없습니다.',
      'design.no-logs-path': '서버가 로그를 보낼 수 없고, 로그를 보낼 수 없으면 시작하지 않습니다.',
      'design.no-secrets-path': '서버가 시작할 때 데이터베이스 비밀번호를 가져올 수 없습니다.',
      'design.no-instance-egress': '서버가 인터넷에도 AWS 저장소에도 닿지 않아 소프트웨어를 설치하거나 업데이트할 수 없습니다.',
      'design.https-egress-blocked': '방화벽 규칙이 서버의 외부 호출을 모두 막아 서버가 시작되지 않습니다.',
      'design.nat-without-internet-gateway': '외부 인터넷 연결에 인터넷으로 나가는 문이 없습니다.',
      'design.public-load-balancer-without-internet-gateway': '네트워크에 인터넷으로 통하는 문이 없어 공개 입구를 만들 수 없습니다.',
    })[p.blocker],

  'narrative.summary.question': () => '이 구성은 지금 어떤 상태인가요?',
  'narrative.summary.headline': ({ bad, warn }) => {
    if (bad.length > 0) return `결정이 필요한 사항 ${bad.length}가지: ${list(bad.map((s) => TOPIC[s]))}`
    if (warn.length > 0) return `대체로 양호, 지켜볼 점 ${warn.length}가지: ${list(warn.map((s) => TOPIC[s]))}`
    return '모든 질문에 긍정적인 답: 진행 가능'
  },
  'narrative.summary.line': (p) => `${p.title}: ${p.headline}`,

  'narrative.ops.question': () => '어떤 장애가 저절로 복구되고, 얼마나 걸리나요?',
  'narrative.ops.headline': (p) =>
    p.autoCount === p.total
      ? `장애 ${p.total}가지 모두 자동 복구`
      : p.autoCount === 0
        ? `장애 ${p.total}가지 모두 사람이 복구해야 함`
        : `장애 ${p.total}가지 중 ${p.autoCount}가지${p.verdict === 'bad' ? '만' : ''} 자동 복구`,
  'narrative.ops.auto-others': (p) =>
    `다음 장애는 사람이 손대지 않아도 스스로 복구됩니다: ${list(
      p.failures.map((s) => `${SCENARIO_TITLE[s.id]}${s.rtoMinutes === null ? '' : `(약 ${formatDuration(s.rtoMinutes, 'ko')})`}`),
    )}.`,
  'narrative.ops.az': (p) => {
    const time = p.rtoMinutes === null ? null : formatDuration(p.rtoMinutes, 'ko')
    if (p.mode === 'auto')
      return time === null ? '데이터센터 한 곳이 멈춰도 서비스가 스스로 복구됩니다.' : `데이터센터 한 곳이 멈춰도 약 ${time} 안에 서비스가 스스로 복구됩니다.`
    const back = time === null ? '서비스가 완전히 돌아오는 시점은 장담할 수 없습니다' : `서비스가 완전히 돌아오기까지 약 ${time}이 걸립니다`
    if (p.mode === 'manual') return `데이터센터 한 곳이 멈추면 담당자가 직접 서비스를 되살려야 하며, ${back}.`
    const auto = joinPhrase(p.autoParts.map((c) => PART_NAME[c]), 'ko')
    const person = joinPhrase(p.personParts.map((c) => PART_NAME[c]), 'ko')
    return `데이터센터 한 곳이 멈추면 ${withJosa(auto, '은/는')} 스스로 복구되지만 ${withJosa(person, '은/는')} 담당자가 직접 복구해야 해서, ${back}.`
  },
  'narrative.ops.db': (p) => {
    const time = p.rtoMinutes === null ? null : formatDuration(p.rtoMinutes, 'ko')
    const copy = p.multiAz ? '데이터베이스는 다른 데이터센터에 대기 복제본이 있어' : '데이터베이스는 대기 복제본이 없어'
    const recovery =
      p.mode === 'auto'
        ? `${time ? `약 ${time} 안에 ` : ''}${p.multiAz ? '자동으로 대기 복제본으로 전환됩니다' : '스스로 복구됩니다'}`
        : p.mode === 'partial'
          ? `일부만 스스로 복구되고${time ? ` 완전히 돌아오기까지 약 ${time}이 걸립니다` : ' 완전한 복구 시점은 장담할 수 없습니다'}`
          : `담당자가 직접 복구해야 하며${time ? ` 약 ${time}이 걸립니다` : ' 복구 시점은 장담할 수 없습니다'}`
    const loss =
      p.rpoMinutes === null
        ? ' 최근 데이터를 영영 잃을 수도 있습니다.'
        : p.rpoMinutes > 0
          ? ` 이때 최근 최대 ${formatDuration(p.rpoMinutes, 'ko')} 분량의 데이터가 사라질 수 있습니다.`
          : ''
    return `${copy}, 응답이 멈추면 ${recovery}.${loss}`
  },
  'narrative.ops.partial-others': (p) => `다음 장애는 일부만 자동으로 복구됩니다: ${list(p.ids.map((id) => SCENARIO_TITLE[id]))}.`,
  'narrative.ops.manual-others': (p) => `다음 장애는 사람이 직접 복구해야 합니다: ${list(p.ids.map((id) => SCENARIO_TITLE[id]))}.`,
  'narrative.ops.goal': (p) =>
    `목표는 ${formatDuration(p.rtoMinutes, 'ko')} 안에 복구하고 ${
      p.rpoMinutes === 0 ? '데이터를 잃지 않는 것' : `잃는 데이터를 최대 ${formatDuration(p.rpoMinutes, 'ko')} 분량으로 막는 것`
    }이며, 장애 ${p.total}가지 중 ${p.meeting}가지가 이 목표를 지킵니다.`,

  'narrative.business.question': (p) => `${p.peakName} 트래픽을 감당할 수 있나요?`,
  'narrative.business.headline': (p) =>
    ({
      bad: `${p.peakName} 트래픽을 감당하지 못함`,
      warn: `${p.peakName} 트래픽 감당 가능, 여유는 부족`,
      good: `${p.peakName} 트래픽도 자동 확장으로 감당`,
    })[p.verdict],
  'narrative.business.traffic': (p) =>
    `평소 가장 바쁜 시간대에는 초당 ${formatNumber(p.busiestRps, 'ko', 1)}건의 요청이 들어오고, ${p.peakName}에는 ${
      p.ratio === null ? '' : `그 ${formatNumber(p.ratio, 'ko', 1)}배인 `
    }초당 ${formatNumber(p.peakRps, 'ko', 1)}건이 예상됩니다.`,
  'narrative.business.scaling': (p) => {
    const subject = p.serviceCount === 1 ? '서비스는' : '서비스마다'
    const typical = range(p.typicalTasks)
    const peak = range(p.peakTasks)
    if (typical === peak) return `${subject} 서버 ${typical}대로 운영하며, ${p.peakName}에도 더 늘릴 필요가 없습니다.`
    if (!typical.includes('~') && !peak.includes('~')) return `${subject} 평소 서버 ${typical}대로 운영하다가, ${p.peakName}에는 자동으로 ${peak}대까지 늘어납니다.`
    return `서비스별로 평소 서버 ${typical}대로 운영하다가, ${p.peakName}에는 자동으로 최대 ${formatNumber(Math.max(...p.peakTasks), 'ko')}대까지 늘어납니다.`
  },
  'narrative.business.outcome': (p) => {
    if (p.overloaded.names.length === 0) return `피크 때도 요청 100건 중 95건이 ${formatMs(p.worstPeakP95Ms, 'ko')} 안에 응답합니다.`
    const names = services(p.overloaded)
    return Number.isFinite(p.worstPeakP95Ms)
      ? `그래도 부족합니다. ${names}의 응답 시간이 ${formatMs(p.worstPeakP95Ms, 'ko')}로 목표 ${formatMs(p.slaP95Ms, 'ko')}보다 깁니다.`
      : `그래도 부족합니다. ${names}에 요청이 계속 쌓여 처리되지 못합니다.`
  },
  'narrative.business.below-advice': (p) =>
    `${services(p.below)}의 피크 서버 수가 분석 모델의 권장치${p.recommended.length > 0 ? `(${range(p.recommended)}대)` : ''}보다 적습니다.`,
  'narrative.business.room-to-spare': (p) => `분석 모델상 서비스당 ${range(p.recommended)}대면 충분하므로 여유가 있습니다.`,
  'narrative.business.ceiling': (p) =>
    `${withJosa(services(p.atCeiling), '은/는')} 설정된 최대치인 ${range(p.ceiling)}대에 도달해, 더 늘어날 여유가 없습니다.`,
  'narrative.business.extra-cost': (p) =>
    `${p.peakName} ${formatNumber(p.peakHours, 'ko')}시간 동안 늘어나는 서버 때문에 그달 비용이 약 ${formatWon(p.extraPeakKrw, 'ko')} 늘어납니다.`,

  'narrative.security.question': () => '인터넷에서 데이터베이스에 접근할 수 있나요?',
  'narrative.security.headline': (p) =>
    p.direct
      ? '데이터베이스가 인터넷에 노출됨'
      : p.high > 0
        ? `데이터베이스는 보호되지만 심각한 문제 ${formatNumber(p.high, 'ko')}건`
        : '인터넷에서 데이터베이스에 접근 불가',
  'narrative.security.database': (p) =>
    p.direct
      ? `인터넷의 누구나 데이터베이스에 직접 접속을 시도할 수 있습니다(포트 ${p.port}).`
      : p.zoneClosed
        ? '데이터베이스는 인터넷과 오가는 경로가 전혀 없는 내부 전용 구역에 있습니다.'
        : '인터넷에서 데이터베이스에 닿지는 않지만, 방화벽 규칙 덕분일 뿐 구역 자체는 완전히 막혀 있지 않습니다.',
  'narrative.security.path': (p) =>
    p.reachable
      ? `공격자가 데이터베이스에 닿으려면 먼저 ${p.stepping}부터 장악해야 합니다(${p.chain.join(' → ')}).`
      : '인터넷에서 데이터베이스까지 이어지는 연결 경로가 없습니다.',
  'narrative.security.exposure': (p) =>
    p.exposures.length === 0
      ? '인터넷에서 직접 접근할 수 있는 곳이 없습니다.'
      : `인터넷에서 접근할 수 있는 곳은 ${list(p.exposures.map((e) => `${e.name}(포트 ${e.ports.join(', ')})`))}뿐입니다.`,
  'narrative.security.layers': (p) =>
    p.failed.length === 0
      ? `${LAYER[p.first]}부터 ${LAYER[p.last]}까지, 보안 계층 ${p.total}개가 모두 갖춰져 있습니다.`
      : `보안 계층 ${p.total}개 중 ${p.total - p.failed.length}개가 갖춰져 있고, 부족한 계층은 ${list(p.failed.map((key) => LAYER[key]))}입니다.`,
  'narrative.security.findings': ({ high, medium, low, count, first }) => {
    if (count === 0) return '자동 점검에서 고칠 점이 발견되지 않았습니다.'
    if (high === 0 && medium === 0)
      return low === 1 ? `자동 점검에서는 경미한 사항 1건만 나왔습니다: ${first}.` : `자동 점검에서는 '${first}' 등 경미한 사항 ${low}건만 나왔습니다.`
    return `자동 점검 결과 심각 ${high}건, 보통 ${medium}건, 경미 ${low}건이 나왔으며, 가장 중요한 항목은 '${first}'입니다.`
  },

  'narrative.finance.question': () => '한 달에 얼마가 들고, 예산 안에 들어오나요?',
  'narrative.finance.headline': (p) => {
    const total = `월 ${p.complete ? '' : '최소 '}${formatWon(p.monthlyKrw, 'ko')}`
    return p.within ? `${total}, 예산 이내` : `${total}, 예산 ${formatWon(p.overByKrw, 'ko')} 초과`
  },
  'narrative.finance.total': (p) =>
    p.within
      ? `이 구성의 월 비용은 ${p.complete ? '' : '최소 '}${formatWon(p.monthlyKrw, 'ko')}으로, 예산 ${formatWon(p.budgetKrw, 'ko')}보다 ${formatWon(-p.overByKrw, 'ko')} 적습니다.`
      : `이 구성의 월 비용은 ${p.complete ? '' : '최소 '}${formatWon(p.monthlyKrw, 'ko')}으로, 예산 ${withJosa(formatWon(p.budgetKrw, 'ko'), '을/를')} ${formatWon(p.overByKrw, 'ko')} 초과합니다.`,
  'narrative.finance.dollars': (p) =>
    `달러로는 ${formatDollars(p.monthlyUsd, 'ko')}이며, 1달러당 ${formatWon(p.krwPerUsd, 'ko')}으로 환산했습니다(AWS 단가 기준일 ${formatDate(p.pricesAsOf, 'ko')}).`,
  'narrative.finance.unknown': (p) => `가격을 아직 알 수 없는 항목이 ${p.count}개 있어, 실제 비용은 이보다 높습니다.`,
  'narrative.finance.groups': (p) => `비용이 큰 항목은 ${list(p.groups.map((g) => `${COST_GROUP[g.component]} ${formatWon(g.krw, 'ko')}`))} 순입니다.`,
  'narrative.finance.gap': (p) =>
    `예산에 맞추려면 월 ${formatWon(p.overByKrw, 'ko')}(현재 비용의 ${formatNumber(p.gapPercent, 'ko')}%)을 줄이거나 예산을 늘려야 합니다.`,
  'narrative.finance.peak': (p) => `${p.peakName} 기간이 있는 달에는 늘어나는 서버 때문에 약 ${formatWon(p.peakMonthKrw, 'ko')}이 됩니다.`,

  'narrative.cto.question': () => '평소와 피크 때 모두 응답이 충분히 빠른가요?',
  'narrative.cto.headline': (p) =>
    p.verdict === 'bad'
      ? Number.isFinite(p.worstMs)
        ? `응답 ${formatMs(p.worstMs, 'ko')}, 목표 ${formatMs(p.slaMs, 'ko')} 미달`
        : '피크 때 과부하로 목표 미달'
      : `응답 ${formatMs(p.worstMs, 'ko')}, 목표 ${formatMs(p.slaMs, 'ko')} 충족`,
  'narrative.cto.target': (p) => `목표는 ${p.endpoint} 요청 100건 중 95건이 ${formatMs(p.slaMs, 'ko')} 안에 응답하는 것입니다.`,
  'narrative.cto.measured': (p) =>
    `평소 가장 바쁜 시간대에는 ${formatMs(p.typicalMs, 'ko')}, ${p.peakName}에는 ${formatMs(p.peakMs, 'ko')} 안에 응답합니다.`,
  'narrative.cto.verdict': (p) =>
    p.missing.length === 0
      ? p.serviceCount === 1
        ? '평소와 피크 때 모두 목표를 지킵니다.'
        : `서비스 ${p.serviceCount}개가 평소와 피크 때 모두 목표를 지킵니다.`
      : `목표를 지키지 못하는 서비스: ${list(p.missing)}.`,
  'narrative.cto.network': (p) => `이 중 ${formatMs(p.networkMs, 'ko')}는 사용자와 AWS 사이를 오가는 네트워크 시간입니다.`,
  'narrative.cto.headroom': (p) => `가장 느린 응답도 허용 시간의 ${formatNumber(p.usedPercent, 'ko')}%만 쓰므로 여유가 충분합니다.`,

  'narrative.decision.title': () => '결정 사항과 다음 단계',
  'narrative.decision.headline.over': (p) => `월 ${formatWon(p.monthlyKrw, 'ko')} 승인, 또는 ${formatWon(p.overByKrw, 'ko')} 절감`,
  'narrative.decision.headline.security': () => '심각한 보안 문제부터 해결',
  'narrative.decision.headline.resilience': () => '복원력에 얼마를 더 쓸지 결정',
  'narrative.decision.headline.capacity': () => '피크 대비 서버 증설',
  'narrative.decision.headline.ready': () => '승인 가능',
  'narrative.decision.budget': (p) =>
    `예산: 월 ${formatWon(p.monthlyKrw, 'ko')}(계획보다 ${formatWon(p.overByKrw, 'ko')} 많음)을 승인하거나, 예산 ${formatWon(p.budgetKrw, 'ko')}에 맞게 구성을 줄여야 합니다.`,
  'narrative.decision.option': (p) => {
    const what = {
      'multi-az': '데이터베이스에 다른 데이터센터의 대기 복제본을 두면',
      'nat-per-az': '데이터센터마다 외부 인터넷 연결(NAT)을 따로 두면',
      'one-more-task': '서비스마다 서버를 1대씩 늘리면',
    }[p.option]
    const gains = [
      p.deltaAutoRecovery > 0 ? `자동으로 복구되는 장애가 ${p.deltaAutoRecovery}가지` : null,
      p.deltaWithinObjectives > 0 ? `복구 목표 시간 안에 끝나는 장애가 ${p.deltaWithinObjectives}가지` : null,
    ].filter((g): g is string => g !== null)
    return `${what} 월 ${formatWon(p.deltaKrw, 'ko')}이 늘고, ${gains.join(', ')} 늘어납니다.`
  },
  'narrative.decision.cut': (p) => {
    const recovery = p.losses.map((l) => {
      // [ending a sentence, joining the next clause]
      const mode = l.modeChanged ? (l.to === 'manual' ? ['담당자가 직접 복구해야 합니다', '담당자가 직접 복구해야 하고'] : ['일부만 자동으로 복구됩니다', '일부만 자동으로 복구되고']) : null
      const time =
        l.rtoAfter === l.rtoBefore ? null : l.rtoAfter === null ? '복구 시간을 장담할 수 없습니다' : `복구에 ${formatDuration(l.rtoBefore ?? 0, 'ko')} 대신 ${withJosa(formatDuration(l.rtoAfter, 'ko'), '이/가')} 걸립니다`
      const how = mode && time ? `${mode[1]}, ${time}` : mode ? mode[0] : time
      return `${withJosa(SCENARIO_TITLE[l.id], '은/는')} ${how}.`
    })
    const speed = p.p95 ? `피크 때 응답은 ${formatMs(p.p95.beforeMs, 'ko')}에서 ${withJosa(formatMs(p.p95.afterMs, 'ko'), '으로/로')} 늘어납니다${p.p95.overSla ? '(목표 초과)' : ''}.` : null
    const costs = recovery.length > 0 ? [...recovery, ...(speed ? [speed] : [])].join(' ') : speed ? `장애 복구는 그대로이며, ${speed}` : '장애 복구는 그대로입니다.'
    return `또는 월 ${withJosa(formatWon(p.savingKrw, 'ko'), '을/를')} 줄여 월 ${withJosa(formatWon(p.monthlyKrw, 'ko'), '으로/로')}: ${list(p.changes.map(cutChange))}. ${costs}`
  },
  'narrative.decision.capacity': (p) => `응답 속도 목표를 지키려면 서비스마다 서버를 1대씩 늘려야 하며, 월 ${formatWon(p.deltaKrw, 'ko')}이 늘어납니다.`,
  'narrative.decision.undersized': (p) =>
    p.atCeiling
      ? `${p.name}의 최대 서버 수를 ${p.max}대에서 ${p.recommended}대 이상으로 올려 피크 때 여유를 확보합니다.`
      : `${p.name}의 자동 확장 기준을 낮춰 피크 때 최소 ${p.recommended}대까지 늘어나도록 합니다.`,
  'narrative.decision.combined': (p) =>
    `둘 다 적용하면 월 비용은 ${formatWon(p.monthlyKrw, 'ko')}, 자동으로 복구되는 장애는 ${p.total}가지 중 ${p.autoCount}가지가 됩니다.`,
  'narrative.decision.security': (p) => `심각한 보안 문제 ${p.titles.length}건을 먼저 고쳐야 합니다: ${list(p.titles)}.`,
  'narrative.decision.nothing': () => '승인 전에 바꿔야 할 것이 없습니다.',
  'narrative.decision.basis': (p) =>
    `모든 수치는 이 구성에 대한 ArchDeck 모델의 계산값입니다. AWS 단가 기준일은 ${formatDate(p.asOf, 'ko')}, 환율은 ${exchangeRate(p.krwPerUsd)}입니다.`,
}
