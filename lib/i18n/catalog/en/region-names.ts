import type { PricedRegion } from '../../../model'

/** AWS's own names for the regions (console and pricing pages). */
const REGION_NAMES: Record<PricedRegion, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
}

/** The region's name, or its code for a region this build does not know. */
export function regionName(region: string): string {
  return (REGION_NAMES as Record<string, string>)[region] ?? region
}
