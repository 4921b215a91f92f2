import type { PricedRegion } from '../../../model'

/** AWS 한국어 콘솔의 리전 이름. */
const REGION_NAMES: Record<PricedRegion, string> = {
  'us-east-1': '미국 동부(버지니아 북부)',
  'us-east-2': '미국 동부(오하이오)',
  'us-west-2': '미국 서부(오레곤)',
  'eu-west-1': '유럽(아일랜드)',
  'eu-central-1': '유럽(프랑크푸르트)',
  'ap-northeast-1': '아시아 태평양(도쿄)',
  'ap-northeast-2': '아시아 태평양(서울)',
}

/** The region's name, or its code for a region this build does not know. */
export function regionName(region: string): string {
  return (REGION_NAMES as Record<string, string>)[region] ?? region
}
