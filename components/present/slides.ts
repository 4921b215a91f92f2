import type { Narrative, SectionId, Verdict } from '@/lib/narrative'

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

/** Summary, ops, business, security, finance, CTO, then the decision: seven slides. */
export function buildSlides(narrative: Narrative): Slide[] {
  return [
    ...narrative.sections.map((s) => ({ id: s.id, title: s.title, question: s.question, headline: s.headline, sentences: s.sentences, verdict: s.verdict })),
    { id: 'decision' as const, title: narrative.decision.title, question: null, headline: narrative.decision.headline, sentences: narrative.decision.steps, verdict: null },
  ]
}

/** Keeps a slide index inside the deck: 0 … count − 1. */
export function clampSlide(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(count - 1, 0))
}
