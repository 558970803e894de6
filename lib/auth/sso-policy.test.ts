import { describe, expect, it } from "vitest";
import { decideSsoSignIn, parseAllowedDomains, SSO_REFUSAL_MESSAGES } from "./sso-policy";

const active = { id: 7, isActive: true };

describe("decideSsoSignIn", () => {
  it("links an existing account when the provider verified the email", () => {
    expect(decideSsoSignIn({ profile: { email: "ada@acme.com", email_verified: true }, existingUser: active, allowedDomains: null })).toEqual({ kind: "link", userId: 7 });
  });

  it("refuses to link an existing account to an unverified email", () => {
    for (const email_verified of [false, undefined, null, "false", "yes"]) {
      expect(decideSsoSignIn({ profile: { email: "ada@acme.com", email_verified }, existingUser: active, allowedDomains: null })).toEqual({
        kind: "refuse",
        error: "OidcEmailUnverified",
      });
    }
  });

  it("refuses to create an account from an unverified email too", () => {
    expect(decideSsoSignIn({ profile: { email: "new@acme.com", email_verified: false }, existingUser: undefined, allowedDomains: null })).toEqual({
      kind: "refuse",
      error: "OidcEmailUnverified",
    });
    expect(decideSsoSignIn({ profile: { email: "new@acme.com" }, existingUser: undefined, allowedDomains: ["acme.com"] })).toEqual({
      kind: "refuse",
      error: "OidcEmailUnverified",
    });
  });

  it("accepts the claim as the string some providers send", () => {
    expect(decideSsoSignIn({ profile: { email: "ada@acme.com", email_verified: "true" }, existingUser: active, allowedDomains: null })).toEqual({ kind: "link", userId: 7 });
  });

  it("creates an account for a verified first-timer when no domain list is set", () => {
    expect(decideSsoSignIn({ profile: { email: "new@anywhere.example", email_verified: true }, existingUser: undefined, allowedDomains: null })).toEqual({ kind: "create" });
  });

  it("creates accounts only within the allowed domains", () => {
    const allowedDomains = ["acme.com", "acme.co.uk"];
    expect(decideSsoSignIn({ profile: { email: "new@acme.co.uk", email_verified: true }, existingUser: undefined, allowedDomains })).toEqual({ kind: "create" });
    expect(decideSsoSignIn({ profile: { email: "new@evil.example", email_verified: true }, existingUser: undefined, allowedDomains })).toEqual({
      kind: "refuse",
      error: "OidcDomainNotAllowed",
    });
    // A look-alike suffix or a subdomain is another domain.
    for (const email of ["new@notacme.com", "new@sub.acme.com", "new@acme.com.evil.example"]) {
      expect(decideSsoSignIn({ profile: { email, email_verified: true }, existingUser: undefined, allowedDomains })).toMatchObject({ kind: "refuse" });
    }
  });

  it("compares domains case-insensitively", () => {
    expect(decideSsoSignIn({ profile: { email: "New@ACME.Com", email_verified: true }, existingUser: undefined, allowedDomains: ["acme.com"] })).toEqual({ kind: "create" });
    expect(decideSsoSignIn({ profile: { email: "new@acme.com", email_verified: true }, existingUser: undefined, allowedDomains: ["Acme.COM"] })).toEqual({ kind: "create" });
  });

  it("lets people an admin already added sign in whatever their domain", () => {
    expect(decideSsoSignIn({ profile: { email: "contractor@partner.example", email_verified: true }, existingUser: active, allowedDomains: ["acme.com"] })).toEqual({
      kind: "link",
      userId: 7,
    });
  });

  it("refuses deactivated accounts", () => {
    expect(decideSsoSignIn({ profile: { email: "ada@acme.com", email_verified: true }, existingUser: { id: 7, isActive: false }, allowedDomains: null })).toEqual({
      kind: "refuse",
      error: "Deactivated",
    });
  });

  it("refuses a profile without an email", () => {
    for (const email of [undefined, null, "", "  ", "not-an-email"]) {
      expect(decideSsoSignIn({ profile: { email, email_verified: true }, existingUser: undefined, allowedDomains: null })).toEqual({ kind: "refuse", error: "OidcNoEmail" });
    }
  });

  it("has a message for every refusal", () => {
    expect(SSO_REFUSAL_MESSAGES.OidcEmailUnverified).toMatch(/^Your identity provider has not verified your email address/);
    expect(SSO_REFUSAL_MESSAGES.OidcDomainNotAllowed).toMatch(/domain/);
  });
});

describe("parseAllowedDomains", () => {
  it("reads a comma-separated list, lower-cased, ignoring blanks and a leading @", () => {
    expect(parseAllowedDomains(" Acme.com, @acme.co.uk ,, ")).toEqual(["acme.com", "acme.co.uk"]);
  });

  it("means any domain when unset or empty", () => {
    expect(parseAllowedDomains(undefined)).toBeNull();
    expect(parseAllowedDomains(" , ")).toBeNull();
  });
});
