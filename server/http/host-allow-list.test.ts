import { describe, expect, it } from 'vitest'
import { isAllowedHost, readAllowedHosts, splitHost } from './host-allow-list'

describe('the Host allow-list', () => {
  const loopback = readAllowedHosts(undefined)

  it('answers to localhost, 127.0.0.1 and [::1] on any port', () => {
    for (const host of ['localhost', 'localhost:3000', 'LOCALHOST:3100', '127.0.0.1:3100', '127.0.0.1', '[::1]:3000', '[::1]', 'localhost.:3000']) expect(isAllowedHost(host, loopback), host).toBe(true)
  })

  it('refuses any other name, a missing header and a malformed one (DNS rebinding)', () => {
    for (const host of ['attacker.example', 'attacker.example:3000', 'localhost.attacker.example', '127.0.0.1.nip.io', '127.0.0.2:3000', '[::2]:3000', '0.0.0.0:3000', '', '   ', 'localhost:3000:1', 'local host', 'localhost/x', 'user@localhost'])
      expect(isAllowedHost(host, loopback), host).toBe(false)
    expect(isAllowedHost(null, loopback)).toBe(false)
    expect(isAllowedHost(undefined, loopback)).toBe(false)
  })

  it('adds the names in ARCHDECK_ALLOWED_HOSTS, any port unless the entry names one', () => {
    const hosts = readAllowedHosts(' ArchDeck.Internal , 10.0.0.5:3000,, [fd00::1] ')
    expect(isAllowedHost('archdeck.internal', hosts)).toBe(true)
    expect(isAllowedHost('archdeck.internal:8443', hosts)).toBe(true)
    expect(isAllowedHost('10.0.0.5:3000', hosts)).toBe(true)
    expect(isAllowedHost('10.0.0.5:3001', hosts)).toBe(false)
    expect(isAllowedHost('10.0.0.5', hosts)).toBe(false)
    expect(isAllowedHost('[fd00::1]:80', hosts)).toBe(true)
    expect(isAllowedHost('localhost:3000', hosts)).toBe(true)
    expect(isAllowedHost('attacker.example', hosts)).toBe(false)
  })

  it('splits a host into a lower-case name and its port', () => {
    expect(splitHost('Example.COM:80')).toEqual({ hostname: 'example.com', port: '80' })
    expect(splitHost('[::1]:3000')).toEqual({ hostname: '[::1]', port: '3000' })
    expect(splitHost('::1')).toBeNull()
  })
})
