import type { PriceAgeReason } from '../price-age-reasons'
import type { Messages } from '../define'

/** The "old price" mark, in Korean. */
export const priceAge: Messages<PriceAgeReason> = {
  'price-age.old': (p) => `오래됨 (${p.date})`,
  'price-age.old-lines': (p) => `${p.count}개 항목의 단가 출처가 12개월이 넘었습니다:`,
  'price-age.old-title': (p) => `${p.date} 기준 단가로 12개월이 넘었습니다. 지금 AWS 가격은 다를 수 있습니다.`,
}
