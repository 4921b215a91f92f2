/**
 * Runs once when the server starts: the engine prices designs from the seven region books, which
 * the server holds in memory for every page and route (the browser loads one region at a time).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { installAllRegionBooks } = await import('./lib/pricing/install-region-books')
  installAllRegionBooks()
}
