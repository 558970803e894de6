"use client";
// The section navigation: a sidebar on wide screens, a drawer behind a menu button on narrow ones.
import { BarChart3, BookOpen, Boxes, Gauge, LayoutDashboard, Menu, Settings, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ComponentType } from "react";
import { cn } from "@/components/ui/cn";
import { isCurrentSection, NAV_ITEMS, type NavIcon } from "./nav-items";

const ICONS: Record<NavIcon, ComponentType<{ size?: number; "aria-hidden"?: boolean }>> = {
  overview: LayoutDashboard,
  services: Boxes,
  slos: Gauge,
  docs: BookOpen,
  settings: Settings,
};

function NavList({ pathname, onNavigate }: { pathname: string; onNavigate?: () => void }) {
  return (
    <ul className="flex flex-col gap-0.5">
      {NAV_ITEMS.map((item) => {
        const Icon = ICONS[item.icon];
        const current = isCurrentSection(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm",
                current ? "bg-primary/10 font-semibold text-primary" : "text-muted hover:bg-surface-2 hover:text-fg",
              )}
            >
              <Icon aria-hidden size={18} />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 px-3 text-lg font-semibold">
      <BarChart3 aria-hidden size={22} className="text-primary" />
      Keel
    </Link>
  );
}

export function Sidebar() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="hidden w-56 shrink-0 flex-col gap-4 border-r border-border bg-surface py-4 lg:flex">
      <Brand />
      <div className="px-2">
        <NavList pathname={pathname} />
      </div>
    </nav>
  );
}

export function MobileNav() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-label={open ? "Close menu" : "Open menu"}
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen(!open)}
        className="rounded-md p-2 text-fg hover:bg-surface-2"
      >
        {open ? <X aria-hidden size={20} /> : <Menu aria-hidden size={20} />}
      </button>
      {open ? (
        <nav id="mobile-nav" aria-label="Main" className="fixed inset-x-0 top-14 bottom-0 z-30 overflow-y-auto border-t border-border bg-surface p-3">
          <NavList pathname={pathname} onNavigate={() => setOpen(false)} />
        </nav>
      ) : null}
    </div>
  );
}
