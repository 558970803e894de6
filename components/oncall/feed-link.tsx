"use client";
// The schedule's calendar feed URL with a copy button; editors can replace its token, which voids the old URL.
import { useId, useState, useSyncExternalStore } from "react";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormState } from "@/lib/forms";

const subscribe = () => () => {};

export function FeedLink({ path, regenerate }: { path: string; regenerate: ((state: FormState, formData: FormData) => Promise<FormState>) | null }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  // The server knows only the path; the browser completes it with the address Keel is reached at.
  const isClient = useSyncExternalStore(subscribe, () => true, () => false);
  const url = isClient ? new URL(path, window.location.origin).toString() : path;
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Calendar feed URL (iCalendar)
      </label>
      <div className="flex min-w-0 flex-col gap-2 sm:flex-row">
        <input id={id} readOnly value={url} className="h-10 min-w-0 flex-1 rounded-md border border-border bg-surface px-3 font-mono text-xs text-fg" onFocus={(event) => event.currentTarget.select()} />
        <Button
          onClick={async () => {
            await navigator.clipboard.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          <Copy aria-hidden size={16} /> Copy URL
        </Button>
      </div>
      <p className="text-xs text-muted" aria-live="polite">
        {copied ? "Copied. Add it to your calendar as a subscription (\"From URL\")." : "Subscribe to it in your calendar app to see your shifts. Anyone with the URL can read the schedule."}
      </p>
      {regenerate ? (
        <div>
          <ConfirmAction
            title="Regenerate the feed URL?"
            description="The current URL stops working at once; everyone subscribed needs the new one."
            triggerLabel="Regenerate URL"
            confirmLabel="Regenerate"
            pendingLabel="Regenerating…"
            action={regenerate}
          />
        </div>
      ) : null}
    </div>
  );
}
