import type { Locale } from '../i18n'
import type { SectionId, Verdict } from '../i18n/catalog/narrative-reasons'

export type { SectionId, Verdict }

/** The five stakeholders, plus the summary that opens a presentation or report, in that order. */
export const SECTION_IDS = ['summary', 'ops', 'business', 'security', 'finance', 'cto'] as const satisfies readonly SectionId[]

/** One stakeholder's answer in plain language: a headline for a slide, then the sentences behind it. */
export type NarrativeSection = {
  id: SectionId
  /** "Operations", in the reader's language */
  title: string
  /** The stakeholder's question: "Which failures fix themselves?" */
  question: string
  /** Slide headline, without a final full stop: "2 of 8 failures fix themselves". */
  headline: string
  /** Whole sentences, each with its numbers from the engine. */
  sentences: string[]
  verdict: Verdict
}

/** The last slide and report section: what there is to decide, with what each choice costs. */
export type NarrativeDecision = {
  title: string
  headline: string
  /** One sentence per step, in the order to take them. */
  steps: string[]
  /** Where the numbers come from, for a footnote. */
  basis: string
}

export type Narrative = {
  locale: Locale
  /** The scenario's name, as its author wrote it. */
  name: string
  /** "US East (N. Virginia) · 2 data centres · 3 services" */
  context: string
  /** "1 US dollar = ₩1,300", in the reader's language */
  exchangeRate: string
  /** summary, ops, business, security, finance, cto: in this order. */
  sections: NarrativeSection[]
  decision: NarrativeDecision
}
