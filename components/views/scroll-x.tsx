import type { CSSProperties, ReactNode } from 'react'

/**
 * Shadows on the edges that have more to see: two covers of the background's colour scroll with
 * the content (`local`) and hide the two grey shadows fixed to the box (`scroll`) once an end is
 * reached [1]. `cover` is the colour behind the box: white on a card.
 */
export function edgeShadows(cover = '#ffffff'): CSSProperties {
  const clear = `${cover}00`
  return {
    background: [
      `linear-gradient(to right, ${cover} 30%, ${clear}) left / 2.5rem 100% no-repeat local`,
      `linear-gradient(to left, ${cover} 30%, ${clear}) right / 2.5rem 100% no-repeat local`,
      'radial-gradient(farthest-side at 0 50%, rgba(15,23,42,0.22), rgba(15,23,42,0)) left / 0.875rem 100% no-repeat scroll',
      'radial-gradient(farthest-side at 100% 50%, rgba(15,23,42,0.22), rgba(15,23,42,0)) right / 0.875rem 100% no-repeat scroll',
    ].join(', '),
  }
}

const ON_A_CARD = edgeShadows()

/**
 * A wide table's own sideways scroll: on a narrow screen the table keeps `minWidth` (its columns
 * stay readable; without one, the width its content asks for) and scrolls inside this box, never
 * the page; a shadow on an edge says there is more that way. On a wide screen nothing changes.
 * `cover`: the colour behind it when that is not a white card.
 */
export function ScrollX({ minWidth, cover, className = '', children }: { minWidth?: string; cover?: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto overscroll-x-contain ${className}`} style={cover ? edgeShadows(cover) : ON_A_CARD}>
      {minWidth ? <div style={{ minWidth }}>{children}</div> : children}
    </div>
  )
}

// [1] Lea Verou's "Pure CSS scrolling shadows with background-attachment: local" (2012).
