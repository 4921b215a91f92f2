import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { cookies } from 'next/headers'
import { Providers } from '@/components/providers'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { LOCALE_COOKIE, LocaleSchema } from '@/lib/i18n/locale'
import './globals.css'

export const metadata: Metadata = {
  title: 'ArchDeck — architecture decision dashboard',
  description: 'Cost, recovery, latency and security of an AWS architecture, for every stakeholder at once.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const stored = LocaleSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value)
  const locale = stored.success ? stored.data : 'en'
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <LocaleProvider initial={locale}>
          <Providers>{children}</Providers>
        </LocaleProvider>
      </body>
    </html>
  )
}
