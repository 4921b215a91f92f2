import type { Page } from '@playwright/test'

/** The viewports a page must work at: phone, tablet, small projector, laptop, desktop. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const

/**
 * What a reader would see as broken on the page as it stands, one line each: the page scrolls
 * sideways, or an element's own text does not fit its box (cut off, or hidden behind an
 * ellipsis). Only elements with their own text and a box of their own are looked at: a scroll
 * container of a wide table is not text cut off; an ellipsis is. Hidden elements are skipped.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      if (!ownText) continue
      const style = getComputedStyle(el)
      if (style.display === 'inline' || style.display === 'contents' || style.display === 'none' || style.visibility === 'hidden') continue
      if (el.closest('[aria-hidden="true"], .sr-only, svg, [inert]')) continue
      if (el.getClientRects().length === 0) continue
      // Screen-reader-only text is a 1 px box on purpose.
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue
      // (No helper functions in here: the page runs this code as written.)
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off sideways: ${name} (${el.scrollWidth} > ${el.clientWidth})`)
      else if (!['visible', 'auto', 'scroll'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`text cut off below: ${name} (${el.scrollHeight} > ${el.clientHeight})`)
    }
    return problems
  })
}

/**
 * Where the active slide's content runs past the deck's footer, one line each (nothing on a
 * correct slide): the slide must not need scrolling, and no element of it may end below the
 * footer's top edge.
 */
export async function slideOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-slide]:not([aria-hidden="true"])')
    const footer = document.querySelector<HTMLElement>('[data-testid="presentation"] > footer')
    if (!slide || !footer) return ['no active slide or no footer']
    const problems: string[] = []
    const id = slide.getAttribute('data-slide')
    if (slide.scrollHeight > slide.clientHeight + 1) problems.push(`slide ${id} scrolls: ${slide.scrollHeight} > ${slide.clientHeight}`)
    const footerTop = footer.getBoundingClientRect().top
    for (const el of Array.from(slide.querySelectorAll<HTMLElement>('*'))) {
      const rect = el.getBoundingClientRect()
      if (rect.height === 0 || rect.width === 0) continue
      if (rect.bottom > footerTop + 1) {
        problems.push(`slide ${id}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(rect.bottom)}, footer at ${Math.round(footerTop)}`)
        break
      }
    }
    return problems
  })
}
