export * from './availability-zones'
export * from './plan-subnets'
