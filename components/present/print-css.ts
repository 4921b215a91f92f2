/**
 * Print: every slide on its own landscape page, no controls, nothing cut in half. The deck is
 * position: fixed on screen, which print would repeat on every page, so it becomes static.
 * Heights are in mm so a slide fits A4 and US Letter landscape alike (190 mm and 196 mm of
 * content height with 10 mm margins). The screen's fit (use-slide-fit.ts) does not apply on paper:
 * the stage stops being a size container (its height follows the pages) and no slide is zoomed.
 */
export const PRINT_CSS = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  html, body { background: #fff !important; }
  body * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .present-root { position: static !important; inset: auto !important; height: auto !important; overflow: visible !important; display: block !important; }
  .present-stage { overflow: visible !important; height: auto !important; display: block !important; container-type: normal !important; }
  .present-fit { zoom: 1 !important; }
  .present-slide { display: flex !important; position: static !important; height: 186mm !important; overflow: hidden !important;
    break-after: page; page-break-after: always; break-inside: avoid; page-break-inside: avoid; padding: 0 !important; }
  .present-slide:last-child { break-after: auto; page-break-after: auto; }
  .present-visual, .present-visual li, .present-visual svg { break-inside: avoid; page-break-inside: avoid; }
}
`
