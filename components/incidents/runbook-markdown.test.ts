import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RunbookMarkdown, safeUrl } from "./runbook-markdown";

describe("RunbookMarkdown", () => {
  it("keeps only http(s) URLs", () => {
    expect(safeUrl("https://wiki.example.com/x")).toBe("https://wiki.example.com/x");
    expect(safeUrl("http://x.test")).toBe("http://x.test");
    expect(safeUrl("javascript:alert(1)")).toBe("");
    expect(safeUrl(" JaVaScRiPt:alert(1)")).toBe("");
    expect(safeUrl("data:text/html,<b>x</b>")).toBe("");
    expect(safeUrl("/relative")).toBe("");
  });

  it("renders Markdown, shows raw HTML as text and drops unsafe links", () => {
    const html = renderToStaticMarkup(createElement(RunbookMarkdown, { body: "# Failover\n\n1. Promote the **replica**\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) [good](https://wiki.example.com)" }));
    expect(html).toContain("<h1>Failover</h1>");
    expect(html).toContain("<strong>replica</strong>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://wiki.example.com"');
  });
});
