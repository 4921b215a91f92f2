import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, it } from 'vitest'
import { SECURITY_HEADERS } from './security-headers'

it('carries the same security headers as next.config.js', async () => {
  const config = (await import(/* @vite-ignore */ pathToFileURL(path.resolve(__dirname, '../../next.config.js')).href)) as { SECURITY_HEADERS: unknown }
  expect(SECURITY_HEADERS).toEqual(config.SECURITY_HEADERS)
})
