// A schedule: who is on call now, a calendar of the coming weeks, participants, overrides and the calendar feed.
import Link from "next/link";
import { Pencil } from "lucide-react";
import { notFound } from "next/navigation";
import { DeleteScheduleButton } from "@/components/oncall/remove-override-button";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { rotationLabel } from "@/lib/oncall/view/summary";
import { deleteScheduleAction } from "../actions";
import { loadSchedule } from "./_data";
import { CalendarSection } from "./_sections/calendar";
import { FeedSection } from "./_sections/feed";
import { NowSection, ParticipantsSection } from "./_sections/people";
import { OverridesSection } from "./_sections/overrides";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return { title: (await loadSchedule((await params).slug))?.name ?? "On-call schedule" };
}

export default async function SchedulePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ week?: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser();
  const schedule = await loadSchedule(slug);
  if (!schedule) notFound();
  const canEdit = canEditTeamResource(user, schedule.teamId);
  const week = (await searchParams).week;
  return (
    <div>
      <PageHeader
        title={schedule.name}
        description={
          <>
            <Link href={`/oncall/teams/${schedule.teamSlug}`} className="text-primary underline">
              {schedule.teamName}
            </Link>{" "}
            · {rotationLabel(schedule)}
          </>
        }
        actions={
          canEdit ? (
            <>
              <ButtonLink href={`/oncall/${schedule.slug}/edit`}>
                <Pencil aria-hidden size={16} /> Edit
              </ButtonLink>
              <DeleteScheduleButton name={schedule.name} action={deleteScheduleAction.bind(null, schedule.slug)} />
            </>
          ) : null
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="now">
          <CardTitle id="now">On call</CardTitle>
          <StreamedSection title="On call" fallback={<SectionSkeleton label="who is on call" heading={false} lines={2} />}>
            <NowSection schedule={schedule} />
          </StreamedSection>
        </Card>
        <Card aria-labelledby="participants">
          <CardTitle id="participants">Participants</CardTitle>
          <StreamedSection title="Participants" fallback={<SectionSkeleton label="participants" heading={false} lines={3} />}>
            <ParticipantsSection schedule={schedule} />
          </StreamedSection>
        </Card>
        <section aria-labelledby="calendar" className="grid gap-2 md:col-span-2">
          <h2 id="calendar" className="text-lg font-semibold">
            Calendar
          </h2>
          <StreamedSection title="Calendar" fallback={<SectionSkeleton label="calendar" heading={false} lines={6} />}>
            <CalendarSection schedule={schedule} week={week} />
          </StreamedSection>
        </section>
        <Card aria-labelledby="overrides" className="md:col-span-2">
          <CardTitle id="overrides">Overrides</CardTitle>
          <StreamedSection title="Overrides" fallback={<SectionSkeleton label="overrides" heading={false} lines={3} />}>
            <OverridesSection schedule={schedule} canEdit={canEdit} />
          </StreamedSection>
        </Card>
        <Card aria-labelledby="feed" className="md:col-span-2">
          <CardTitle id="feed">Calendar feed</CardTitle>
          <StreamedSection title="Calendar feed" fallback={<SectionSkeleton label="calendar feed" heading={false} lines={2} />}>
            <FeedSection schedule={schedule} canEdit={canEdit} />
          </StreamedSection>
        </Card>
      </div>
    </div>
  );
}
