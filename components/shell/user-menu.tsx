"use client";
import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Badge } from "@/components/ui/badge";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  return (
    <div className="flex items-center gap-2">
      <div className="hidden text-right text-xs leading-tight md:block">
        <div className="font-medium text-fg">{name}</div>
        <div className="text-muted">{email}</div>
      </div>
      <Badge tone={role === "admin" ? "info" : "neutral"} aria-label={`Role: ${role}`}>
        {role}
      </Badge>
      <button
        type="button"
        // Navigate ourselves: next-auth's redirect would use NEXTAUTH_URL, which is localhost unless configured.
        // A full page load, so nothing rendered for the old session stays in the client router's cache.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        onClick={() => signOut({ redirect: false }).then(() => window.location.assign("/login"))}
        className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-muted hover:bg-surface-2 hover:text-fg"
      >
        <LogOut aria-hidden size={16} />
        <span>Sign out</span>
      </button>
    </div>
  );
}
