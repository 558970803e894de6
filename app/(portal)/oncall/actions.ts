"use server";
// On-call changes from the browser: each parses its form and calls one change function, which checks the owning team.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { escalationPolicySchema, localDateTimeToIso, overrideInputSchema, scheduleInputSchema, scheduleUpdateSchema } from "@/lib/oncall/schemas";
import { setEscalationPolicy } from "@/lib/server/oncall/escalation";
import { addOverride, removeOverride } from "@/lib/server/oncall/overrides";
import { createSchedule, deleteSchedule, regenerateFeedToken, updateSchedule } from "@/lib/server/oncall/schedules";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};

function scheduleFromForm(formData: FormData): Record<string, unknown> {
  const fields = ["slug", "name", "team", "timeZone", "rotation", "handoffTime", "handoffWeekday", "startDate"] as const;
  const participants = [...formData.keys()]
    .filter((key) => /^participant\d+$/.test(key))
    .sort((a, b) => Number(a.slice(11)) - Number(b.slice(11)))
    .map((key) => text(formData, key) ?? "")
    .filter(Boolean);
  return { ...Object.fromEntries(fields.map((field) => [field, text(formData, field)])), participants };
}

/** `participants.1` / `participants[1]` → the second slot's field, `participant2`. */
function participantField(path: string, message: string) {
  const match = /^participants(?:\.|\[)(\d+)\]?$/.exec(path);
  return { field: match ? `participant${Number(match[1]) + 1}` : path, message };
}

export const createScheduleAction = formAction({
  role: "editor",
  schema: scheduleInputSchema,
  input: scheduleFromForm,
  field: participantField,
  failure: "The schedule could not be saved. Try again.",
  run: async ({ caller, input }) => {
    const schedule = await createSchedule({ caller, input });
    await flash(`Schedule “${schedule.name}” created.`);
    return { revalidate: ["/oncall"], redirectTo: `/oncall/${schedule.slug}` };
  },
});

export const updateScheduleAction = formAction<typeof scheduleUpdateSchema, [slug: string]>({
  role: "editor",
  schema: scheduleUpdateSchema,
  // The slug is the schedule's id: the edit form shows it read-only and the update leaves it out.
  input: (formData) => ({ ...scheduleFromForm(formData), slug: undefined }),
  field: participantField,
  failure: "The schedule could not be saved. Try again.",
  run: async ({ caller, input, args: [slug] }) => {
    const schedule = await updateSchedule({ caller, slug, input });
    await flash(`Changes to “${schedule.name}” saved.`);
    return { revalidate: ["/oncall", `/oncall/${slug}`], redirectTo: `/oncall/${slug}` };
  },
});

export const deleteScheduleAction = formAction<z.ZodAny, [slug: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The schedule could not be deleted. Try again.",
  run: async ({ caller, args: [slug] }) => {
    const schedule = await deleteSchedule({ caller, slug });
    await flash(`Schedule “${schedule.name}” deleted.`);
    return { revalidate: ["/oncall"], redirectTo: "/oncall" };
  },
});

export const addOverrideAction = formAction<typeof overrideInputSchema, [slug: string]>({
  role: "editor",
  schema: overrideInputSchema,
  input: (formData) => {
    const zone = text(formData, "timeZone") ?? "UTC";
    const local = (key: string) => {
      const value = text(formData, key) ?? "";
      return value ? localDateTimeToIso(value, zone) : undefined;
    };
    return { user: text(formData, "user") || undefined, from: local("from"), until: local("until"), reason: text(formData, "reason") };
  },
  failure: "The override could not be added. Try again.",
  run: async ({ caller, input, args: [slug] }) => {
    await addOverride({ caller, slug, input });
    return { message: "Override added.", revalidate: [`/oncall/${slug}`, "/oncall"] };
  },
});

export const removeOverrideAction = formAction<z.ZodAny, [slug: string, overrideId: number]>({
  role: "editor",
  schema: z.any(),
  failure: "The override could not be removed. Try again.",
  run: async ({ caller, args: [slug, overrideId] }) => {
    await removeOverride({ caller, slug, overrideId });
    await flash("Override removed.");
    return { revalidate: ["/oncall"], redirectTo: `/oncall/${slug}` };
  },
});

export const regenerateFeedAction = formAction<z.ZodAny, [slug: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The feed URL could not be regenerated. Try again.",
  run: async ({ caller, args: [slug] }) => {
    await regenerateFeedToken({ caller, slug });
    await flash("A new calendar feed URL is in place; the old one no longer works.");
    return { redirectTo: `/oncall/${slug}` };
  },
});

/** Level rows from the form, top to bottom, leaving out those without a target. */
function levelsFromForm(formData: FormData) {
  const levels: Record<string, string>[] = [];
  for (let n = 1; n <= 10; n += 1) {
    const target = text(formData, `level${n}Target`) ?? "";
    if (!target) continue;
    const [kind, ...rest] = target.split(":");
    levels.push({ delayMinutes: text(formData, `level${n}Delay`) ?? "", [kind === "user" ? "user" : "schedule"]: rest.join(":") });
  }
  return { levels };
}

/** `levels.1.delayMinutes` / `levels[1].user` → `level2Delay` / `level2Target`. */
function levelField(path: string, message: string) {
  const match = /^levels(?:\.|\[)(\d+)\]?\.(\w+)$/.exec(path);
  if (!match) return { field: path, message };
  return { field: `level${Number(match[1]) + 1}${match[2] === "delayMinutes" ? "Delay" : "Target"}`, message };
}

export const setEscalationAction = formAction<typeof escalationPolicySchema, [team: string]>({
  role: "editor",
  schema: escalationPolicySchema,
  input: levelsFromForm,
  field: levelField,
  failure: "The escalation policy could not be saved. Try again.",
  run: async ({ caller, input, args: [team] }) => {
    await setEscalationPolicy({ caller, team, input });
    return { message: "Escalation policy saved.", revalidate: [`/oncall/teams/${team}`] };
  },
});
