import type { PriceListProblem } from '../../pricing/price-list/price-list-problem'
import { priceList as en } from './en/price-list'
import { priceList as ko } from './ko/price-list'
import { speaker } from './speaker'

/** Why an AWS Price List file was refused, in the reader's language. */
export const sayPriceList = speaker<PriceListProblem>({ en, ko })
