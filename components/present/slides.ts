import type { Narrative, NarrativeSection, SectionId, Verdict } from '@/lib/narrative'
import { STAKEHOLDERS } from '@/lib/stakeholders/stakeholders'

type SlideId = SectionId | 'decision'

/** One slide: the narrative's words for one stakeholder (or the summary, or the decision). */
export type Slide = {
  id: SlideId
  title: string
  question: string | null
  headline: string
  sentences: string[]
  verdict: Verdict | null
}

const SECTION_ORDER: readonly SectionId[] = ['summary', ...STAKEHOLDERS]

const sectionSlide = (s: NarrativeSection): Slide => ({ id: s.id, title: s.title, question: s.question, headline: s.headline, sentences: s.sentences, verdict: s.verdict })

/** The summary, one slide per stakeholder in the table's order, then the decision: seven slides. */
export function buildSlides(narrative: Narrative): Slide[] {
  const sections = SECTION_ORDER.flatMap((id) => narrative.sections.filter((s) => s.id === id))
  return [
    ...sections.map(sectionSlide),
    { id: 'decision', title: narrative.decision.title, question: null, headline: narrative.decision.headline, sentences: narrative.decision.steps, verdict: null },
  ]
}

/** Keeps a slide index inside the deck: 0 … count − 1. */
export function clampSlide(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(count - 1, 0))
}
