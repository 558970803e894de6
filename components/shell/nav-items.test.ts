import { describe, expect, it } from "vitest";
import { breadcrumbsFor, isCurrentSection, NAV_ITEMS, searchDestinations } from "./nav-items";

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
    expect(NAV_ITEMS.map((item) => item.label)).toEqual(["Overview", "Services", "SLOs", "Incidents", "On-call", "Readiness", "Costs", "API reference", "Settings"]);
  });
});

const hrefs = (query: string, role: "viewer" | "editor" | "admin") => searchDestinations(query, role).map((destination) => destination.href);

describe("searchDestinations", () => {
  it("finds every settings page by the word people type, best match first", () => {
    expect(hrefs("audit", "admin")).toEqual(["/settings/audit"]);
    expect(hrefs("tokens", "admin")).toEqual(["/settings/tokens"]);
    expect(hrefs("users", "admin")).toEqual(["/settings/users"]);
    expect(hrefs("teams", "admin")).toEqual(["/settings/teams"]);
    expect(hrefs("SLO policy", "admin")).toEqual(["/settings/slo-policy"]);
    expect(hrefs("password", "admin")).toEqual(["/settings", "/settings/users"]);
    expect(hrefs("settings", "admin")).toEqual(["/settings", "/settings/costs", "/settings/teams", "/settings/users", "/settings/tokens", "/settings/slo-policy", "/settings/incident-policy", "/settings/readiness-policy", "/settings/notifications", "/settings/audit"]);
    expect(hrefs("slack", "admin")).toEqual(["/settings/notifications"]);
    expect(hrefs("budgets", "admin")).toEqual(["/settings/costs", "/costs"]);
    expect(hrefs("budgets", "viewer")).toEqual(["/costs"]);
  });

  it("ranks a label's start above a later word, a keyword and a substring", () => {
    expect(hrefs("slo", "admin")).toEqual(["/slos", "/settings/slo-policy", "/slos/new", "/slos/import", "/"]);
    expect(hrefs("api", "admin")).toEqual(["/api-reference", "/settings/tokens"]);
    expect(hrefs("openslo", "editor")).toEqual(["/slos/import"]);
    expect(hrefs("new slo", "editor")).toEqual(["/slos/new"]);
    expect(hrefs("new service", "editor")).toEqual(["/services/new"]);
    expect(hrefs("change pass", "viewer")).toEqual(["/settings"]);
    expect(hrefs("  Audit   LOG ", "admin")).toEqual(["/settings/audit"]);
    expect(hrefs("zzz", "admin")).toEqual([]);
    expect(hrefs("declare", "editor")).toEqual(["/incidents/new"]);
    expect(hrefs("incident policy", "admin")).toEqual(["/settings/incident-policy"]);
    expect(hrefs("prr", "viewer")).toEqual(["/readiness"]);
    expect(hrefs("declare", "viewer")).toEqual([]);
  });

  it("offers only the pages the person may open", () => {
    expect(hrefs("", "viewer")).toEqual(["/", "/services", "/slos", "/incidents", "/action-items", "/oncall", "/drills", "/readiness", "/readiness/reviews", "/readiness/templates", "/readiness/maturity", "/costs", "/incidents/analytics", "/api-reference", "/settings", "/settings/teams"]);
    expect(hrefs("", "editor")).toEqual(["/", "/services", "/services/new", "/slos", "/slos/new", "/slos/import", "/incidents", "/incidents/new", "/action-items", "/oncall", "/oncall/new", "/drills", "/drills/new", "/readiness", "/readiness/reviews", "/readiness/reviews/new", "/readiness/templates", "/readiness/maturity", "/costs", "/incidents/analytics", "/api-reference", "/settings", "/settings/teams"]);
    expect(hrefs("", "admin")).toHaveLength(31);
    expect(hrefs("chargeback", "viewer")).toEqual(["/costs"]);
    expect(hrefs("readiness templates", "viewer")).toEqual(["/readiness/templates"]);
    expect(hrefs("game day", "viewer")).toEqual(["/drills"]);
    expect(hrefs("mttr", "viewer")).toEqual(["/incidents/analytics"]);
    expect(hrefs("audit", "editor")).toEqual([]);
    expect(hrefs("new slo", "viewer")).toEqual([]);
  });
});
