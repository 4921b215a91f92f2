import { propsOf } from '@/components/views/helpers.fixture'
import { advise } from '@/lib/advise/advise'
import { judge, resolveGoals, type Judged } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'

/** SwiftLogix's advice at its own goals and the current design judged against them: what the Advisor tab shows first. */
export function swiftlogixAdvice(): { result: AdviceResult; current: Judged } {
  const { scenario, evaluation } = propsOf('swiftlogix')
  const goals = resolveGoals(scenario)
  return { result: advise(scenario, goals), current: judge(scenario, evaluation, goals) }
}
