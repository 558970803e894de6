"use client";
// What a page shows when its frame (not one section) fails: the reason in plain words and a retry.
import { useEffect } from "react";
import { Button } from "./button";

export function PageError({ what, error, retry }: { what: string; error: unknown; retry: () => void }) {
  useEffect(() => {
    // Server errors arrive without their message in production; the digest matches the server log.
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="grid max-w-xl gap-3 rounded-lg border border-danger/40 bg-surface p-6">
      <h1 className="text-2xl font-semibold tracking-tight">{what} could not be loaded</h1>
      <p className="text-sm text-muted">
        Keel could not read what this page needs. It is often a passing problem: try again, and if it persists ask an admin to check the server log
        {digest ? (
          <>
            {" "}
            for error <code className="font-mono">{digest}</code>
          </>
        ) : null}
        .
      </p>
      <div>
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
      </div>
    </div>
  );
}
