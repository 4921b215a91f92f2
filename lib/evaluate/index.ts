export * from './evaluate-scenario'
export * from './list-breaches'
