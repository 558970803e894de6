"use client";
// The current minute as epoch ms, shared by every chart on the page; null while rendering on the server.
import { useSyncExternalStore } from "react";

const MINUTE_MS = 60_000;
// Checking a few times a minute keeps a minute's turn visible within seconds at negligible cost.
const CHECK_EVERY_MS = 5_000;

const listeners = new Set<() => void>();
let currentMinuteMs = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function readMinute(): number {
  return Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
}

function tick(): void {
  // A hidden tab does not need fresh minutes (each one refetches the charts); it catches up when shown again.
  if (document.visibilityState === "hidden") return;
  const next = readMinute();
  if (next === currentMinuteMs) return;
  currentMinuteMs = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  tick();
  if (timer === undefined) {
    timer = setInterval(tick, CHECK_EVERY_MS);
    document.addEventListener("visibilitychange", tick);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
      timer = undefined;
    }
  };
}

function getSnapshot(): number {
  // Before anyone subscribes the stored minute may be stale (or unset); it only changes once a minute, so this stays stable between reads.
  if (listeners.size === 0) currentMinuteMs = readMinute();
  return currentMinuteMs;
}

/** Re-renders when the minute changes. Null during server rendering and hydration, so server and client markup agree. */
export function useMinuteClock(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
