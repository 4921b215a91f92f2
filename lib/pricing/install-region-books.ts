import apNortheast1 from '../../data/prices/regions/ap-northeast-1.json' with { type: 'json' }
import apNortheast2 from '../../data/prices/regions/ap-northeast-2.json' with { type: 'json' }
import euCentral1 from '../../data/prices/regions/eu-central-1.json' with { type: 'json' }
import euWest1 from '../../data/prices/regions/eu-west-1.json' with { type: 'json' }
import usEast1 from '../../data/prices/regions/us-east-1.json' with { type: 'json' }
import usEast2 from '../../data/prices/regions/us-east-2.json' with { type: 'json' }
import usWest2 from '../../data/prices/regions/us-west-2.json' with { type: 'json' }
import type { RegionBook } from './region-book'
import { hasRegionBook, installRegionBook } from './region-books'

const BOOKS = [usEast1, usEast2, usWest2, euWest1, euCentral1, apNortheast1, apNortheast2] as unknown as RegionBook[]

/**
 * Installs all seven region books at once: for the server, the CLI, tests and benchmarks, where
 * 1.1 MB of prices cost nothing to hold. The browser loads one region at a time instead
 * (components/pricing). Idempotent.
 */
export function installAllRegionBooks(): void {
  for (const book of BOOKS) if (!hasRegionBook(book.region)) installRegionBook(book)
}
