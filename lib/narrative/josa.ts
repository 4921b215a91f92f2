/** Moved to lib/i18n (the message catalog's own helper); engines that still write Korean import it from here until they return codes. */
export { withJosa, type JosaPair } from '../i18n/josa'
