"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const WRONG_CREDENTIALS = "Wrong email or password.";

export function LoginForm({ callbackPath, initialError, oidc }: { callbackPath: string; initialError?: string; oidc: { name: string } | null }) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        callbackUrl: callbackPath,
      });
      if (!result || result.error) {
        setError(!result || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : (result.error ?? WRONG_CREDENTIALS));
        setPending(false);
        return;
      }
      // A full navigation so every server component renders with the new session. Checked again here, against
      // the real origin, because this is the line that actually moves the browser.
      window.location.assign(safeCallbackPath(callbackPath, window.location.origin));
    } catch {
      setError("Keel could not be reached. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <div className="rounded-lg border border-border bg-surface p-5">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="text-sm font-medium">
            Email
          </label>
          <Input id="email" name="email" type="email" autoComplete="username" required aria-describedby="login-error" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="password" className="text-sm font-medium">
            Password
          </label>
          <Input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="login-error" />
        </div>
        <div id="login-error" role="alert" aria-live="assertive" className="min-h-5 text-sm text-danger">
          {error}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidc ? (
        <div className="mt-4 border-t border-border pt-4">
          <Button variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl: callbackPath })}>
            Sign in with {oidc.name}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
