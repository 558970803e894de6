import { describe, expect, it } from "vitest";
import { breadcrumbsFor, isCurrentSection, NAV_ITEMS } from "./nav-items";

describe("navigation helpers", () => {
  it("highlights the section of nested pages, and Overview only on /", () => {
    expect(isCurrentSection("/services", "/services/checkout/edit")).toBe(true);
    expect(isCurrentSection("/services", "/servicesx")).toBe(false);
    expect(isCurrentSection("/", "/services")).toBe(false);
    expect(isCurrentSection("/", "/")).toBe(true);
  });

  it("builds breadcrumbs from the path", () => {
    expect(breadcrumbsFor("/services/checkout/edit")).toEqual([
      { href: "/services", label: "Services" },
      { href: "/services/checkout", label: "checkout" },
      { href: "/services/checkout/edit", label: "Edit" },
    ]);
    expect(breadcrumbsFor("/settings/tokens")).toEqual([
      { href: "/settings", label: "Settings" },
      { href: "/settings/tokens", label: "API tokens" },
    ]);
    expect(breadcrumbsFor("/")).toEqual([{ href: "/", label: "Overview" }]);
    expect(breadcrumbsFor("/api-reference")).toEqual([{ href: "/api-reference", label: "API reference" }]);
  });

  it("lists the API reference in the sidebar, before Settings", () => {
    expect(NAV_ITEMS.map((item) => item.label)).toEqual(["Overview", "Services", "SLOs", "API reference", "Settings"]);
  });
});
