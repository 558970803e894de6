// Whether a company-SSO sign-in may use an existing Keel account, get a new one, or must be refused.

export type SsoProfile = { email?: string | null; email_verified?: boolean | string | null };
export type SsoExistingUser = { id: number; isActive: boolean };
export type SsoRefusal = "OidcNoEmail" | "OidcEmailUnverified" | "OidcDomainNotAllowed" | "Deactivated";
export type SsoDecision = { kind: "link"; userId: number } | { kind: "create" } | { kind: "refuse"; error: SsoRefusal };

/** What the login page says for each refusal, keyed by the `error` query parameter it arrives with. */
export const SSO_REFUSAL_MESSAGES: Record<SsoRefusal, string> = {
  OidcNoEmail: "Your SSO account has no email address, so Keel cannot match it to a user.",
  OidcEmailUnverified:
    "Your identity provider has not verified your email address, so Keel cannot match it to an account. Verify it with your identity provider, or ask an admin.",
  OidcDomainNotAllowed: "Keel only creates accounts for email addresses at your organisation's domains. Ask an admin to add you.",
  Deactivated: "This account is deactivated. Ask an admin to reactivate it.",
};

/** KEEL_OIDC_ALLOWED_DOMAINS as lower-case domains; null when unset or empty, meaning any domain. */
export function parseAllowedDomains(raw: string | undefined): string[] | null {
  const domains = (raw ?? "")
    .split(",")
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  return domains.length ? domains : null;
}

function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
}

// Some providers (Cognito among them) send the claim as the string "true".
function isVerified(claim: SsoProfile["email_verified"]): boolean {
  return claim === true || claim === "true";
}

/**
 * Accounts are matched by email, so an email the provider has not verified could be anyone's: it neither
 * takes over an existing account nor becomes the identity of a new one. The domain list limits who gets a
 * new account; people an admin already added keep signing in whatever their domain.
 */
export function decideSsoSignIn({
  profile,
  existingUser,
  allowedDomains,
}: {
  profile: SsoProfile;
  existingUser: SsoExistingUser | undefined;
  allowedDomains: readonly string[] | null;
}): SsoDecision {
  const email = profile.email?.trim();
  if (!email || !email.includes("@")) return { kind: "refuse", error: "OidcNoEmail" };
  if (!isVerified(profile.email_verified)) return { kind: "refuse", error: "OidcEmailUnverified" };
  if (existingUser) {
    return existingUser.isActive ? { kind: "link", userId: existingUser.id } : { kind: "refuse", error: "Deactivated" };
  }
  const domain = emailDomain(email);
  if (allowedDomains && !allowedDomains.some((allowed) => allowed.trim().toLowerCase() === domain)) return { kind: "refuse", error: "OidcDomainNotAllowed" };
  return { kind: "create" };
}
