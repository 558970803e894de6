"use client";
// Ctrl/Cmd-K: jump to any section, service or team by name.
import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { Search } from "lucide-react";
import { Dialog as RadixDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { fetchSearchResults, sloQueryKeys } from "@/lib/slo/queries";
import { NAV_ITEMS } from "./nav-items";

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const router = useRouter();
  const results = useQuery({ queryKey: sloQueryKeys.search(query), queryFn: ({ signal }) => fetchSearchResults(query, signal), enabled: open, placeholderData: (prev) => prev });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen((value) => !value);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    router.push(href);
  };

  const sections = NAV_ITEMS.filter((item) => item.label.toLowerCase().includes(query.trim().toLowerCase()));

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="flex h-9 items-center gap-2 rounded-md border border-border bg-surface px-3 text-sm text-muted hover:text-fg"
        aria-label="Search (Ctrl+K)"
      >
        <Search aria-hidden size={16} />
        <span className="hidden sm:inline">Search…</span>
        <kbd className="hidden rounded border border-border px-1 font-mono text-xs sm:inline">Ctrl K</kbd>
      </button>
      <RadixDialog.Root open={open} onOpenChange={setOpen}>
        <RadixDialog.Portal>
          <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
          <RadixDialog.Content className="fixed top-24 left-1/2 z-50 w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface text-fg shadow-xl">
            <RadixDialog.Title className="sr-only">Search Keel</RadixDialog.Title>
            <RadixDialog.Description className="sr-only">Type to find sections, services and teams; Enter opens the selected one.</RadixDialog.Description>
            <Command shouldFilter={false} label="Search Keel">
              <Command.Input
                value={query}
                onValueChange={setQuery}
                placeholder="Find a service, team or page…"
                aria-label="Search"
                className="h-12 w-full border-b border-border bg-transparent px-4 text-sm outline-none"
              />
              <Command.List className="max-h-80 overflow-y-auto p-2">
                <Command.Empty className="px-3 py-6 text-center text-sm text-muted">
                  {results.isFetching ? "Searching…" : "Nothing matches. Try a service slug or a team name."}
                </Command.Empty>
                {sections.length ? (
                  <Command.Group heading="Go to" className="text-xs text-muted [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1">
                    {sections.map((item) => (
                      <Command.Item key={item.href} value={`nav:${item.href}`} onSelect={() => go(item.href)} className="cursor-pointer rounded px-3 py-2 text-sm text-fg data-[selected=true]:bg-surface-2">
                        {item.label}
                      </Command.Item>
                    ))}
                  </Command.Group>
                ) : null}
                {results.data?.length ? (
                  <Command.Group heading="Results" className="text-xs text-muted [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1">
                    {results.data.map((result) => (
                      <Command.Item key={result.href} value={`${result.kind}:${result.href}`} onSelect={() => go(result.href)} className="flex cursor-pointer items-center justify-between gap-3 rounded px-3 py-2 text-sm text-fg data-[selected=true]:bg-surface-2">
                        <span>{result.title}</span>
                        <span className="text-xs text-muted">{result.subtitle}</span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                ) : null}
                {results.isError ? <p className="px-3 py-2 text-sm text-danger">Search is unavailable: {(results.error as Error).message}</p> : null}
              </Command.List>
            </Command>
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </RadixDialog.Root>
    </>
  );
}
