import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'

/** Every stakeholder view renders from the same two things, and computes nothing itself. */
export type ViewProps = {
  scenario: Scenario
  evaluation: Evaluation
}

export const TAB_IDS = ['overview', 'ops', 'business', 'security', 'finance', 'cto'] as const
export type TabId = (typeof TAB_IDS)[number]
