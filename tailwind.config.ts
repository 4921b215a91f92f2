import type { Config } from 'tailwindcss'

/** Colours carry meaning across every view: recovery modes and finding severities. */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        auto: '#15803d',
        partial: '#b45309',
        manual: '#b91c1c',
        high: '#b91c1c',
        medium: '#b45309',
        low: '#1d4ed8',
      },
    },
  },
} satisfies Config
