// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { PRESETS } from '@/data/presets'
import { propsOf } from './helpers.fixture'
import { OverviewView } from './overview-view'

function render(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html')
}

const items = (doc: Document) => [...doc.querySelectorAll('[data-testid="not-modelled"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())

describe('the Overview lists what the seed has that the model lacks', () => {
  it('names every preset seed component left out, never silently absent', () => {
    for (const preset of PRESETS) expect(preset.notModelled?.length, preset.id).toBeGreaterThan(0)
  })

  it("shows PetClinic's (seed 002) S3, Prometheus, Grafana and network ACLs under 'Not modelled'", () => {
    const doc = render(<OverviewView {...propsOf('petclinic-3tier')} />)
    expect(doc.body.textContent).toContain('Not modelled')
    expect(items(doc)).toEqual([
      'Amazon S3 · seed 002: the model has no component for it, so it is neither priced nor judged',
      "Prometheus · seed 002: it runs on the team's own instances, which are not priced",
      "Grafana · seed 002: it runs on the team's own instances, which are not priced",
      'Network ACLs · seed 002: the security check judges security groups and route tables, not these',
    ])
  })

  it('says it in Korean', () => {
    const doc = render(
      <LocaleProvider initial="ko">
        <OverviewView {...propsOf('mau-1m')} />
      </LocaleProvider>,
    )
    expect(doc.body.textContent).toContain('모델에 없음')
    expect(items(doc)).toContain('Amazon API Gateway · 시드 003: 시드 문서가 이후 변경으로 계획한 것이라 설계에 없습니다')
  })

  it("shows nothing for a design of the user's own", () => {
    const props = propsOf('swiftlogix')
    const own = { ...props, scenario: { ...props.scenario, config: { ...props.scenario.config, name: 'My own design' } } }
    expect(render(<OverviewView {...own} />).querySelector('[data-testid="not-modelled"]')).toBeNull()
  })
})
