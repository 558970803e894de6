"use client";
// An instant shown in the viewer's own time zone and locale; the ISO value stays in the markup.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function FormattedTime({ iso, withSeconds = false }: { iso: string; withSeconds?: boolean }) {
  const isClient = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  // The server renders UTC; the browser re-renders in local time after hydration.
  const text = isClient
    ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: withSeconds ? "medium" : "short" })
    : date.toISOString().replace("T", " ").slice(0, withSeconds ? 19 : 16) + " UTC";
  return <time dateTime={iso}>{text}</time>;
}
