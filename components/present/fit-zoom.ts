/**
 * The deck's slides were drawn for a 1440 × 900 window (a stage of 1440 × 780 between header and
 * footer); a larger stage draws them larger, up to a quarter more, as a projector would.
 */
const DESIGN_STAGE = { width: 1440, height: 780 }
const LARGEST_ZOOM = 1.25

/** The body text a slide may shrink to before its words and picture go to two steps. */
export const SMALLEST_BODY_PX = 14
/**
 * How far one step of a split slide may shrink: the pictures' labels are larger than body text,
 * and a phone turned sideways (a 270 px stage) needs about half size; a reader can pinch to zoom.
 */
export const SMALLEST_PART_ZOOM = 0.45

/** The zoom a slide starts from on this stage: 1 up to the design's size, more on a larger stage. */
export function startZoom(stageWidth: number, stageHeight: number): number {
  const grow = Math.min(stageWidth / DESIGN_STAGE.width, stageHeight / DESIGN_STAGE.height)
  return Math.min(Math.max(grow, 1), LARGEST_ZOOM)
}

const overflows = (slide: HTMLElement) => slide.scrollHeight > slide.clientHeight + 1

/**
 * Draws `content` (inside the scrolling `slide`) at the largest zoom from `start` down to `floor`
 * at which the slide needs no scrolling, and returns it. Text reflows as the zoom changes (a
 * smaller zoom leaves more room per line), so the height is measured again after each guess: a
 * proportional guess first, then small steps. Example: 700 px of content on a 600 px slide at zoom
 * 1 → 0.857, then 0.837… until it fits.
 */
export function fitZoom(slide: HTMLElement, content: HTMLElement, start: number, floor: number): { zoom: number; fits: boolean } {
  let zoom = start
  content.style.setProperty('zoom', String(zoom))
  for (let guess = 0; guess < 3 && overflows(slide) && zoom > floor; guess++) {
    zoom = Math.max(floor, Math.min(zoom - 0.01, zoom * (slide.clientHeight / slide.scrollHeight)))
    content.style.setProperty('zoom', String(zoom))
  }
  while (overflows(slide) && zoom > floor) {
    zoom = Math.max(floor, zoom - 0.02)
    content.style.setProperty('zoom', String(zoom))
  }
  return { zoom, fits: !overflows(slide) }
}
