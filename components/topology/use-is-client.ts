import { useSyncExternalStore } from 'react'

const subscribeNever = () => () => {}

/** False while rendering on the server and hydrating, true once on the client: the canvas measures the DOM. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )
}
