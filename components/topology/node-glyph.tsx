import type { ReactNode } from 'react'
import type { TopoNodeKind } from '@/lib/topology'

/** Line icons drawn on a 24-unit grid with the current text colour; no icon package. */
const PATHS: Record<TopoNodeKind, ReactNode> = {
  external: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </>
  ),
  region: (
    <>
      <path d="M4 20V5l5-2 6 2 5-2v15l-5 2-6-2-5 2z" />
      <path d="M9 3v15M15 5v15" />
    </>
  ),
  vpc: (
    <>
      <path d="M7 18a4.5 4.5 0 0 1-.6-9 6 6 0 0 1 11.5 1.5A3.8 3.8 0 0 1 17.5 18z" />
      <rect x="9.5" y="12" width="5" height="4" rx="0.8" />
      <path d="M10.5 12v-1.2a1.5 1.5 0 0 1 3 0V12" />
    </>
  ),
  az: (
    <>
      <path d="M3 21h18M5 21V10l7-6 7 6v11" />
      <path d="M9 21v-6h6v6" />
    </>
  ),
  'subnet-group': (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="2" />
      <path d="M3.5 9.5h17M3.5 14.5h17M9.5 3.5v17" />
    </>
  ),
  igw: (
    <>
      <path d="M4 21V9a8 8 0 0 1 16 0v12" />
      <path d="M8 21v-9a4 4 0 0 1 8 0v9M2 21h20" />
    </>
  ),
  nat: (
    <>
      <rect x="3" y="6" width="8" height="12" rx="1.5" />
      <path d="M11 12h9M16.5 8.5 20 12l-3.5 3.5" />
    </>
  ),
  alb: (
    <>
      <circle cx="5.5" cy="12" r="2.5" />
      <path d="M8 12h3M11 12l7-6.5M11 12h7M11 12l7 6.5" />
      <circle cx="19" cy="5.5" r="1.6" />
      <circle cx="19.5" cy="12" r="1.6" />
      <circle cx="19" cy="18.5" r="1.6" />
    </>
  ),
  service: (
    <>
      <path d="M12 2.8 20.2 7.4v9.2L12 21.2l-8.2-4.6V7.4z" />
      <path d="M3.8 7.4 12 12l8.2-4.6M12 12v9.2" />
    </>
  ),
  database: (
    <>
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.8" />
      <path d="M4.5 5.5v13c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8v-13" />
      <path d="M4.5 12c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8" />
    </>
  ),
  cache: <path d="M13 2.5 4.5 13.5H11L10 21.5l8.5-11H12z" />,
  bastion: (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <path d="m7 10 3 2.5L7 15M12.5 15.5H17" />
    </>
  ),
  endpoint: (
    <>
      <path d="M9 3v5M15 3v5M6.5 8h11v3.5a5.5 5.5 0 0 1-11 0z" />
      <path d="M12 17v4" />
    </>
  ),
  cloudfront: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="3.5" />
      <path d="M12 3.5v5M12 15.5v5M3.5 12h5M15.5 12h5" />
    </>
  ),
  waf: (
    <>
      <path d="M12 2.8 19.5 6v5.5c0 4.6-3.1 8.4-7.5 9.7-4.4-1.3-7.5-5.1-7.5-9.7V6z" />
      <path d="m8.8 12 2.2 2.2 4.4-4.4" />
    </>
  ),
  route53: (
    <>
      <path d="M12 21.5s6.5-6 6.5-11.3a6.5 6.5 0 0 0-13 0C5.5 15.5 12 21.5 12 21.5z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
}

const OFFICE = (
  <>
    <path d="M4 21V4.5h10V21M14 9h6v12M2.5 21h19" />
    <path d="M7.5 8h3M7.5 12h3M7.5 16h3M17 13v.01M17 17v.01" />
  </>
)

/** The box's icon; an external range other than the internet (an office) gets a building. */
export function NodeGlyph({ kind, isInternet = true, className = 'h-5 w-5' }: { kind: TopoNodeKind; isInternet?: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      {kind === 'external' && !isInternet ? OFFICE : PATHS[kind]}
    </svg>
  )
}
