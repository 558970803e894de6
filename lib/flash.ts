// The one-time message a change leaves for the next page ("SLO saved."), carried across the redirect in a short-lived cookie.
export const FLASH_COOKIE = "keel-flash";

const MAX_LENGTH = 300;

/** The flash message in a `document.cookie` string, or null; a malformed value is dropped, never shown raw. */
export function readFlash(cookies: string): string | null {
  const pair = cookies
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!pair) return null;
  try {
    const message = decodeURIComponent(pair.slice(FLASH_COOKIE.length + 1)).trim();
    return message ? message.slice(0, MAX_LENGTH) : null;
  } catch {
    return null;
  }
}
