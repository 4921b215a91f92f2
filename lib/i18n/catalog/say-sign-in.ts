import { signIn as en } from './en/sign-in'
import { signIn as ko } from './ko/sign-in'
import { speaker } from './speaker'
import type { SignInReason } from './sign-in-reasons'

/** The sign-in page's words, without the rest of the catalog. */
export const saySignIn = speaker<SignInReason>({ en, ko })
