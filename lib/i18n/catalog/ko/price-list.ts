import type { PriceListProblem } from '../../../pricing/price-list/price-list-problem'
import { withJosa as j } from '../../josa'
import type { Messages } from '../define'

/** Price List 파일을 거부한 이유(한국어). */
export const priceList: Messages<PriceListProblem> = {
  'price-list.unreadable': (p) => `${j(p.file, '을/를')} 읽을 수 없습니다: ${p.detail}`,
  'price-list.not-json': (p) => `${j(p.file, '은/는')} 올바른 JSON이 아닙니다 (${p.detail})`,
  'price-list.unclosed-quote': (p) => `${j(p.file, '이/가')} 따옴표 안에서 끝납니다: 파일이 잘렸습니다(다운로드가 중단되었나요?)`,
  'price-list.no-header': (p) => `${p.file}에 "SKU"로 시작하는 머리글 행이 없습니다: AWS Price List 오퍼 파일이 아닙니다`,
  'price-list.missing-field': (p) => `${p.file}에 "${p.field}"(${p.where}) 항목이 없습니다: AWS Price List 파일이 아니거나 잘렸습니다`,
  'price-list.bad-number': (p) => `${p.file}: SKU ${p.sku}의 ${p.field} 값 "${p.value}"은 숫자가 아닙니다`,
  'price-list.unknown-term-type': (p) => `${p.file}: SKU ${p.sku}의 약정 유형 "${p.termType}"은 알 수 없습니다(OnDemand와 Reserved만 읽습니다)`,
  'price-list.no-offer': (p) => `${p.file}에 "${p.offerCode}" 오퍼가 없습니다`,
  'price-list.no-region': (p) => `${p.file}에 ${p.region} 리전의 ${p.offerCode} 가격이 없습니다`,
}
