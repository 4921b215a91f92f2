'use client'

import { useCallback, useMemo, useState } from 'react'
import { clampSlide, type Slide } from './slides'

/** A slide too full for a small stage shows its words first (part 0), then its picture (part 1). */
export type DeckPosition = { index: number; part: number }

/** The next step: the picture of a split slide, else the next slide's first step; the last stays. */
export function stepForward(p: DeckPosition, stepsOf: (index: number) => number, count: number): DeckPosition {
  if (p.part + 1 < stepsOf(p.index)) return { index: p.index, part: p.part + 1 }
  return p.index + 1 < count ? { index: p.index + 1, part: 0 } : p
}

/** The step before: the words of a split slide, else the previous slide's last step; the first stays. */
export function stepBack(p: DeckPosition, stepsOf: (index: number) => number): DeckPosition {
  if (p.part > 0) return { index: p.index, part: p.part - 1 }
  return p.index > 0 ? { index: p.index - 1, part: stepsOf(p.index - 1) - 1 } : p
}

/**
 * Where the deck is: the slide, and on a small stage the step within a slide shown in two steps
 * (`split`, slide ids; the fit decides which). Next and previous walk the steps, so a split slide
 * takes two presses; the dots, Home and End go to a slide's first step, Previous into the
 * previous slide's last.
 */
export function useDeckPosition(slides: readonly Slide[]) {
  const [position, setPosition] = useState<DeckPosition>({ index: 0, part: 0 })
  const [split, setSplit] = useState<ReadonlySet<string>>(new Set())
  const count = slides.length
  const index = clampSlide(position.index, count)
  const current = slides[index]
  const isSplit = current !== undefined && split.has(current.id)
  const part = isSplit ? position.part : 0

  const steps = useCallback((i: number) => (slides[i] && split.has(slides[i].id) ? 2 : 1), [slides, split])
  const actions = useMemo(
    () => ({
      goTo: (i: number) => setPosition({ index: clampSlide(i, count), part: 0 }),
      next: () => setPosition((p) => stepForward(p, steps, count)),
      previous: () => setPosition((p) => stepBack(p, steps)),
      first: () => setPosition({ index: 0, part: 0 }),
      last: () => setPosition({ index: Math.max(count - 1, 0), part: 0 }),
    }),
    [count, steps],
  )
  const splitSlide = useCallback((id: string) => setSplit((s) => (s.has(id) ? s : new Set(s).add(id))), [])
  // A new stage size or language measures every slide again, from one step each.
  const unsplitAll = useCallback(() => setSplit((s) => (s.size === 0 ? s : new Set())), [])
  const atStart = index === 0 && part === 0
  const atEnd = index === count - 1 && part === steps(index) - 1
  return { index, part, isSplit, atStart, atEnd, actions, splitSlide, unsplitAll }
}
