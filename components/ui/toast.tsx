"use client";
// Shows once the message a change left for this page (lib/actions/flash.ts), e.g. "SLO saved." after a redirect.
import { X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FLASH_COOKIE, readFlash } from "@/lib/flash";

const SHOWN_MS = 8000;

export function FlashToast() {
  const pathname = usePathname();
  const [message, setMessage] = useState<string | null>(null);
  // Set when a message arrives before its page does (the response's cookie lands first): it survives the next move.
  const arrivedEarly = useRef(false);
  const check = useRef<(early: boolean) => void>(() => undefined);
  // The cookie is watched for the whole visit: its change event where the browser has one (CookieStore) and a light
  // poll. A redirect after a save may land on a new path or on the same one (removing an override); either
  // way the message arrives with the response, sometimes just before the new path does.
  useEffect(() => {
    let show: ReturnType<typeof setTimeout> | undefined;
    const showFrom = (cookies: string, early: boolean) => {
      const found = readFlash(cookies);
      if (!found) return;
      document.cookie = `${FLASH_COOKIE}=; path=/; max-age=0; samesite=strict`;
      arrivedEarly.current = early;
      // Shown from a task, not during the effect: the empty live region is in the page first, so the message is announced.
      clearTimeout(show);
      show = setTimeout(() => setMessage(found), 50);
    };
    check.current = (early) => showFrom(document.cookie, early);
    // The change event carries the new value: document.cookie may lag behind it for a moment, so the value is read from the event.
    const onChange = (event: Event) => {
      const changed = (event as Event & { changed?: { name: string; value?: string }[] }).changed?.find((c) => c.name === FLASH_COOKIE);
      if (changed?.value) showFrom(`${FLASH_COOKIE}=${changed.value}`, true);
    };
    const store = (globalThis as { cookieStore?: EventTarget }).cookieStore;
    store?.addEventListener("change", onChange);
    // A light poll as well: browsers without CookieStore rely on it, the others have it as a backstop.
    const poll = setInterval(() => check.current(true), 1000);
    return () => {
      clearTimeout(show);
      clearInterval(poll);
      store?.removeEventListener("change", onChange);
    };
  }, []);
  // A message belongs to the page it landed on: moving on to another page puts it away, unless it came with the move.
  useEffect(() => {
    const settle = setTimeout(() => {
      if (arrivedEarly.current) arrivedEarly.current = false;
      else setMessage(null);
      check.current(false);
    }, 0);
    return () => clearTimeout(settle);
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
