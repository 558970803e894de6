"use client";
// The section navigation: a sidebar on wide screens, a drawer behind a menu button on narrow ones.
import { BarChart3, BookOpen, Boxes, CalendarClock, ClipboardCheck, Gauge, LayoutDashboard, Menu, Settings, Siren, Wallet, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Dialog as RadixDialog } from "radix-ui";
import { useEffect, useState, type ComponentType } from "react";
import { cn } from "@/components/ui/cn";
import { isCurrentSection, NAV_ITEMS, type NavIcon } from "./nav-items";

const ICONS: Record<NavIcon, ComponentType<{ size?: number; "aria-hidden"?: boolean }>> = {
  overview: LayoutDashboard,
  services: Boxes,
  slos: Gauge,
  incidents: Siren,
  oncall: CalendarClock,
  readiness: ClipboardCheck,
  costs: Wallet,
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

/**
 * The drawer for narrow screens: a modal dialog portalled to <body>, so no ancestor's backdrop-filter or
 * transform can become its containing block. Radix moves focus in, traps it, closes on Escape and returns focus
 * to the menu button; following a link or any other navigation closes it.
 */
export function MobileNav() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  // Back/forward or a redirect moves the page without a click on one of the links: close on any new path.
  if (open && openedAt !== pathname) {
    setOpen(false);
    setOpenedAt(pathname);
  }
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    setOpenedAt(pathname);
  };
  // Widened past the drawer's breakpoint (a tablet turned, a window resized): the sidebar takes over.
  useEffect(() => {
    if (!open) return;
    const wide = window.matchMedia("(min-width: 64rem)");
    const onChange = () => wide.matches && setOpen(false);
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, [open]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Trigger className="rounded-md p-2 text-fg hover:bg-surface-2 lg:hidden" aria-label="Open menu">
        <Menu aria-hidden size={20} />
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/50 lg:hidden" />
        <RadixDialog.Content className="fixed inset-y-0 left-0 z-50 flex w-[min(20rem,85vw)] flex-col gap-4 overflow-y-auto border-r border-border bg-surface py-3 text-fg shadow-xl lg:hidden">
          <div className="flex items-center justify-between gap-2 pr-3">
            <RadixDialog.Title asChild>
              <h2 className="px-3 text-lg font-semibold">Menu</h2>
            </RadixDialog.Title>
            <RadixDialog.Close className="rounded-md p-2 text-fg hover:bg-surface-2" aria-label="Close menu">
              <X aria-hidden size={20} />
            </RadixDialog.Close>
          </div>
          <RadixDialog.Description className="sr-only">The sections of Keel. Escape closes the menu.</RadixDialog.Description>
          <nav aria-label="Main" className="px-2">
            <NavList pathname={pathname} onNavigate={() => setOpen(false)} />
          </nav>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
