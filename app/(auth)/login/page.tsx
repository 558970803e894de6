import { redirect } from "next/navigation";
import { isDemoInstance } from "@/db/queries/settings";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oidcConfigured, oidcDisplayName } from "@/lib/auth/options";
import { SSO_REFUSAL_MESSAGES } from "@/lib/auth/sso-policy";
import { getCurrentUser } from "@/lib/auth/session";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo-accounts";
import { LoginForm } from "./login-form";

export const metadata = { title: "Sign in" };

const ERROR_MESSAGES: Record<string, string> = {
  ...SSO_REFUSAL_MESSAGES,
  OAuthSignin: "Could not reach the SSO provider. Try again or use email and password.",
  OAuthCallback: "The SSO provider's answer could not be verified. Try again.",
  AccessDenied: "Access denied.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const demo = await isDemoInstance();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold">Sign in to Keel</h1>
          <p className="mt-1 text-sm text-muted">Your team&apos;s services, SLOs and error budgets.</p>
        </div>
        <LoginForm
          callbackPath={callbackPath}
          initialError={params.error ? (ERROR_MESSAGES[params.error] ?? "Sign-in failed. Try again.") : undefined}
          oidc={oidcConfigured() ? { name: oidcDisplayName() } : null}
        />
        {demo ? (
          <section aria-labelledby="demo-logins" className="mt-6 rounded-lg border border-border bg-surface p-4 text-sm">
            <h2 id="demo-logins" className="font-semibold">
              Demo logins
            </h2>
            <p className="mt-1 text-muted">
              This instance holds demo data. Every demo user&apos;s password is <code className="font-mono">{DEMO_PASSWORD}</code>.
            </p>
            <ul className="mt-2 space-y-1">
              {DEMO_USERS.map((user) => (
                <li key={user.email} className="flex justify-between gap-2">
                  <code className="font-mono">{user.email}</code>
                  <span className="text-muted">{user.role}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}
