export * from './erlang-c'
export * from './assess-capacity'
export * from './queue-steps'
export * from './capacity-reasons'
