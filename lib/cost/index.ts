export * from './cost-line'
export * from './traffic-volume'
export * from './compute-monthly-cost'
export * from './cost-reasons'
