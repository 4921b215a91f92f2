'use client'

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { fitZoom, SMALLEST_BODY_PX, SMALLEST_PART_ZOOM, startZoom } from './fit-zoom'

/** The stage's size in whole pixels, "1280x600"; empty before the first measure. */
function useStageSize(stage: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('')
  useEffect(() => {
    const element = stage.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setSize(`${element.clientWidth}x${element.clientHeight}`))
    observer.observe(element)
    return () => observer.disconnect()
  }, [stage])
  return size
}

/** Becomes true once the web fonts are in: text measured before may wrap differently after. */
function useFontsReady(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return
    let live = true
    void document.fonts.ready.then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])
  return ready
}

type ActiveSlide = {
  /** Changes whenever the slide's words may have changed (another language, another design). */
  contentKey: unknown
  id: string
  /** Shown in two steps: its words, then its picture. */
  split: boolean
  part: number
}

/**
 * Fits the active slide to the stage, as a presenter would resize a slide: it is drawn at the
 * stage's zoom (larger on a large screen), shrunk until nothing runs past the footer; if its body
 * text would fall under 14 px, `onSplit` asks for its words and picture in two steps, each then
 * shrunk to fit. A new stage size (a phone turned, a window resized) or new words (the other
 * language) start over through `onStartOver`. The zoom is set on the slide's `.present-fit`
 * element outside React's render: it depends on measured layout, and print resets it (print-css.ts).
 */
export function useSlideFit(stage: RefObject<HTMLElement | null>, active: ActiveSlide, onSplit: (id: string) => void, onStartOver: () => void): void {
  const size = useStageSize(stage)
  const fontsReady = useFontsReady()

  const { contentKey, id, split, part } = active
  useEffect(() => {
    if (size) onStartOver()
  }, [size, contentKey, onStartOver])

  useLayoutEffect(() => {
    const element = stage.current
    const slide = element?.querySelector<HTMLElement>(`[data-slide="${id}"]`)
    const content = slide?.querySelector<HTMLElement>('.present-fit')
    if (!element || !slide || !content || element.clientHeight === 0) return
    content.style.setProperty('zoom', '1')
    const bodyPx = parseFloat(getComputedStyle(content).fontSize) || 16
    const start = startZoom(element.clientWidth, element.clientHeight)
    const readable = Math.min(1, SMALLEST_BODY_PX / bodyPx)
    const { fits } = fitZoom(slide, content, start, split ? SMALLEST_PART_ZOOM : readable)
    if (!fits && !split) onSplit(id)
  }, [stage, size, fontsReady, contentKey, id, split, part, onSplit])
}
