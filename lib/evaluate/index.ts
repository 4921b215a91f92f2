export * from './evaluate-scenario'
export * from './list-breaches'
export * from './price-options'
export * from './evaluate-reasons'
