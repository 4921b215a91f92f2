import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { cookies } from 'next/headers'
import { Providers } from '@/components/providers'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { sayDashboard } from '@/lib/i18n/catalog/say-dashboard'
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locale'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import './globals.css'

/** The language the visitor chose before (cookie), else English. */
async function chosenLocale(): Promise<Locale> {
  return resolveLocale(undefined, (await cookies()).get(LOCALE_COOKIE)?.value)
}

/** The dashboard's tab title and description in the visitor's language; other pages set their own title. */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await chosenLocale()
  return {
    title: sayDashboard(locale, { code: 'dashboard.title', params: {} }),
    description: sayDashboard(locale, { code: 'dashboard.description', params: {} }),
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await chosenLocale()
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
