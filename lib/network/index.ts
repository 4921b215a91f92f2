export * from './availability-zones'
export * from './plan-subnets'
export * from './image-pull-endpoints'
