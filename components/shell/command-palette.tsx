"use client";
// Ctrl/Cmd-K: jump to any page, service or team by name; the best match is selected, so Enter opens it.
import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { Search } from "lucide-react";
import { Dialog as RadixDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { Role } from "@/lib/access/types";
import { fetchSearchResults, sloQueryKeys } from "@/lib/slo/queries";
import { searchDestinations } from "./nav-items";

const GROUP = "text-xs text-muted [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:font-medium";
// The selected row: a tinted background and a bar at its start, so it stands out in both themes without relying on colour alone.
const ITEM =
  "flex cursor-pointer items-center justify-between gap-3 rounded border-l-4 border-transparent px-3 py-2 text-sm text-fg data-[selected=true]:border-primary data-[selected=true]:bg-primary/15 data-[selected=true]:font-medium";

export function CommandPalette({ role }: { role: Role }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  // The row picked with the arrows or the pointer, for the query it was picked under; a new query selects its best match again.
  const [picked, setPicked] = useState<{ query: string; value: string } | null>(null);
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

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setQuery("");
      setPicked(null);
    }
  };

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

  const pages = searchDestinations(query, role);
  const found = results.data ?? [];
  const values = [...pages.map((page) => `page:${page.href}`), ...found.map((result) => `${result.kind}:${result.href}`)];
  const selected = picked && picked.query === query && values.includes(picked.value) ? picked.value : (values[0] ?? "");

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
      <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
        <RadixDialog.Portal>
          <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
          <RadixDialog.Content className="fixed top-16 left-1/2 z-50 w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface text-fg shadow-xl sm:top-24">
            <RadixDialog.Title className="sr-only">Search Keel</RadixDialog.Title>
            <RadixDialog.Description className="sr-only">Type to find pages, services and teams; the best match is selected, Enter opens it, the arrow keys choose another.</RadixDialog.Description>
            <Command shouldFilter={false} label="Search Keel" value={selected} onValueChange={(value) => setPicked({ query, value })}>
              <Command.Input
                value={query}
                onValueChange={setQuery}
                placeholder="Find a page, service or team…"
                aria-label="Search"
                className="h-12 w-full border-b border-border bg-transparent px-4 text-sm outline-none"
              />
              <Command.List label="Matches" className="max-h-[min(20rem,60vh)] overflow-y-auto p-2">
                <Command.Empty className="px-3 py-6 text-center text-sm text-muted">
                  {results.isFetching ? "Searching…" : "Nothing matches. Try a page, a service slug or a team name."}
                </Command.Empty>
                {pages.length ? (
                  <Command.Group heading="Go to" className={GROUP}>
                    {pages.map((page) => (
                      <Command.Item key={page.href} value={`page:${page.href}`} onSelect={() => go(page.href)} className={ITEM}>
                        <span>{page.label}</span>
                        <span className="text-xs font-normal text-muted">{page.hint}</span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                ) : null}
                {found.length ? (
                  <Command.Group heading="Results" className={GROUP}>
                    {found.map((result) => (
                      <Command.Item key={result.href} value={`${result.kind}:${result.href}`} onSelect={() => go(result.href)} className={ITEM}>
                        <span>{result.title}</span>
                        <span className="text-xs font-normal text-muted">{result.subtitle}</span>
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
