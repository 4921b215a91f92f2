export * from './locale'
export * from './messages'
export * from './domain-words'
