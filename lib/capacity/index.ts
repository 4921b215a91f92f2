export * from './erlang-c'
export * from './assess-capacity'
