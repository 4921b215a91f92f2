export * from './price'
export * from './catalog'
