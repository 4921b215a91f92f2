import { useCallback, useState } from 'react'

/** Height of the tallest element attached with `observe` (a ref callback), following resizes. */
export function useTallest(): { height: number; observe: (element: HTMLElement | null) => (() => void) | undefined } {
  const [heights, setHeights] = useState<ReadonlyMap<HTMLElement, number>>(new Map())
  const observe = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined
    const measure = () => setHeights((previous) => new Map(previous).set(element, Math.ceil(element.getBoundingClientRect().height)))
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      observer.disconnect()
      setHeights((previous) => {
        const next = new Map(previous)
        next.delete(element)
        return next
      })
    }
  }, [])
  return { height: Math.max(0, ...heights.values()), observe }
}
