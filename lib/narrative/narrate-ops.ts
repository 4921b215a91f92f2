import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import type { Scenario } from '../model'
import type { RecoveryMode, ScenarioAssessment, ScenarioId } from '../recovery'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { PartComponent } from '../recovery/recovery-reasons'
import type { NarrativeReason } from '../i18n/catalog/narrative-reasons'
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

/** The parts of an AZ outage that recover in one of `modes`, in that order. */
function partsIn(az: ScenarioAssessment, ...modes: RecoveryMode[]): PartComponent[] {
  return modes.flatMap((mode) => (az.parts ?? []).filter((p) => p.mode === mode).map((p) => p.component))
}

function sentences(f: OpsFacts): NarrativeReason[] {
  const said: (NarrativeReason | null)[] = [
    f.autoOthers.length > 0 ? { code: 'narrative.ops.auto-others', params: { failures: f.autoOthers.map((s) => ({ id: s.id, rtoMinutes: s.rtoMinutes })) } } : null,
    f.az
      ? { code: 'narrative.ops.az', params: { mode: f.az.mode, rtoMinutes: f.az.rtoMinutes, autoParts: partsIn(f.az, 'auto'), personParts: partsIn(f.az, 'manual', 'partial') } }
      : null,
    f.db ? { code: 'narrative.ops.db', params: { mode: f.db.mode, rtoMinutes: f.db.rtoMinutes, rpoMinutes: f.db.rpoMinutes, multiAz: f.multiAz } } : null,
    f.partialOthers.length > 0 ? { code: 'narrative.ops.partial-others', params: { ids: f.partialOthers.map((s) => s.id) } } : null,
    f.manualOthers.length > 0 ? { code: 'narrative.ops.manual-others', params: { ids: f.manualOthers.map((s) => s.id) } } : null,
    { code: 'narrative.ops.goal', params: { rtoMinutes: f.goalRtoMinutes, rpoMinutes: f.goalRpoMinutes, meeting: f.meetingGoal, total: f.total } },
  ]
  return said.filter((r): r is NarrativeReason => r !== null)
}

/**
 * "Which failures fix themselves, and how fast?" in plain words.
 * Example (swiftlogix, en): "2 of 8 failures fix themselves"; "If one data centre fails, the app and
 * the load balancer carry on by themselves, but the database and the servers' outbound internet
 * link need a person: the service is fully back in about 60 minutes."
 */
export function narrateOps(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const verdict = judge(f)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    id: 'ops',
    title: say({ code: 'narrative.section-title', params: { id: 'ops' } }),
    question: say({ code: 'narrative.ops.question', params: {} }),
    headline: say({ code: 'narrative.ops.headline', params: { autoCount: f.autoCount, total: f.total, verdict } }),
    sentences: sentences(f).map(say),
    verdict,
  }
}
