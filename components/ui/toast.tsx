"use client";
// Shows once the message a change left for this page (lib/actions/flash.ts), e.g. "SLO saved." after a redirect.
import { X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FLASH_COOKIE, readFlash } from "@/lib/flash";

const SHOWN_MS = 8000;

export function FlashToast() {
  const pathname = usePathname();
  const [message, setMessage] = useState<string | null>(null);
  // A message belongs to the page it landed on: moving on to another page puts it away.
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setMessage(null);
  }
  // A redirect after a save usually lands on a new path; a change that redirects to the page it was made on
  // (removing an override) or a refresh does not, so the cookie is also watched: its change event where the
  // browser has one (CookieStore), a light poll where it has not.
  useEffect(() => {
    let show: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const found = readFlash(document.cookie);
      if (!found) return;
      document.cookie = `${FLASH_COOKIE}=; path=/; max-age=0; samesite=strict`;
      // Shown from a task, not during the effect: the empty live region is in the page first, so the message is announced.
      clearTimeout(show);
      show = setTimeout(() => setMessage(found), 50);
    };
    check();
    const store = (globalThis as { cookieStore?: EventTarget }).cookieStore;
    const poll = store ? undefined : setInterval(check, 1000);
    store?.addEventListener("change", check);
    return () => {
      clearTimeout(show);
      clearInterval(poll);
      store?.removeEventListener("change", check);
    };
  }, [pathname]);
  useEffect(() => {
    if (!message) return;
    const hide = setTimeout(() => setMessage(null), SHOWN_MS);
    return () => clearTimeout(hide);
  }, [message]);
  return (
    // The live region stays in the page so that screen readers announce the message when it appears.
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      {message ? (
        <p className="pointer-events-auto flex max-w-md items-center gap-3 rounded-md border border-border bg-surface px-4 py-3 text-sm text-fg shadow-lg">
          <span className="size-2 shrink-0 rounded-full bg-success" aria-hidden="true" />
          <span>{message}</span>
          <button type="button" onClick={() => setMessage(null)} className="-mr-1 rounded p-1 text-muted hover:bg-surface-2 hover:text-fg" aria-label="Dismiss message">
            <X className="size-4" aria-hidden="true" />
          </button>
        </p>
      ) : null}
    </div>
  );
}
