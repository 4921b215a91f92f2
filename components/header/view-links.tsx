'use client'

import type { MouseEvent } from 'react'
import { useT } from '@/components/i18n/locale-provider'
import { useViewHrefs, type ViewHref } from '@/components/links/use-view-hrefs'

/**
 * The header's Present and Compare links, which open what is on screen. `linkClassName` styles
 * both anchors (the header decides how they look). Each is a plain link once its address is known;
 * until then (a large design's snapshot being stored, the workspace's saved plans being read) a
 * click waits for it and then goes there.
 */
export function ViewLinks({ linkClassName }: { linkClassName: string }) {
  const t = useT()
  const { present, compare } = useViewHrefs()
  return (
    <>
      <ViewLink target={present} className={linkClassName}>
        {t('header.present')}
      </ViewLink>
      <ViewLink target={compare} className={linkClassName}>
        {t('header.compare')}
      </ViewLink>
    </>
  )
}

function ViewLink({ target, className, children }: { target: ViewHref; className: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!target.pending) return
    // Any click (a new-tab one too): the address it would take is not the design's yet.
    event.preventDefault()
    void target.pending().then(
      (href) => window.location.assign(href),
      () => undefined, // The notice line already says why; the user can click again.
    )
  }
  return (
    <a href={target.href} className={className} onClick={onClick} onPointerEnter={target.prepare} onFocus={target.prepare}>
      {children}
    </a>
  )
}
