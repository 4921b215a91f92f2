// @vitest-environment jsdom
import { nameInLanguage } from '@/lib/i18n/catalog/say-presets'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { HOSTILE_TEXTS } from '@/lib/report/testing/live-markup'
import { Presentation } from './presentation'

const scenario = findPreset('swiftlogix')!.scenario
const evaluation = evaluateScenario(scenario)

// React asks test environments to say that updates are wrapped in act().
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  window.localStorage.clear()
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

function mount(props: Partial<Parameters<typeof Presentation>[0]> = {}) {
  act(() => root.render(<Presentation scenario={scenario} evaluation={evaluation} locale="en" {...props} />))
}

const press = (key: string) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })))
const announced = () => container.querySelector('[aria-live]')?.textContent
/** The deck keeps numbers with their units using no-break spaces; compare words, not spacing. */
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ')
const visibleSlide = () => container.querySelector('section[data-slide]:not([aria-hidden="true"])')

describe('Presentation', () => {
  it('walks seven slides, one region each, from the summary to the decision', () => {
    mount()
    const slides = [...container.querySelectorAll('section[role="region"]')]
    expect(slides.map((s) => s.getAttribute('data-slide'))).toEqual(['summary', 'ops', 'business', 'security', 'finance', 'cto', 'decision'])
    expect(slides[4]!.getAttribute('aria-label')).toBe('Finance: Slide 5 of 7')
    expect(announced()).toBe('Slide 1 of 7')
  })

  it('moves with the arrow keys, Space, PageUp/PageDown, Home and End, and announces the slide', () => {
    mount()
    press('ArrowRight')
    expect(announced()).toBe('Slide 2 of 7')
    expect(visibleSlide()?.getAttribute('data-slide')).toBe('ops')
    press(' ')
    press('PageDown')
    expect(announced()).toBe('Slide 4 of 7')
    press('ArrowLeft')
    press('PageUp')
    expect(announced()).toBe('Slide 2 of 7')
    press('End')
    expect(visibleSlide()?.getAttribute('data-slide')).toBe('decision')
    press('ArrowRight')
    expect(announced()).toBe('Slide 7 of 7')
    press('Home')
    expect(announced()).toBe('Slide 1 of 7')
  })

  it('shows the narrative in large type: the finance headline and sentence from the engine', () => {
    mount()
    press('End')
    press('ArrowLeft')
    press('ArrowLeft')
    const slide = visibleSlide()!
    expect(slide.getAttribute('data-slide')).toBe('finance')
    expect(plain(slide.querySelector('h2')?.textContent)).toBe('₩261,131 a month, ₩111,131 over budget')
    // Its size follows the stage, up to 2.75 rem on a laptop's stage (slide-frame.tsx).
    expect(slide.querySelector('h2')?.className).toMatch(/,2\.75rem\)\]/)
    expect(plain(slide.textContent)).toContain('The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget.')
  })

  it('calls onExit on Esc', () => {
    const onExit = vi.fn()
    mount({ onExit })
    press('Escape')
    expect(onExit).toHaveBeenCalledOnce()
  })

  it('switches to Korean and remembers the choice', () => {
    mount()
    const toggle = container.querySelector<HTMLButtonElement>('button[aria-label="한국어로 보기"]')!
    act(() => toggle.click())
    expect(window.localStorage.getItem('archdeck:locale')).toBe('ko')
    expect(announced()).toBe('전체 7장 중 1번째 슬라이드')
    expect(plain(visibleSlide()?.querySelector('h2')?.textContent)).toBe('결정이 필요한 사항 2가지: 장애 복구, 예산')
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('ko')
  })

  it('marks a shared version read-only, with its title and no link to edit it', () => {
    mount({ readOnly: true, title: 'SwiftLogix · Final v3', dashboardHref: '/?preset=swiftlogix' })
    expect(container.querySelector('[data-testid="presentation-title"]')?.textContent).toBe('SwiftLogix · Final v3')
    expect(container.textContent).toContain('Read-only shared version')
    expect(container.querySelector('a[href="/?preset=swiftlogix"]')).toBeNull()
  })
})

/** Every text node and accessible name of the deck, all slides included (hidden ones too); not the print stylesheet. */
function deckWords(): string[] {
  const words: string[] = []
  for (const element of container.querySelectorAll(':not(style)')) {
    const label = element.getAttribute('aria-label')
    if (label) words.push(label)
    for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) words.push(node.textContent!)
  }
  return words
}

/** Latin words a Korean deck may keep: AWS names, units, keys, file formats and the switch back to English. */
const LATIN_IN_KOREAN = new Set(['ArchDeck', 'AWS', 'NAT', 'CDN', 'CTO', 'Container', 'Insights', 'ms', 'Esc', 'Markdown', 'PDF', 'English', 'Switch', 'to', 'GET'])

describe('the deck in Korean', () => {
  it('words every slide, picture and control in Korean, keeping only the plan\'s own names in English', () => {
    mount({ locale: 'ko' })
    const { config, requirements } = scenario
    // The plan's name as the deck says it: a preset's Korean name keeps its brand ("SwiftLogix 최종 제안").
    const typed = [nameInLanguage('ko', config.name), config.name, requirements.traffic.peak.name, requirements.sla.endpoint, ...config.services.map((s) => s.name)]
    const english = deckWords()
      .map((text) => typed.reduce((rest, name) => rest.replaceAll(name, ''), text))
      .flatMap((text) => text.match(/[A-Za-z]+/g) ?? [])
      .filter((word) => !LATIN_IN_KOREAN.has(word))
    expect(english).toEqual([])
  })

  it('labels the pictures in Korean: recovery tiles, servers, the network share, cost groups and the database path', () => {
    mount({ locale: 'ko' })
    const slide = (id: string) => plain(container.querySelector(`section[data-slide="${id}"]`)?.textContent)
    expect(slide('ops')).toContain('앱 비정상 종료자동 복구 · 약 2분')
    expect(slide('business')).toContain('평소 가장 바쁜 시간초당 20건')
    expect(slide('business')).toContain('서버 10대')
    expect(slide('cto')).toContain('요청 100건 중 95건의 응답 시간')
    expect(slide('finance')).toContain('예산 111,131원 초과')
    expect(slide('finance')).toContain('앱 서버')
    expect(container.querySelector('section[data-slide="security"] svg')?.getAttribute('aria-label')).toBe('인터넷 → 로드밸런서 → 앱 → 데이터베이스: 인터넷에서 접근 불가')
    expect(container.querySelector('nav')?.getAttribute('aria-label')).toBe('발표')
    expect(container.querySelector('button[aria-label="Switch to English"]')?.textContent).toBe('English')
  })
})

/** A plan whose every name a person can type is `text`. */
function scenarioNamed(text: string) {
  const named = structuredClone(scenario)
  const name = text.replace(/\s+/g, ' ').slice(0, 120)
  named.config.name = name
  for (const service of named.config.services) service.name = name
  named.requirements.traffic.peak.name = name
  return { scenario: named, name }
}

describe('the deck and user text', () => {
  it('shows names as text: no link, image, script or frame comes from them', () => {
    for (const text of HOSTILE_TEXTS) {
      const { scenario: named, name } = scenarioNamed(text)
      mount({ scenario: named, evaluation: evaluateScenario(named), title: text })
      expect(container.querySelectorAll('a, img, script, iframe, object, embed'), text).toHaveLength(0)
      expect(container.querySelector('[data-testid="presentation-title"]')?.textContent).toBe(text)
      expect(container.textContent).toContain(name)
    }
  })
})

describe('Presentation of a design that cannot start', () => {
  it('opens with why it cannot run, in plain words, on the summary slide', async () => {
    const { setNatGateways } = await import('@/lib/model')
    const blocked = { ...scenario, config: setNatGateways(scenario.config, 0) }
    mount({ scenario: blocked, evaluation: evaluateScenario(blocked) })
    const slide = plain(visibleSlide()?.textContent)
    expect(slide).toContain('This plan cannot run as drawn: 3 problems stop it from starting')
    expect(slide).toContain('The servers cannot download the application they should run')
  })
})
