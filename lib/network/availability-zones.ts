import type { PricedRegion, Region } from '../model'

/** Every region has zones a, b and c (a region opens with at least three); which ones an account gets is its own. */
const USUAL_SUFFIXES = ['a', 'b', 'c'] as const

/**
 * AZ suffixes in the order ArchDeck uses them: Seoul designs usually pair 2a with 2c, and Tokyo
 * has no 1b for new accounts (EC2 User Guide, "Availability Zones").
 */
const AZ_SUFFIXES: Record<PricedRegion, readonly string[]> = {
  'us-east-1': ['a', 'b', 'c'],
  'us-east-2': ['a', 'b', 'c'],
  'us-west-2': ['a', 'b', 'c'],
  'eu-west-1': ['a', 'b', 'c'],
  'eu-central-1': ['a', 'b', 'c'],
  'ap-northeast-1': ['a', 'c', 'd'],
  'ap-northeast-2': ['a', 'c', 'b'],
}

/** azNames('ap-northeast-2', 2) → ['ap-northeast-2a', 'ap-northeast-2c'] */
export function azNames(region: Region, count: number): string[] {
  return ((AZ_SUFFIXES as Record<string, readonly string[]>)[region] ?? USUAL_SUFFIXES).slice(0, count).map((suffix) => `${region}${suffix}`)
}
