// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { CtoView } from './cto-view'
import { propsOf } from './helpers.fixture'

const markup = (element: React.ReactElement) => new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html').body.textContent ?? ''

describe('the CTO view\'s trade-off says what holds (issue 16 §4)', () => {
  it('holds "No high security findings", not the tile\'s name, when security is fine (swiftlogix: 0 high, 0 medium)', () => {
    const text = markup(<CtoView {...propsOf('swiftlogix')} />)
    expect(text).toContain('Holds: SLA p95 < 1,000 ms, No high security findings. Falls short:')
    expect(text).toContain('High security findings') // the tile keeps its name
  })

  it('says it in Korean', () => {
    const text = markup(
      <LocaleProvider initial="ko">
        <CtoView {...propsOf('swiftlogix')} />
      </LocaleProvider>,
    )
    expect(text).toContain('높음 등급 보안 발견 사항 없음')
  })
})
