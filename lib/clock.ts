// The request's "now". Server components render once per request, so reading the clock there is intended.
export function nowMs(): number {
  return Date.now();
}
