// A template version's checklist, read-only: categories, items with their flags and automatic check, guidance as safe Markdown.
import { RunbookMarkdown } from "@/components/incidents/runbook-markdown";
import { Badge } from "@/components/ui/badge";
import type { TemplateContent } from "@/lib/readiness/types";
import { checkLabel } from "@/lib/readiness/view/checklist";

export function TemplateContentView({ content }: { content: TemplateContent }) {
  return (
    <div className="grid gap-6">
      {content.categories.map((category) => (
        <section key={category.key} aria-labelledby={`category-${category.key}`} className="grid gap-2">
          <h2 id={`category-${category.key}`} className="text-lg font-semibold">
            {category.name}
          </h2>
          <ul className="grid gap-2">
            {category.items.map((item) => (
              <li key={item.key} className="grid gap-2 rounded-lg border border-border bg-surface p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{item.text}</span>
                  {item.required ? <Badge tone="warning">Required</Badge> : <Badge>Optional</Badge>}
                  {item.evidenceRequired ? <Badge tone="info">Evidence required</Badge> : null}
                </div>
                {item.check ? <p className="text-sm text-muted">Automatic check: {checkLabel(item.check)}</p> : null}
                {item.guidance ? <RunbookMarkdown body={item.guidance} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
