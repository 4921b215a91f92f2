import type { RegionBook } from './region-book'
import { instanceClassOf } from './instance-class'
import { recordBookLookups, regionBookKeys, regionBookPart } from './region-books'


/**
 * The prices a server-rendered page needs in the browser before the region's whole book loads:
 * every key `work` looked up, every price of the same instance classes (so the Multi-AZ, engine
 * and purchase variants a view prices agree too), and the region's non-instance prices (a few
 * dozen). The first render in the browser then computes the figures the server sent.
 */
export function priceSheetsFor(work: () => unknown): RegionBook[] {
  const { keys } = recordBookLookups(work)
  return [...keys.entries()].flatMap(([region, looked]) => {
    const classes = new Set([...looked].map(instanceClassOf).filter((c): c is string => c !== null))
    const wanted = regionBookKeys(region).filter((key) => {
      const cls = instanceClassOf(key)
      return cls === null ? true : classes.has(cls)
    })
    const part = regionBookPart(region, new Set([...looked, ...wanted]))
    return part ? [part] : []
  })
}
