import { stubLayout } from './layout-stubs'
import { loadDynamicChunks } from './load-chunks'
import { serveFirstVisit } from './next-server'
import { speakPseudoForEnglish } from './pseudo-catalogs'

/**
 * What a test needs before it renders a page in the pseudo-locale: a fixed layout for charts and
 * the canvas, next/dynamic chunks loaded in jsdom, a first visit's request (no cookies), and every
 * English namespace swapped for its pseudo form.
 */
export async function preparePseudoPages(): Promise<void> {
  stubLayout()
  loadDynamicChunks()
  serveFirstVisit()
  await speakPseudoForEnglish()
}
