/**
 * Each organisation has its own redirect address. With one shared address, a provider set up by
 * another organisation could relay a victim's sign-in at this organisation's provider back with
 * its own state ("mix-up"); with one per organisation, the address the victim's provider answers
 * at names the organisation, and a state of another is refused before any code leaves.
 */
export function ssoCallbackUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/auth/sso/${slug}/callback`;
}
