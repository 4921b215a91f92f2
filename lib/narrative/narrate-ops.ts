import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import type { Scenario } from '../model'
import type { RecoveryMode, ScenarioAssessment, ScenarioId } from '../recovery'
import { formatDuration } from '../i18n/format'
import { withJosa } from '../i18n/josa'
import { joinList, joinPhrase } from '../i18n/join-list'
import { PART_NAME, SCENARIO_PHRASE, SECTION_TITLE } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

/** The two failures the ops slide explains on their own; the rest are listed by mode. */
const EXPLAINED: readonly ScenarioId[] = ['az-outage', 'db-unresponsive']

type OpsFacts = {
  total: number
  autoCount: number
  /** Auto scenarios other than the explained two, with their RTO. */
  autoOthers: ScenarioAssessment[]
  partialOthers: ScenarioAssessment[]
  manualOthers: ScenarioAssessment[]
  az: ScenarioAssessment | undefined
  db: ScenarioAssessment | undefined
  multiAz: boolean
  goalRtoMinutes: number
  goalRpoMinutes: number
  meetingGoal: number
}

function gatherFacts(scenario: Scenario, { recovery }: Evaluation): OpsFacts {
  const others = (mode: RecoveryMode) => recovery.scenarios.filter((s) => s.mode === mode && !EXPLAINED.includes(s.id))
  return {
    total: recovery.scenarios.length,
    autoCount: recovery.autoCount,
    autoOthers: others('auto'),
    partialOthers: others('partial'),
    manualOthers: others('manual'),
    az: recovery.scenarios.find((s) => s.id === 'az-outage'),
    db: recovery.scenarios.find((s) => s.id === 'db-unresponsive'),
    multiAz: scenario.config.database.multiAz,
    goalRtoMinutes: scenario.requirements.recovery.rtoMinutes,
    goalRpoMinutes: scenario.requirements.recovery.rpoMinutes,
    meetingGoal: recovery.scenarios.filter((s) => s.meetsObjectives).length,
  }
}

/** Half the failures fixing themselves is where a night on call stops being the norm. */
function judge(f: OpsFacts): Verdict {
  return f.autoCount === f.total ? 'good' : f.autoCount * 2 >= f.total ? 'warn' : 'bad'
}

function partNames(az: ScenarioAssessment, mode: RecoveryMode, locale: Locale): string[] {
  return (az.parts ?? []).filter((p) => p.mode === mode).map((p) => PART_NAME[locale][p.component as keyof (typeof PART_NAME)['en']] ?? p.component)
}

const en = {
  headline: (f: OpsFacts) =>
    f.autoCount === f.total
      ? `All ${f.total} failures fix themselves`
      : f.autoCount === 0
        ? `None of the ${f.total} failures fixes itself`
        : `${f.autoCount} of ${f.total} failures fix themselves`,
  question: 'Which failures fix themselves, and how fast?',
  autoOthers: (f: OpsFacts) =>
    `These fix themselves, without anyone stepping in: ${joinList(
      f.autoOthers.map((s) => `${SCENARIO_PHRASE.en[s.id]}${s.rtoMinutes === null ? '' : ` (about ${formatDuration(s.rtoMinutes, 'en')})`}`),
      'en',
    )}.`,
  az: (az: ScenarioAssessment) => {
    const time = az.rtoMinutes === null ? null : formatDuration(az.rtoMinutes, 'en')
    if (az.mode === 'auto')
      return time === null ? 'If one data centre fails, the service recovers by itself.' : `If one data centre fails, the service recovers by itself in about ${time}.`
    const back = time === null ? 'no one can promise when the service is fully back' : `the service is fully back in about ${time}`
    if (az.mode === 'manual') return `If one data centre fails, someone has to bring the service back by hand: ${back}.`
    const auto = partNames(az, 'auto', 'en')
    const manual = [...partNames(az, 'manual', 'en'), ...partNames(az, 'partial', 'en')]
    const carry = auto.length === 1 ? 'carries on by itself' : 'carry on by themselves'
    const need = manual.length === 1 ? 'needs' : 'need'
    return `If one data centre fails, ${joinList(auto, 'en')} ${carry}, but ${joinList(manual, 'en')} ${need} a person: ${back}.`
  },
  db: (db: ScenarioAssessment, multiAz: boolean) => {
    const time = db.rtoMinutes === null ? null : `about ${formatDuration(db.rtoMinutes, 'en')}`
    const copy = multiAz ? 'The database has a standby copy in a second data centre' : 'The database has no standby copy'
    const recovery =
      db.mode === 'auto'
        ? `${multiAz ? 'it switches to the standby by itself' : 'it recovers by itself'}${time ? ` in ${time}` : ''}`
        : db.mode === 'partial'
          ? `it partly recovers by itself${time ? `, and is fully back in ${time}` : ''}`
          : `a person has to bring it back${time ? `, which takes ${time}` : ''}`
    const loss =
      db.rpoMinutes === null
        ? ', and recent data may be lost for good'
        : db.rpoMinutes > 0
          ? `, and up to ${formatDuration(db.rpoMinutes, 'en')} of the latest data may be lost`
          : ''
    return `${copy}: if it stops responding, ${recovery}${loss}.`
  },
  partialOthers: (f: OpsFacts) => `These partly fix themselves: ${joinList(f.partialOthers.map((s) => SCENARIO_PHRASE.en[s.id]), 'en')}.`,
  manualOthers: (f: OpsFacts) => `These need a person to recover: ${joinList(f.manualOthers.map((s) => SCENARIO_PHRASE.en[s.id]), 'en')}.`,
  goal: (f: OpsFacts) =>
    `The goal is to be back within ${formatDuration(f.goalRtoMinutes, 'en')} ${
      f.goalRpoMinutes === 0 ? 'with no data lost' : `with at most ${formatDuration(f.goalRpoMinutes, 'en')} of data lost`
    }; ${f.meetingGoal} of ${f.total} failures meet it.`,
}

const ko = {
  headline: (f: OpsFacts) =>
    f.autoCount === f.total
      ? `장애 ${f.total}가지 모두 자동 복구`
      : f.autoCount === 0
        ? `장애 ${f.total}가지 모두 사람이 복구해야 함`
        : `장애 ${f.total}가지 중 ${f.autoCount}가지${judge(f) === 'bad' ? '만' : ''} 자동 복구`,
  question: '어떤 장애가 저절로 복구되고, 얼마나 걸리나요?',
  autoOthers: (f: OpsFacts) =>
    `다음 장애는 사람이 손대지 않아도 스스로 복구됩니다: ${joinList(
      f.autoOthers.map((s) => `${SCENARIO_PHRASE.ko[s.id]}${s.rtoMinutes === null ? '' : `(약 ${formatDuration(s.rtoMinutes, 'ko')})`}`),
      'ko',
    )}.`,
  az: (az: ScenarioAssessment) => {
    const time = az.rtoMinutes === null ? null : formatDuration(az.rtoMinutes, 'ko')
    if (az.mode === 'auto')
      return time === null ? '데이터센터 한 곳이 멈춰도 서비스가 스스로 복구됩니다.' : `데이터센터 한 곳이 멈춰도 약 ${time} 안에 서비스가 스스로 복구됩니다.`
    const back = time === null ? '서비스가 완전히 돌아오는 시점은 장담할 수 없습니다' : `서비스가 완전히 돌아오기까지 약 ${time}이 걸립니다`
    if (az.mode === 'manual') return `데이터센터 한 곳이 멈추면 담당자가 직접 서비스를 되살려야 하며, ${back}.`
    const auto = joinPhrase(partNames(az, 'auto', 'ko'), 'ko')
    const manual = joinPhrase([...partNames(az, 'manual', 'ko'), ...partNames(az, 'partial', 'ko')], 'ko')
    return `데이터센터 한 곳이 멈추면 ${withJosa(auto, '은/는')} 스스로 복구되지만 ${withJosa(manual, '은/는')} 담당자가 직접 복구해야 해서, ${back}.`
  },
  db: (db: ScenarioAssessment, multiAz: boolean) => {
    const time = db.rtoMinutes === null ? null : formatDuration(db.rtoMinutes, 'ko')
    const copy = multiAz ? '데이터베이스는 다른 데이터센터에 대기 복제본이 있어' : '데이터베이스는 대기 복제본이 없어'
    const recovery =
      db.mode === 'auto'
        ? `${time ? `약 ${time} 안에 ` : ''}${multiAz ? '자동으로 대기 복제본으로 전환됩니다' : '스스로 복구됩니다'}`
        : db.mode === 'partial'
          ? `일부만 스스로 복구되고${time ? ` 완전히 돌아오기까지 약 ${time}이 걸립니다` : ' 완전한 복구 시점은 장담할 수 없습니다'}`
          : `담당자가 직접 복구해야 하며${time ? ` 약 ${time}이 걸립니다` : ' 복구 시점은 장담할 수 없습니다'}`
    const loss =
      db.rpoMinutes === null
        ? ' 최근 데이터를 영영 잃을 수도 있습니다.'
        : db.rpoMinutes > 0
          ? ` 이때 최근 최대 ${formatDuration(db.rpoMinutes, 'ko')} 분량의 데이터가 사라질 수 있습니다.`
          : ''
    return `${copy}, 응답이 멈추면 ${recovery}.${loss}`
  },
  partialOthers: (f: OpsFacts) => `다음 장애는 일부만 자동으로 복구됩니다: ${joinList(f.partialOthers.map((s) => SCENARIO_PHRASE.ko[s.id]), 'ko')}.`,
  manualOthers: (f: OpsFacts) => `다음 장애는 사람이 직접 복구해야 합니다: ${joinList(f.manualOthers.map((s) => SCENARIO_PHRASE.ko[s.id]), 'ko')}.`,
  goal: (f: OpsFacts) =>
    `목표는 ${formatDuration(f.goalRtoMinutes, 'ko')} 안에 복구하고 ${
      f.goalRpoMinutes === 0 ? '데이터를 잃지 않는 것' : `잃는 데이터를 최대 ${formatDuration(f.goalRpoMinutes, 'ko')} 분량으로 막는 것`
    }이며, 장애 ${f.total}가지 중 ${f.meetingGoal}가지가 이 목표를 지킵니다.`,
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * "Which failures fix themselves, and how fast?" in plain words.
 * Example (swiftlogix, en): "2 of 8 failures fix themselves"; "If one data centre fails, the app and
 * the load balancer carry on by themselves, but the database and the servers' outbound internet
 * link need a person: the service is fully back in about 60 minutes."
 */
export function narrateOps(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const t = TEXT[locale]
  const sentences = [
    f.autoOthers.length > 0 ? t.autoOthers(f) : null,
    f.az ? t.az(f.az) : null,
    f.db ? t.db(f.db, f.multiAz) : null,
    f.partialOthers.length > 0 ? t.partialOthers(f) : null,
    f.manualOthers.length > 0 ? t.manualOthers(f) : null,
    t.goal(f),
  ].filter((s): s is string => s !== null)
  return { id: 'ops', title: SECTION_TITLE[locale].ops, question: t.question, headline: t.headline(f), sentences, verdict: judge(f) }
}
