import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import { STAKEHOLDERS } from '@/lib/stakeholders/stakeholders'

/** Every stakeholder view renders from the same two things, and computes nothing itself. */
export type ViewProps = {
  scenario: Scenario
  evaluation: Evaluation
}

/** Overview first, then one tab per stakeholder in the table's order, then the advisor. */
export const TAB_IDS = ['overview', ...STAKEHOLDERS, 'advisor'] as const
export type TabId = (typeof TAB_IDS)[number]
