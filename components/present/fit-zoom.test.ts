import { describe, expect, it } from 'vitest'
import { fitZoom, startZoom } from './fit-zoom'

/** A slide of `height` px whose content is `contentAt(zoom)` px tall, as a browser would lay it out. */
function fakeSlide(height: number, contentAt: (zoom: number) => number) {
  const content = { style: { zoom: 1, setProperty: (_: string, value: string) => void (content.style.zoom = Number(value)) } }
  const slide = {
    clientHeight: height,
    get scrollHeight() {
      return Math.max(height, contentAt(content.style.zoom))
    },
  }
  return { slide: slide as unknown as HTMLElement, content: content as unknown as HTMLElement, zoomOf: () => content.style.zoom }
}

describe('startZoom', () => {
  it('draws slides at their size up to a 1440 × 780 stage and up to a quarter larger beyond', () => {
    expect(startZoom(1280, 600)).toBe(1)
    expect(startZoom(1440, 780)).toBe(1)
    expect(startZoom(1920, 960)).toBeCloseTo(1.231, 3)
    expect(startZoom(3840, 2000)).toBe(1.25)
  })
})

describe('fitZoom', () => {
  it('keeps a slide that fits at its zoom', () => {
    const { slide, content } = fakeSlide(600, (z) => 500 * z)
    expect(fitZoom(slide, content, 1, 0.7)).toEqual({ zoom: 1, fits: true })
  })

  it('shrinks a slide 700 px tall on a 600 px stage until it fits, and no further than needed', () => {
    const { slide, content } = fakeSlide(600, (z) => 700 * z)
    const { zoom, fits } = fitZoom(slide, content, 1, 0.7)
    expect(fits).toBe(true)
    expect(700 * zoom).toBeLessThanOrEqual(601)
    expect(zoom).toBeGreaterThan(0.84)
  })

  it('measures again after each guess: text that reflows taller than proportional still ends fitting', () => {
    // Lines rewrap at a smaller zoom less than the zoom shrinks them.
    const { slide, content } = fakeSlide(600, (z) => 800 * z ** 0.6)
    const { zoom, fits } = fitZoom(slide, content, 1, 0.5)
    expect(fits).toBe(true)
    expect(800 * zoom ** 0.6).toBeLessThanOrEqual(601)
  })

  it('stops at the floor and says the slide does not fit there', () => {
    const { slide, content, zoomOf } = fakeSlide(600, (z) => 1200 * z)
    expect(fitZoom(slide, content, 1, 0.8)).toEqual({ zoom: 0.8, fits: false })
    expect(zoomOf()).toBe(0.8)
  })
})
