import { vi } from 'vitest'

/** The box every measured element reports: wide enough for a chart's axes and the diagram's boxes. */
const BOX = { width: 960, height: 540 }

/**
 * jsdom lays nothing out, so charts (recharts measures its container) and the diagram (React Flow
 * measures its pane and nodes) would draw nothing. Every observed element reports one fixed box.
 */
export function stubLayout(): void {
  class FixedSizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { ...BOX, x: 0, y: 0, top: 0, left: 0, right: BOX.width, bottom: BOX.height, toJSON: () => BOX }
      const size = [{ inlineSize: BOX.width, blockSize: BOX.height }]
      this.callback([{ target, contentRect, borderBoxSize: size, contentBoxSize: size, devicePixelContentBoxSize: size }] as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver)
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', FixedSizeObserver)
  vi.stubGlobal(
    'DOMMatrixReadOnly',
    class {
      m22 = 1
      constructor(transform?: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')
        if (scale) this.m22 = Number(scale[1])
      }
    },
  )
  for (const property of ['offsetWidth', 'clientWidth'] as const) Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => BOX.width })
  for (const property of ['offsetHeight', 'clientHeight'] as const) Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => BOX.height })
}
