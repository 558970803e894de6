"use client";
// An instant shown in the viewer's own time zone and locale; the ISO value stays in the markup.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function FormattedTime({ iso, withSeconds = false, dateOnly = false }: { iso: string; withSeconds?: boolean; dateOnly?: boolean }) {
  const isClient = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  // The server renders UTC; the browser re-renders in local time after hydration.
  const text = isClient
    ? dateOnly
      ? date.toLocaleDateString(undefined, { dateStyle: "medium" })
      : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: withSeconds ? "medium" : "short" })
    : dateOnly
      ? date.toISOString().slice(0, 10)
      : date.toISOString().replace("T", " ").slice(0, withSeconds ? 19 : 16) + " UTC";
  // The full instant stays available on hover when only the day shows.
  return (
    <time dateTime={iso} title={dateOnly && isClient ? date.toLocaleString(undefined, { dateStyle: "full", timeStyle: "short" }) : undefined}>
      {text}
    </time>
  );
}
