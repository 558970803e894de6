// Turns a name into a slug the slug rule accepts: lowercase ASCII letters, digits and single hyphens, starting with a letter.
// The slug rule in ./schemas allows at most this many characters; the tests hold the two together.
const SLUG_MAX_LENGTH = 63;

// Letters that Unicode does not decompose into a base letter and an accent.
const SPELLED_OUT: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßæœøłđðþı]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/&/g, " and ");
  return ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

/** The slug a form shows: it follows the name until the person edits the slug themselves. */
export function followsName(name: string, slug: string): boolean {
  return slug === "" || slug === slugify(name);
}
