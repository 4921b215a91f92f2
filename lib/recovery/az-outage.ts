import { joinTexts, listWords, text, type Text } from '../explain/text'
import type { Locale } from '../i18n/locale'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { assessAppPart, assessDatabasePart, assessLoadBalancerPart, assessNatPart, type AzOutagePart } from './az-outage-parts'
import { combineModes } from './combine-modes'
import { joinImprovements } from './join-improvements'
import { MODE_WORDS, PART_LABELS } from './part-labels'
import { minutesText } from './round-minutes'
import type { RecoveryMode, ScenarioDraft } from './types'

const BASTION_MAY_BE_LOST = text(
  'The bastion lives in one AZ and is not replaced, so admin access may be lost too.',
  '배스천은 한 AZ에 있고 대체되지 않으므로, 관리자 접속도 끊길 수 있습니다.',
)
const CACHE_NODE_LOST = text(
  'The single cache node lives in one AZ; until it is replaced every read goes to the database.',
  '단일 캐시 노드는 한 AZ에 있습니다. 교체될 때까지 모든 읽기가 데이터베이스로 갑니다.',
)
const AZ_STOPS = text(
  'An AZ stops answering; load balancer health checks mark its targets unhealthy.',
  '한 AZ가 응답을 멈추고, 로드 밸런서 헬스 체크가 그곳의 대상을 비정상으로 표시합니다.',
)

/**
 * A whole availability zone fails. Four parts recover on their own terms: app, database, NAT and
 * load balancer. The scenario is auto when every part is, manual when none is, partial otherwise;
 * RTO is the slowest part (unbounded if any is), RPO is the database's.
 * Example (swiftlogix): app auto (2 min), database manual (60 min), NAT manual (60 min), load
 * balancer auto (1 min) → partial, RTO max(2, 60, 60, 1) = 60 min, RPO 5 min.
 * Parts are listed app, database, NAT, load balancer; a config without a load balancer has three.
 */
export function assessAzOutage(config: ArchitectureConfig): ScenarioDraft {
  const database = assessDatabasePart(config)
  const parts = [assessAppPart(config), database, assessNatPart(config), assessLoadBalancerPart(config)].filter(
    (p): p is AzOutagePart => p !== undefined,
  )
  const mode = combineModes(parts.map((p) => p.mode))
  const rtos = parts.map((p) => p.rtoMinutes)
  const rtoMinutes = rtos.some((r) => r === null) ? null : Math.max(...(rtos as number[]))
  const hasBastion = config.adminAccess.bastion !== undefined
  const hasSingleCacheNode = config.cache?.nodes === 1
  const rtoList = rtos.map(minutesText)
  const slowest = minutesText(rtoMinutes)
  const rpo = minutesText(database.rpoMinutes)
  return {
    id: 'az-outage',
    mode,
    rtoMinutes,
    rpoMinutes: database.rpoMinutes,
    reason: joinTexts([
      summariseParts(parts),
      {
        en: `Recovery takes the slowest part: max(${rtoList.map((t) => t.en).join(', ')}) = ${slowest.en}; data loss is the database's (RPO ${rpo.en}).`,
        ko: `복구 시간은 가장 느린 부분이 정합니다: max(${rtoList.map((t) => t.ko).join(', ')}) = ${slowest.ko}. 데이터 손실은 데이터베이스의 몫입니다(RPO ${rpo.ko}).`,
      },
      hasBastion && BASTION_MAY_BE_LOST,
      hasSingleCacheNode && CACHE_NODE_LOST,
    ]),
    steps: [
      AZ_STOPS,
      ...parts.map((p) => ({
        en: `${capitalise(PART_LABELS.en[p.component] ?? p.component)} (${MODE_WORDS.en[p.mode]}): ${p.reason.en}`,
        ko: `${PART_LABELS.ko[p.component] ?? p.component}(${MODE_WORDS.ko[p.mode]}): ${p.reason.ko}`,
      })),
    ],
    parts: parts.map(({ component, mode: partMode, reason }) => ({ component, mode: partMode, reason })),
    singlePointsOfFailure: [
      ...parts.flatMap((p) => p.singlePointsOfFailure),
      ...(hasBastion ? ['bastion'] : []),
      ...(hasSingleCacheNode ? ['cache'] : []),
    ],
    improvement: joinImprovements(parts.map((p) => p.improvement)),
  }
}

/** "The app and load balancer recover on their own; the database and NAT need a person." */
function summariseParts(parts: readonly AzOutagePart[]): Text {
  const names = (locale: Locale, mode: RecoveryMode) => parts.filter((p) => p.mode === mode).map((p) => PART_LABELS[locale][p.component] ?? p.component)
  const auto = listWords(names('en', 'auto'))
  const manual = listWords(names('en', 'manual'))
  const autoCount = names('en', 'auto').length
  const manualCount = names('en', 'manual').length
  const autoText = autoCount > 0 ? `the ${auto.en} recover${autoCount === 1 ? 's' : ''} on ${autoCount === 1 ? 'its' : 'their'} own` : ''
  const manualText = manualCount > 0 ? `the ${manual.en} need${manualCount === 1 ? 's' : ''} a person` : ''
  const autoKo = listWords(names('ko', 'auto')).ko
  const manualKo = listWords(names('ko', 'manual')).ko
  const ko = [autoCount > 0 ? `${withJosa(autoKo, '은/는')} 스스로 복구되고` : '', manualCount > 0 ? `${manualKo}에는 사람이 필요합니다` : '']
  return {
    en: `${capitalise([autoText, manualText].filter(Boolean).join('; '))}.`,
    ko: manualCount > 0 ? `${ko.filter(Boolean).join(', ')}.` : `${withJosa(autoKo, '은/는')} 스스로 복구됩니다.`,
  }
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}
