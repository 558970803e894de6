"use client";
// Create or edit an on-call schedule: rotation, handoff in the schedule's zone, participants in order.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useSlugFromName } from "@/components/ui/use-slug-from-name";
import { followsName } from "@/lib/catalog/slugify";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { WEEKDAYS } from "@/lib/oncall/schemas";

export type ScheduleValues = {
  slug: string;
  name: string;
  team: string;
  timeZone: string;
  rotation: string;
  handoffTime: string;
  handoffWeekday: number;
  startDate: string;
  participants: string[];
};

type Person = { email: string; name: string };

export function ScheduleForm({
  action,
  teams,
  people,
  timeZones,
  initial,
  mode,
  cancelHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  teams: { slug: string; name: string }[];
  people: Person[];
  timeZones: string[];
  initial: ScheduleValues;
  mode: "create" | "edit";
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (key: keyof ScheduleValues) => state.values?.[key] ?? String(initial[key] ?? "");
  const errors = (key: string) => state.fieldErrors?.[key];
  const { name, slug, onNameChange, onSlugChange } = useSlugFromName({ name: value("name"), slug: value("slug"), follows: followsName(value("name"), value("slug")), canFollow: mode === "create" });
  // One more slot than people chosen (at least four), so the rotation can grow without a script.
  const slots = Math.max(4, initial.participants.length + 1);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-2xl gap-4" noValidate>
      <Field label="Name" name="name" errors={errors("name")}>
        {(props) => <Input {...props} value={name} onChange={onNameChange} required />}
      </Field>
      <Field label="Slug" name="slug" errors={errors("slug")} hint={mode === "edit" ? "The slug names the schedule in URLs, the API and the calendar feed; it cannot change." : "Filled in from the name until you change it."}>
        {(props) => <Input {...props} value={slug} onChange={onSlugChange} required readOnly={mode === "edit"} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Team" name="team" errors={errors("team")}>
          {(props) => (
            <Select {...props} defaultValue={value("team")} required>
              <option value="">Choose a team…</option>
              {teams.map((team) => (
                <option key={team.slug} value={team.slug}>
                  {team.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Time zone" name="timeZone" errors={errors("timeZone")} hint="Handoffs happen at the same local time here, also across daylight-saving changes.">
          {(props) => (
            <Select {...props} defaultValue={value("timeZone")} required>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Rotation" name="rotation" errors={errors("rotation")}>
          {(props) => (
            <Select {...props} defaultValue={value("rotation")} required>
              <option value="daily">Daily — the next person every day</option>
              <option value="weekly">Weekly — the next person every week</option>
            </Select>
          )}
        </Field>
        <Field label="Handoff time" name="handoffTime" errors={errors("handoffTime")} hint="Local time in the schedule's zone.">
          {(props) => <Input {...props} type="time" defaultValue={value("handoffTime")} required />}
        </Field>
        <Field label="Day of the weekly handoff" name="handoffWeekday" errors={errors("handoffWeekday")}>
          {(props) => (
            <Select {...props} defaultValue={value("handoffWeekday")}>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="First handoff on" name="startDate" errors={errors("startDate")} hint="Weekly rotations start on the first handoff day from this date.">
          {(props) => <Input {...props} type="date" defaultValue={value("startDate")} required />}
        </Field>
      </div>
      <fieldset className="grid gap-3 rounded-lg border border-border p-3">
        <legend className="px-1 text-sm font-medium">Participants, in rotation order</legend>
        <p className="text-xs text-muted">Leave a slot empty to skip it. An empty rotation has nobody on call except through overrides.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {Array.from({ length: slots }, (_, index) => (
            <Field key={index} label={`Participant ${index + 1}`} name={`participant${index + 1}`} errors={errors(`participant${index + 1}`)}>
              {(props) => (
                <Select {...props} defaultValue={state.values?.[`participant${index + 1}`] ?? initial.participants[index] ?? ""}>
                  <option value="">Nobody</option>
                  {people.map((person) => (
                    <option key={person.email} value={person.email}>
                      {person.name} ({person.email})
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create schedule" : "Save changes"}
        </Button>
        <ButtonLink href={cancelHref}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}
