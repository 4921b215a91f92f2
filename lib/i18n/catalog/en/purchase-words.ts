import type { PurchaseOption } from '../../../model'

/** How AWS's bill names a purchase option ("1-yr reserved, all upfront"). */
export const PURCHASE_WORDS: Record<PurchaseOption, string> = {
  'on-demand': 'on-demand',
  'reserved-1yr-no-upfront': '1-yr reserved, no upfront',
  'reserved-1yr-partial-upfront': '1-yr reserved, partial upfront',
  'reserved-1yr-all-upfront': '1-yr reserved, all upfront',
  'reserved-3yr-no-upfront': '3-yr reserved, no upfront',
  'reserved-3yr-partial-upfront': '3-yr reserved, partial upfront',
  'reserved-3yr-all-upfront': '3-yr reserved, all upfront',
  'savings-plan-1yr-no-upfront': '1-yr Savings Plan, no upfront',
  'savings-plan-3yr-no-upfront': '3-yr Savings Plan, no upfront',
}
