// The reviews of the filter: service, template version, state, progress, dates and reviewer; cards on a phone.
import Link from "next/link";
import { ReviewProgress } from "@/components/readiness/review-progress";
import { ReviewStateBadge } from "@/components/readiness/review-state-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import type { ReviewStatus } from "@/lib/readiness/types";
import { isBlocked, progressOf } from "@/lib/readiness/view/checklist";
import { listReviews } from "@/lib/server/readiness/reads";

export async function ReviewList({ team, service, status, canStart }: { team?: string; service?: string; status?: ReviewStatus; canStart: boolean }) {
  const reviews = await listReviews({ team, service, status });
  const filtered = Boolean(team || service || status);
  if (reviews.length === 0) {
    return (
      <EmptyState
        title={filtered ? "No reviews for this filter" : "No readiness reviews yet"}
        action={canStart ? <ButtonLink href={service ? `/readiness/reviews/new?service=${service}` : "/readiness/reviews/new"} variant="primary">Start a review</ButtonLink> : null}
      >
        <p>A production readiness review walks a service through its template&apos;s checklist before launch — SLOs and alerting, on-call, runbooks, rollback, load and failure testing — and ends with the reviewer&apos;s sign-off.</p>
        {filtered ? <p>Clear the filter to see every review.</p> : <p>{canStart ? "Start one for a service your team is about to launch." : "Editors of a team start reviews of their services."}</p>}
      </EmptyState>
    );
  }
  const rows = reviews.map((r) => ({
    id: r.id,
    service: r.service,
    team: r.team.name,
    template: `${r.template.name} v${r.template.version}`,
    status: r.status,
    blocked: isBlocked(r.items),
    progress: progressOf(r.items),
    launchDate: r.launchDate ?? "—",
    dueDate: r.dueDate ?? "—",
    reviewer: r.reviewer?.name ?? "—",
  }));
  const link = (r: (typeof rows)[number]) => (
    <Link href={`/readiness/reviews/${r.id}`} className="font-medium text-primary hover:underline">
      {r.service.name}
    </Link>
  );
  return (
    <TableOrCards
      from="lg"
      cards={
        <RowCards label="Readiness reviews">
          {rows.map((r) => (
            <RowCard
              key={r.id}
              title={link(r)}
              fields={[
                { label: "State", value: <ReviewStateBadge status={r.status} blocked={r.blocked} /> },
                { label: "Progress", value: <ReviewProgress progress={r.progress} label={`Progress of the ${r.service.name} review`} compact /> },
                { label: "Team", value: r.team },
                { label: "Template", value: r.template },
                { label: "Launch", value: r.launchDate },
                { label: "Due", value: r.dueDate },
                { label: "Reviewer", value: r.reviewer },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Readiness reviews">
        <thead>
          <tr>
            <Th>Service</Th>
            <Th>State</Th>
            <Th className="w-48">Progress</Th>
            <Th>Team</Th>
            <Th>Template</Th>
            <Th>Launch</Th>
            <Th>Due</Th>
            <Th>Reviewer</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <Td>{link(r)}</Td>
              <Td>
                <ReviewStateBadge status={r.status} blocked={r.blocked} />
              </Td>
              <Td>
                <ReviewProgress progress={r.progress} label={`Progress of the ${r.service.name} review`} compact />
              </Td>
              <Td>{r.team}</Td>
              <Td>{r.template}</Td>
              <Td className="whitespace-nowrap tabular-nums">{r.launchDate}</Td>
              <Td className="whitespace-nowrap tabular-nums">{r.dueDate}</Td>
              <Td>{r.reviewer}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}
