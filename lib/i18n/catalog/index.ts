export type { Catalog, CatalogReason } from './catalog-type'
export type { Messages } from './define'
export { say, sayWith, catalogOf } from './say'
export { pseudoCatalog, pseudoLocalize } from './pseudo'
