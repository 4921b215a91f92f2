// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { collectSeen, countPseudoMessages, describeLeaks, findLeaks } from './find-leaks'
import { mount } from './mount'
import { listEnglishNamespaces, speakPseudoForEnglish } from './pseudo-catalogs'

const scenario = findPreset('swiftlogix')!.scenario
const NO_SLA = { code: 'capacity.advice.no-task-count', params: { slaP95Ms: 60 } } as const

beforeAll(speakPseudoForEnglish)

/** A view as a careless change would write it: one message from the catalog, one string typed in the JSX. */
async function leakyView() {
  const { say } = await import('@/lib/i18n/catalog/say')
  return function LeakyView() {
    return (
      <section aria-label="Capacity" data-testid="leaky-view">
        <p>{say('en', NO_SLA)}</p>
        <p>Order service · 730 h · db.t3.micro · us-east-1a</p>
        <code>subnet:public-a</code>
        <span>nat</span>
        <button type="button">Save</button>
      </section>
    )
  }
}

describe('the pseudo-locale harness', () => {
  it('swaps every English namespace, so the catalog speaks pseudo', async () => {
    const files = listEnglishNamespaces()
    expect(files.map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['capacity.ts', 'recovery.ts', 'security.ts', 'topology.ts', 'topology-ui.ts']))
    for (const file of files) {
      const swapped = await import(/* @vite-ignore */ file)
      const original = await vi.importActual<Record<string, unknown>>(file)
      for (const name of Object.keys(original)) expect(swapped[name], `${file} ${name}`).not.toBe(original[name])
    }
    const { say } = await import('@/lib/i18n/catalog/say')
    expect(say('en', NO_SLA)).toMatch(/^\[Ñö ŧåšķ çöûñŧ ɱééŧš þ95 < 60 ɱš: .*\]$/)
  })

  it('catches a hard-coded English string and its accessible name, and says where they are', async () => {
    const LeakyView = await leakyView()
    const page = await mount(<LeakyView />)
    try {
      const seen = collectSeen(page.container, 'self-test')
      const leaks = findLeaks(seen, allowedFor([scenario]))
      expect(describeLeaks(leaks)).toBe(
        ['self-test › section[data-testid=leaky-view] › span: "nat" → nat', 'self-test › section[data-testid=leaky-view] › button: "Save" → Save', 'self-test › section@aria-label: "Capacity" → Capacity'].join('\n'),
      )
      // The catalog's sentence, the typed name, the unit, the instance class, the AZ and a box id in code type all pass;
      // the same id set as a name ("nat" in a badge) is a leak.
      expect(countPseudoMessages(seen)).toBe(1)
    } finally {
      page.unmount()
    }
  })

  it('counts no catalog message on a blank page, so a render that failed cannot pass', async () => {
    const page = await mount(<div />)
    try {
      expect(countPseudoMessages(collectSeen(page.container, 'blank'))).toBe(0)
    } finally {
      page.unmount()
    }
  })

  it('lists a leak met again in another state of the same place once, where it was first met', () => {
    const leak = (where: string) => ({ where, text: 'Zoom In', words: ['Zoom', 'In'] })
    const leaks = [leak('dashboard › topology (plain) › button'), leak('dashboard › topology (search "API (t4g.medium)") › button'), leak('dashboard › header › button')]
    expect(describeLeaks(leaks).split('\n')).toEqual(['dashboard › topology (plain) › button: "Zoom In" → Zoom In', 'dashboard › header › button: "Zoom In" → Zoom In'])
  })

  it('does not let a typed name hide the English word it is part of', () => {
    const allowed = allowedFor([scenario])
    // "order" is a service id of swiftlogix; "Reorder" is a word that no catalog said.
    expect(findLeaks([{ where: 'x', text: 'Reorder order' }], allowed).map((l) => l.words)).toEqual([['Reorder']])
  })
})
