// The portal's sections, in sidebar order; breadcrumbs and the command palette read the same list. A new section is one entry here.
export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: "overview" },
  { href: "/services", label: "Services", icon: "services" },
  { href: "/slos", label: "SLOs", icon: "slos" },
  { href: "/api-reference", label: "API reference", icon: "docs" },
  { href: "/settings", label: "Settings", icon: "settings" },
] as const;

export type NavIcon = (typeof NAV_ITEMS)[number]["icon"];

export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(href + "/");
}

const SEGMENT_LABELS: Record<string, string> = {
  new: "New",
  edit: "Edit",
  users: "Users",
  teams: "Teams",
  tokens: "API tokens",
  audit: "Audit log",
  "slo-policy": "SLO policy",
};

/** Breadcrumb trail for a path: section label, then each further segment. */
export function breadcrumbsFor(pathname: string): { href: string; label: string }[] {
  const segments = pathname.split("/").filter(Boolean);
  if (!segments.length) return [{ href: "/", label: "Overview" }];
  const crumbs: { href: string; label: string }[] = [];
  let href = "";
  for (const segment of segments) {
    href += "/" + segment;
    const section = NAV_ITEMS.find((item) => item.href === href);
    const decoded = decodeURIComponent(segment);
    crumbs.push({ href, label: section?.label ?? SEGMENT_LABELS[decoded] ?? decoded });
  }
  return crumbs;
}
