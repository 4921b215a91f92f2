// Types for security-headers.mjs (plain JavaScript so that next.config.js can import it).
export declare const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>
