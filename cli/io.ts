/** Where the CLI writes: standard output and standard error in bin/archdeck.js, strings in tests. */
export type Io = { out: (text: string) => void; err: (text: string) => void }
