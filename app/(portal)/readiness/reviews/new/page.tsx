import Link from "next/link";
import { listServices } from "@/db/queries/services";
import { listUsers } from "@/db/queries/users";
import { ReviewForm } from "@/components/readiness/review-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/access/roles";
import { requirePageRole } from "@/lib/auth/session";
import { listTemplates } from "@/lib/server/readiness/reads";
import { createReviewAction } from "../actions";

export const metadata = { title: "Start a readiness review" };

export default async function NewReviewPage({ searchParams }: { searchParams: Promise<{ service?: string }> }) {
  const user = await requirePageRole("editor");
  const { service } = await searchParams;
  const [services, people, templates] = await Promise.all([listServices(), listUsers(), listTemplates()]);
  const own = services.filter((s) => user.role === "admin" || user.teamIds.includes(s.teamId));
  const reviewers = people.filter((p) => p.isActive && hasRole(p.role, "editor")).map((p) => ({ id: p.id, name: p.name }));
  return (
    <div>
      <PageHeader title="Start a readiness review" description="Walk a service through its readiness checklist before launch. Automatic checks run from Keel's own data when the review opens." />
      {own.length === 0 ? (
        <p className="text-sm text-muted">You are not a member of a team with services yet. Ask an admin to add you to a team in Settings → Teams.</p>
      ) : templates.length === 0 ? (
        <p className="text-sm text-muted">
          There is no readiness template yet. {user.role === "admin" ? <Link href="/readiness/templates/new" className="text-primary underline">Create one</Link> : "Ask an admin to create one"} first.
        </p>
      ) : (
        <ReviewForm
          action={createReviewAction}
          services={own.map((s) => ({ slug: s.slug, name: s.name, team: s.teamName, tier: s.tier }))}
          templates={templates.map((t) => ({ slug: t.slug, name: t.name, tier: t.tier, version: t.currentVersion }))}
          reviewers={reviewers}
          initialService={own.some((s) => s.slug === service) ? service! : ""}
          defaultReviewer={null}
        />
      )}
    </div>
  );
}
