export * from './check-design'
export * from './design-check-reasons'
export * from './egress-path'
export * from './gate-verdict'
