import type { PurchaseOption } from '../../../model'

/** 구매 옵션을 AWS 한국어 콘솔처럼 부릅니다. */
export const PURCHASE_WORDS: Record<PurchaseOption, string> = {
  'on-demand': '온디맨드',
  'reserved-1yr-no-upfront': '1년 예약, 선결제 없음',
  'reserved-1yr-partial-upfront': '1년 예약, 부분 선결제',
  'reserved-1yr-all-upfront': '1년 예약, 전액 선결제',
  'reserved-3yr-no-upfront': '3년 예약, 선결제 없음',
  'reserved-3yr-partial-upfront': '3년 예약, 부분 선결제',
  'reserved-3yr-all-upfront': '3년 예약, 전액 선결제',
  'savings-plan-1yr-no-upfront': '1년 Savings Plan, 선결제 없음',
  'savings-plan-3yr-no-upfront': '3년 Savings Plan, 선결제 없음',
}
