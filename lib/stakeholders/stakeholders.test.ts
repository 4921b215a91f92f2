import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { compareScenarios, pickWinners } from '../compare'
import { evaluateScenario } from '../evaluate'
import { narrate } from '../narrative'
import { renderStakeholderReport } from '../report'
import { STAKEHOLDERS } from './stakeholders'

const [first, second] = PRESETS
const scenario = first!.scenario
const evaluation = evaluateScenario(scenario)

describe('the stakeholder table', () => {
  it('lists ops, business, security, finance and CTO, in the README order', () => {
    expect(STAKEHOLDERS).toEqual(['ops', 'business', 'security', 'finance', 'cto'])
  })

  it('orders the Markdown report: the summary, one section per stakeholder, then the decision', () => {
    for (const locale of ['en', 'ko'] as const) {
      const n = narrate(scenario, evaluation, locale)
      const title = (id: string) => n.sections.find((s) => s.id === id)?.title
      const headings = renderStakeholderReport(scenario, evaluation, locale)
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3))
      expect(headings).toEqual([title('summary'), ...STAKEHOLDERS.map(title), n.decision.title])
    }
  })

  it('orders the compare winners', () => {
    const comparison = compareScenarios([first!, second!].map((p) => ({ id: p.id, name: p.id, scenario: p.scenario })))
    expect(pickWinners(comparison).map((w) => w.stakeholder)).toEqual([...STAKEHOLDERS])
  })
})
