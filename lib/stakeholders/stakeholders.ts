/**
 * The five stakeholders ArchDeck answers, in the order every list of them follows: the dashboard's
 * tabs (after Overview), the deck's slides and the Markdown report's sections (after the summary,
 * before the decision) and the compare page's winners. Each surface keeps its own words for them.
 */
export const STAKEHOLDERS = ['ops', 'business', 'security', 'finance', 'cto'] as const

export type Stakeholder = (typeof STAKEHOLDERS)[number]
