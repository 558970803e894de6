"use client";
import { usePathname } from "next/navigation";
import { TabLinks } from "@/components/ui/tabs";

export function SettingsTabs({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const tabs = [
    { href: "/settings", label: "Your account" },
    { href: "/settings/teams", label: "Teams" },
    ...(isAdmin
      ? [
          { href: "/settings/users", label: "Users" },
          { href: "/settings/tokens", label: "API tokens" },
          { href: "/settings/slo-policy", label: "SLO policy" },
          { href: "/settings/incident-policy", label: "Incident policy" },
          { href: "/settings/readiness-policy", label: "Readiness policy" },
          { href: "/settings/costs", label: "Costs" },
          { href: "/settings/notifications", label: "Notifications" },
          { href: "/settings/audit", label: "Audit log" },
        ]
      : []),
  ];
  const current = tabs.filter((tab) => pathname === tab.href || (tab.href !== "/settings" && pathname.startsWith(tab.href + "/"))).at(-1)?.href ?? "/settings";
  return <TabLinks label="Settings sections" tabs={tabs} current={current} />;
}
