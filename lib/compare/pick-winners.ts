import type { Locale } from '../i18n'
import { STAKEHOLDERS, type Stakeholder } from '../stakeholders/stakeholders'
import type { ComparedItem, Comparison, Winner } from './types'
import { count, krw, ms, usdPerMonth } from './words'
import { sayCost } from '../i18n/catalog/say-cost'

/** Lexicographic comparison of score tuples: lower is better. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/** The items with the best (lowest) score; ties all win. */
function best(items: readonly ComparedItem[], score: (item: ComparedItem) => number[]): ComparedItem[] {
  if (items.length === 0) return []
  const scored = items.map((item) => ({ item, score: score(item) }))
  const top = scored.reduce((min, s) => (compareScores(s.score, min) < 0 ? s.score : min), scored[0]!.score)
  return scored.filter((s) => compareScores(s.score, top) === 0).map((s) => s.item)
}

const names = (items: readonly ComparedItem[], locale: Locale) => items.map((i) => i.name).join(locale === 'ko' ? ', ' : ' and ')

/** "vs 3/8 for the others" when the rest agree, else each with its name. */
function others(rest: readonly ComparedItem[], value: (item: ComparedItem) => string, locale: Locale): string {
  if (rest.length === 0) return ''
  const values = rest.map(value)
  if (values.every((v) => v === values[0])) return locale === 'ko' ? ` (나머지: ${values[0]})` : ` (the others: ${values[0]})`
  return locale === 'ko' ? ` (나머지: ${rest.map((r, i) => `${r.name} ${values[i]}`).join(', ')})` : ` (the others: ${rest.map((r, i) => `${values[i]} for ${r.name}`).join(', ')})`
}

const isTie = (winners: readonly ComparedItem[], all: readonly ComparedItem[]) => winners.length === all.length && all.length > 1

function pickOps(items: readonly ComparedItem[], locale: Locale): Winner {
  // Most scenarios that recover without a person; then fewer unbounded RTOs; then the shorter RTO sum.
  const winners = best(items, (i) => [-i.recovery.autoCount, i.recovery.unboundedCount, Math.round(i.recovery.rtoSumMinutes * 10)])
  const auto = (i: ComparedItem) => `${i.recovery.autoCount}/${i.recovery.scenarioCount}`
  const rest = items.filter((i) => !winners.includes(i))
  const w = winners[0]!
  const tiedOnAuto = items.filter((i) => i.recovery.autoCount === w.recovery.autoCount).length > winners.length
  const tieBreak = tiedOnAuto
    ? locale === 'ko'
      ? ` 자동 복구 수가 같은 계획 중 RTO 합계가 가장 짧습니다(${count(w.recovery.rtoSumMinutes, locale, 1)}분).`
      : ` Among plans with as many, it has the shortest total RTO (${count(w.recovery.rtoSumMinutes, locale, 1)} min).`
    : ''
  const reason = isTie(winners, items)
    ? locale === 'ko'
      ? `동률: 모든 계획이 장애 ${auto(w)}를 자동 복구하고 RTO 합계도 같습니다.`
      : `A tie: every plan recovers ${auto(w)} failure scenarios automatically with the same total RTO.`
    : locale === 'ko'
      ? `${names(winners, locale)}: 장애 시나리오 ${auto(w)} 자동 복구${others(rest, auto, locale)}.${tieBreak}`
      : `${names(winners, locale)} ${winners.length > 1 ? 'recover' : 'recovers'} ${auto(w)} failure scenarios automatically${others(rest, auto, locale)}.${tieBreak}`
  return { stakeholder: 'ops', winnerIds: winners.map((i) => i.id), reason }
}

function pickFinance(items: readonly ComparedItem[], locale: Locale): Winner {
  const complete = items.filter((i) => i.cost.complete)
  const winners = best(complete, (i) => [Math.round(i.cost.monthlyUsd * 100)])
  const cheapestKnown = best(items, (i) => [Math.round(i.cost.monthlyUsd * 100)])[0]!
  const atLeast = (i: ComparedItem) => `${locale === 'ko' ? '최소 ' : 'at least '}${usdPerMonth(i.cost.monthlyUsd, locale)}`
  const unknownNote = (i: ComparedItem) =>
    locale === 'ko'
      ? ` ${i.name}의 알려진 합계(${atLeast(i)})가 더 낮지만 ${i.cost.unknownLineIds.length}개 항목(${i.cost.unknownLineLabels.map((l) => sayCost('ko', l)).join('; ')})의 가격을 알 수 없어 하한값일 뿐입니다.`
      : ` ${i.name} shows less (${atLeast(i)}), but ${i.cost.unknownLineIds.length} of its lines have no known price (${i.cost.unknownLineLabels.map((l) => sayCost('en', l)).join('; ')}), so that total is only a lower bound.`
  if (winners.length === 0)
    return {
      stakeholder: 'finance',
      winnerIds: [],
      reason:
        locale === 'ko'
          ? `모든 가격이 알려진 계획이 없습니다. 알려진 합계가 가장 낮은 계획은 ${cheapestKnown.name}(${atLeast(cheapestKnown)})입니다.`
          : `No plan has every price known; the lowest known total is ${cheapestKnown.name} at ${atLeast(cheapestKnown)}.`,
    }
  const w = winners[0]!
  const money = `${usdPerMonth(w.cost.monthlyUsd, locale)} (${krw(w.cost.monthlyKrw, locale)})`
  const budget = w.cost.budget
  const allOver = items.every((i) => !i.cost.budget.withinBudget)
  const budgetNote = budget.withinBudget
    ? locale === 'ko'
      ? ` 예산 ${krw(budget.budgetKrw, locale)} 이내입니다.`
      : ` It is within the ${krw(budget.budgetKrw, locale)} budget.`
    : locale === 'ko'
      ? ` ${allOver ? '모든 계획이' : '이 계획도'} 예산 ${krw(budget.budgetKrw, locale)}을 넘습니다(이 계획은 ${krw(budget.overByKrw, locale)} 초과).`
      : ` ${allOver ? 'Every plan is' : 'It is'} over the ${krw(budget.budgetKrw, locale)} budget (this one by ${krw(budget.overByKrw, locale)}).`
  const reason =
    (locale === 'ko'
      ? `${names(winners, locale)}: 모든 가격이 알려진 계획 중 가장 저렴합니다(${money}).`
      : `${names(winners, locale)} ${winners.length > 1 ? 'are' : 'is'} the cheapest fully priced ${winners.length > 1 ? 'plans' : 'plan'} at ${money}.`) +
    (cheapestKnown.cost.complete || cheapestKnown.cost.monthlyUsd >= w.cost.monthlyUsd ? '' : unknownNote(cheapestKnown)) +
    budgetNote
  return { stakeholder: 'finance', winnerIds: winners.map((i) => i.id), reason }
}

function pickCto(items: readonly ComparedItem[], locale: Locale): Winner {
  const meeting = items.filter((i) => i.capacity.meetsSla && i.capacity.worstPeakP95Ms !== null)
  const sla = `${count(items[0]!.capacity.slaP95Ms, locale)} ms`
  if (meeting.length === 0)
    return { stakeholder: 'cto', winnerIds: [], reason: locale === 'ko' ? '어떤 계획도 SLA를 충족하지 못합니다.' : 'No plan meets the SLA.' }
  const winners = best(meeting, (i) => [Math.round(i.capacity.worstPeakP95Ms!)])
  const w = winners[0]!
  const p95 = (i: ComparedItem) => ms(i.capacity.worstPeakP95Ms, locale)
  const missed = items.filter((i) => !meeting.includes(i))
  const missedNote = missed.length === 0 ? '' : locale === 'ko' ? ` SLA 미충족: ${names(missed, locale)}.` : ` ${names(missed, locale)} ${missed.length > 1 ? 'miss' : 'misses'} the SLA.`
  const reason = isTie(winners, items)
    ? locale === 'ko'
      ? `동률: 모든 계획이 SLA를 충족하며 피크 최악 p95가 ${p95(w)}로 같습니다(SLA ${sla}).`
      : `A tie: every plan meets the SLA with the same worst peak p95 of ${p95(w)} (SLA ${sla}).`
    : locale === 'ko'
      ? `${names(winners, locale)}: SLA를 충족하는 계획 중 피크 최악 p95가 가장 낮습니다, ${p95(w)}(SLA ${sla})${others(meeting.filter((i) => !winners.includes(i)), p95, locale)}.${missedNote}`
      : `${names(winners, locale)} ${winners.length > 1 ? 'have' : 'has'} the lowest worst peak p95 among plans meeting the SLA: ${p95(w)} vs ${sla}${others(meeting.filter((i) => !winners.includes(i)), p95, locale)}.${missedNote}`
  return { stakeholder: 'cto', winnerIds: winners.map((i) => i.id), reason }
}

function pickSecurity(items: readonly ComparedItem[], locale: Locale): Winner {
  const winners = best(items, (i) => [i.security.counts.high, i.security.counts.medium, i.security.counts.low])
  const tally = (i: ComparedItem) =>
    locale === 'ko'
      ? `높음 ${i.security.counts.high}, 중간 ${i.security.counts.medium}, 낮음 ${i.security.counts.low}`
      : `${i.security.counts.high} high, ${i.security.counts.medium} medium, ${i.security.counts.low} low`
  const w = winners[0]!
  const rest = items.filter((i) => !winners.includes(i))
  const reason = isTie(winners, items)
    ? locale === 'ko'
      ? `동률: 모든 계획의 발견 사항이 같습니다(${tally(w)}).`
      : `A tie: every plan has the same findings (${tally(w)}).`
    : locale === 'ko'
      ? `${names(winners, locale)}: 발견 사항이 가장 적습니다(${tally(w)})${others(rest, tally, locale)}. 높음, 중간, 낮음 순으로 비교합니다.`
      : `${names(winners, locale)} ${winners.length > 1 ? 'have' : 'has'} the fewest findings, high first, then medium, then low: ${tally(w)}${others(rest, tally, locale)}.`
  return { stakeholder: 'security', winnerIds: winners.map((i) => i.id), reason }
}

function pickBusiness(items: readonly ComparedItem[], locale: Locale): Winner {
  const carried = items.filter((i) => i.capacity.peakCarried)
  const first = items[0]!
  const peak = `${first.capacity.peakName} (${count(first.capacity.peakRps, locale)} req/s)`
  if (carried.length === 0)
    return { stakeholder: 'business', winnerIds: [], reason: locale === 'ko' ? `어떤 계획도 ${peak}를 SLA 안에서 감당하지 못합니다.` : `No plan carries ${peak} within the SLA.` }
  // Headroom in whole percent, so rounding noise never decides; a plan without peak traffic has unlimited headroom.
  const headroom = (i: ComparedItem) => (i.capacity.peakHeadroom === null ? Infinity : Math.round(i.capacity.peakHeadroom * 100))
  const winners = best(carried, (i) => [-headroom(i)])
  const pct = (i: ComparedItem) => (i.capacity.peakHeadroom === null ? '∞' : `${headroom(i)} %`)
  const w = winners[0]!
  const notCarried = items.filter((i) => !carried.includes(i))
  const missedNote = notCarried.length === 0 ? '' : locale === 'ko' ? ` 감당 못 함: ${names(notCarried, locale)}.` : ` ${names(notCarried, locale)} ${notCarried.length > 1 ? 'do' : 'does'} not carry it.`
  const reason = isTie(winners, items)
    ? locale === 'ko'
      ? `동률: 모든 계획이 ${peak}를 감당하고, 오토스케일링 최대치에서 여유가 ${pct(w)}로 같습니다.`
      : `A tie: every plan carries ${peak} with the same ${pct(w)} to spare at its autoscaling maximum.`
    : locale === 'ko'
      ? `${names(winners, locale)}: ${peak}를 감당하며 오토스케일링 최대치에서 여유가 가장 큽니다(${pct(w)})${others(carried.filter((i) => !winners.includes(i)), pct, locale)}.${missedNote}`
      : `${names(winners, locale)} ${winners.length > 1 ? 'carry' : 'carries'} ${peak} with the most to spare at the autoscaling maximum: ${pct(w)}${others(carried.filter((i) => !winners.includes(i)), pct, locale)}.${missedNote}`
  return { stakeholder: 'business', winnerIds: winners.map((i) => i.id), reason }
}

/**
 * Which plan each stakeholder would pick, and why, from the figures of a comparison. Ties all win.
 * - ops: most scenarios recovered automatically; then fewer unbounded RTOs; then the lower RTO sum.
 * - business: carries the peak within the SLA with the most capacity to spare at the autoscaling maximum.
 * - security: fewest high findings, then medium, then low.
 * - finance: lowest monthly cost among plans whose every price is known; says so when a cheaper-looking plan has unknown lines.
 * - cto: lowest worst peak p95 among plans meeting the SLA.
 * Seed 001: ops → plan 1 (5/8 vs 3/8); finance → final ($309.46; plan 3 is at least $141.28 but incomplete).
 */
export function pickWinners(comparison: Comparison, locale: Locale = 'en'): Winner[] {
  const { items } = comparison
  const byStakeholder: Record<Stakeholder, Winner> = {
    ops: pickOps(items, locale),
    business: pickBusiness(items, locale),
    security: pickSecurity(items, locale),
    finance: pickFinance(items, locale),
    cto: pickCto(items, locale),
  }
  return STAKEHOLDERS.map((s) => byStakeholder[s])
}
