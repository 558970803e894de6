import type { ReactNode } from "react";
import type { Role } from "@/lib/access/types";
import { Breadcrumbs } from "./breadcrumbs";
import { CommandPalette } from "./command-palette";
import { MobileNav, Sidebar } from "./sidebar";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function AppShell({ user, children }: { user: { name: string; email: string; role: Role }; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-border bg-surface/95 px-3 backdrop-blur sm:px-4">
          <MobileNav />
          <div className="min-w-0 flex-1">
            <Breadcrumbs />
          </div>
          <CommandPalette role={user.role} />
          <div className="hidden sm:block">
            <ThemeToggle />
          </div>
          <UserMenu {...user} />
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 p-4 sm:p-6">
          {children}
        </main>
        <footer className="no-print flex items-center justify-between border-t border-border px-4 py-2 text-xs text-muted sm:hidden">
          <span>Theme</span>
          <ThemeToggle />
        </footer>
      </div>
    </div>
  );
}
