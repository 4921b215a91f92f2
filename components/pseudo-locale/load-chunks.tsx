import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { vi } from 'vitest'
import { trackPending } from './pending-work'

type Loader = () => Promise<ComponentType<object> | { default: ComponentType<object> }>

/**
 * next/dynamic as React.lazy: the chunks a page loads after its first paint (charts, the topology
 * canvas, the tabs) load in the test too, so their words are checked. Call before importing pages.
 */
export function loadDynamicChunks(): void {
  vi.doMock('next/dynamic', () => ({
    default: (load: Loader, options: { loading?: () => ReactNode } = {}) => {
      const Lazy = lazy(() => trackPending(load().then((loaded) => ({ default: 'default' in loaded ? loaded.default : loaded }))))
      return function Dynamic(props: object) {
        return (
          <Suspense fallback={options.loading?.() ?? null}>
            <Lazy {...props} />
          </Suspense>
        )
      }
    },
  }))
}
