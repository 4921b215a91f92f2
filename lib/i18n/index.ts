export * from './locale'
export * from './messages'
export * from './domain-words'
export * from './engine-text'
