/** Running along another line costs this much per pixel on top of the length, so lines spread over the tracks. */
const ALONG_FACTOR = 3
/** Crossing another line costs as much as this many pixels. */
const CROSS_COST = 8

/** A line's owner: its two ends, packed as source × 65,536 + target (box indices). */
export function ownerOf(sourceIndex: number, targetIndex: number): number {
  return sourceIndex * 65_536 + targetIndex
}

/**
 * The grid stretches and crossings lines already drawn use, so the next line pays for running
 * along one of another source and another target (lines into one box or out of one box may
 * share their last or first stretch: they read as one bundle) and, a little, for crossing one.
 * Example: A→X drawn down column 3; B→Y down column 3 pays 3 px per pixel more, A→Y does not.
 */
export class LineUsage {
  /** Per stretch (and per crossing for H/V passes): 0 unused, else the first owner + 1. */
  private readonly firstH: Float64Array
  private readonly firstV: Float64Array
  private readonly passH: Float64Array
  private readonly passV: Float64Array
  /** Set when a second line of other ends shares the stretch: everyone pays. */
  private readonly sharedH: Uint8Array
  private readonly sharedV: Uint8Array

  constructor(size: number) {
    this.firstH = new Float64Array(size)
    this.firstV = new Float64Array(size)
    this.passH = new Float64Array(size)
    this.passV = new Float64Array(size)
    this.sharedH = new Uint8Array(size)
    this.sharedV = new Uint8Array(size)
  }

  /** What moving over a stretch into crossing `next` costs `owner` beyond its length. */
  costOf(horizontal: boolean, stretch: number, length: number, next: number, owner: number): number {
    let extra = 0
    const first = horizontal ? this.firstH[stretch]! : this.firstV[stretch]!
    if (first !== 0 && ((horizontal ? this.sharedH[stretch] : this.sharedV[stretch]) || isOther(first - 1, owner))) extra += ALONG_FACTOR * length
    const across = horizontal ? this.passV[next]! : this.passH[next]!
    if (across !== 0 && isOther(across - 1, owner)) extra += CROSS_COST
    return extra
  }

  /** Records a drawn line, as the crossings it passes (consecutive ones share a row or a column). */
  add(path: readonly number[], nx: number, owner: number) {
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!
      const b = path[k]!
      const horizontal = Math.abs(a - b) === 1 && nx > 1
      const stretch = Math.min(a, b)
      const [first, shared, pass] = horizontal ? [this.firstH, this.sharedH, this.passH] : [this.firstV, this.sharedV, this.passV]
      if (first[stretch] === 0) first[stretch] = owner + 1
      else if (isOther(first[stretch]! - 1, owner)) shared[stretch] = 1
      if (pass[a] === 0) pass[a] = owner + 1
      if (pass[b] === 0) pass[b] = owner + 1
    }
  }
}

function isOther(a: number, b: number): boolean {
  return a - (a % 65_536) !== b - (b % 65_536) && a % 65_536 !== b % 65_536
}
