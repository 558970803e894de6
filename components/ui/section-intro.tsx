import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";

/** A section with nothing in it yet: what it will hold, and how to get there. */
export function SectionIntro({ title, description, emptyTitle, children, action }: { title: string; description: string; emptyTitle: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div>
      <PageHeader title={title} description={description} />
      <EmptyState title={emptyTitle} action={action}>
        {children}
      </EmptyState>
    </div>
  );
}
