// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { HOSTILE_TEXTS } from '@/lib/report/testing/live-markup'
import { Presentation } from './presentation'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

/** A plan whose every name a person can type is `text`. */
function scenarioNamed(text: string) {
  const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  const name = text.replace(/\s+/g, ' ').slice(0, 120)
  scenario.config.name = name
  for (const service of scenario.config.services) service.name = name
  scenario.requirements.traffic.peak.name = name
  return { scenario, name }
}

describe('the deck and user text', () => {
  it('shows names as text: no link, image, script or frame comes from them', () => {
    for (const text of HOSTILE_TEXTS) {
      const { scenario, name } = scenarioNamed(text)
      act(() => root.render(<Presentation scenario={scenario} evaluation={evaluateScenario(scenario)} locale="en" title={text} />))
      expect(container.querySelectorAll('a, img, script, iframe, object, embed'), text).toHaveLength(0)
      expect(container.querySelector('[data-testid="presentation-title"]')?.textContent).toBe(text)
      expect(container.textContent).toContain(name)
    }
  })
})
