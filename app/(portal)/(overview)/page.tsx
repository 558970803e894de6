import { nowMs } from "@/lib/clock";
import Link from "next/link";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { listSloStatuses, sloStatusJson } from "@/db/queries/slo-status";
import { OverviewLive } from "@/components/slo/overview-live";
import { FormattedTime } from "@/components/ui/formatted-time";
import { lastReviewTimes } from "@/db/queries/reviews";
import { reviewDueAt } from "@/lib/slo/review";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser();
  const now = nowMs();
  const [services, teams, statuses] = await Promise.all([listServices(), listTeams(), listSloStatuses(now)]);
  const byTier = [1, 2, 3].map((tier) => services.filter((s) => s.tier === tier).length);
  const lastReviews = await lastReviewTimes();
  const dueForReview = statuses
    .map(({ record }) => ({ record, dueAt: reviewDueAt(lastReviews.get(record.id) ?? null, record.createdAt.getTime(), record.reviewCadenceDays) }))
    .filter(({ dueAt }) => dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt);
  return (
    <div>
      <PageHeader title="Overview" description={`Signed in as ${user.name}. The state of your services at a glance.`} />
      {services.length === 0 ? (
        <EmptyState title="Nothing to watch yet" action={<ButtonLink href="/services" variant="primary">Go to services</ButtonLink>}>
          <p>Start by adding your teams and the services they own. SLOs, alerts and the deploy gate build on that catalogue.</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          <OverviewLive initial={statuses.map(sloStatusJson)} initialAt={now} />
          {statuses.length ? (
            <section aria-labelledby="due-review" className="grid gap-2">
              <h2 id="due-review" className="text-lg font-semibold">
                Due for review
              </h2>
              {dueForReview.length ? (
                <ul className="grid gap-1 text-sm">
                  {dueForReview.map(({ record, dueAt }) => (
                    <li key={record.id}>
                      <Link href={`/slos/${record.slug}`} className="text-primary underline">
                        {record.name}
                      </Link>{" "}
                      <span className="text-muted">
                        · {record.serviceName} · due since <FormattedTime iso={new Date(dueAt).toISOString()} />
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-muted">Every SLO was reviewed within its cadence.</p>
              )}
            </section>
          ) : null}
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <Card aria-labelledby="stat-services">
              <CardTitle id="stat-services" className="text-sm font-medium text-muted">
                Services
              </CardTitle>
              <p className="mt-1 text-3xl font-semibold">{services.length}</p>
            </Card>
            {byTier.map((count, index) => (
              <Card key={index} aria-labelledby={`stat-tier-${index + 1}`}>
                <CardTitle id={`stat-tier-${index + 1}`} className="text-sm font-medium text-muted">
                  Tier {index + 1}
                </CardTitle>
                <p className="mt-1 text-3xl font-semibold">{count}</p>
              </Card>
            ))}
          </div>
          <section aria-labelledby="teams-heading">
            <h2 id="teams-heading" className="mb-2 text-lg font-semibold">
              Teams
            </h2>
            <Table label="Teams and their services">
              <thead>
                <tr>
                  <Th>Team</Th>
                  <Th>Services</Th>
                  <Th>Members</Th>
                </tr>
              </thead>
              <tbody>
                {teams.map((team) => (
                  <tr key={team.id}>
                    <Td>
                      <Link href={`/services?team=${team.slug}`} className="font-medium text-primary hover:underline">
                        {team.name}
                      </Link>
                    </Td>
                    <Td>{team.serviceCount}</Td>
                    <Td>{team.memberCount}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        </div>
      )}
    </div>
  );
}
