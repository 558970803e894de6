"use client";
// Light, dark, or follow the system.
import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const OPTIONS = [
  { value: "light", label: "Light theme", Icon: Sun },
  { value: "dark", label: "Dark theme", Icon: Moon },
  { value: "system", label: "Follow system theme", Icon: Monitor },
] as const;

const subscribe = () => () => {};

export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The chosen theme is only known in the browser; render neutral on the server.
  const mounted = useSyncExternalStore(subscribe, () => true, () => false);
  return (
    <div role="group" aria-label="Colour theme" className="inline-flex rounded-md border border-border p-0.5">
      {OPTIONS.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-label={label}
          aria-pressed={mounted ? theme === value : undefined}
          title={label}
          onClick={() => setTheme(value)}
          className="rounded p-1.5 text-muted hover:text-fg aria-pressed:bg-surface-2 aria-pressed:text-fg"
        >
          <Icon aria-hidden size={16} />
        </button>
      ))}
    </div>
  );
}
