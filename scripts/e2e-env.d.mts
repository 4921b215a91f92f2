// Types for scripts/e2e-env.mjs (plain JavaScript so that scripts/run-tests.mjs runs without a build).
export declare const E2E_DATA_DIR: string
export declare const E2E_ENV: Record<string, string>
