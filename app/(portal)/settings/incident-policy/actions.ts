"use server";
// Saving the severity policy from its settings form: the form's flat fields become the policy, which setIncidentPolicy checks.
import { formAction } from "@/lib/actions/form-action";
import { incidentPolicySchema } from "@/lib/incidents/policy";
import { SEVERITIES } from "@/lib/incidents/types";
import { setIncidentPolicy } from "@/lib/server/incidents/policy";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value.trim() : "";
};
// An empty box is no number (the schema names the field); anything else is read as typed.
const numberOf = (raw: string) => (raw === "" ? undefined : Number(raw));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function policyOf(formData: FormData) {
  const severities = Object.fromEntries(
    SEVERITIES.map((s) => {
      const key = (field: string) => `severities.${s}.${field}`;
      const escalate = text(formData, key("escalateAfterMinutes"));
      return [
        s,
        {
          name: text(formData, key("name")),
          meaning: text(formData, key("meaning")),
          respondWithinMinutes: numberOf(text(formData, key("respondWithinMinutes"))),
          resolveWithinMinutes: numberOf(text(formData, key("resolveWithinMinutes"))),
          escalateAfterMinutes: escalate === "" ? null : Number(escalate),
          requiresPostmortem: formData.get(key("requiresPostmortem")) === "on",
        },
      ];
    }),
  );
  return {
    severities,
    escalateWhenOverdue: formData.get("escalateWhenOverdue") === "on",
    deployWindowMinutes: numberOf(text(formData, "deployWindowMinutes")),
    workingHours: {
      timeZone: text(formData, "workingHours.timeZone"),
      startHour: numberOf(text(formData, "workingHours.startHour")),
      endHour: numberOf(text(formData, "workingHours.endHour")),
    },
  };
}

export const updateIncidentPolicyAction = formAction({
  role: "admin",
  schema: incidentPolicySchema
    .refine((p) => p.workingHours.endHour > p.workingHours.startHour, { message: "must be after the start hour", path: ["workingHours", "endHour"] })
    .refine((p) => isTimeZone(p.workingHours.timeZone), { message: "must be an IANA time zone, e.g. Europe/Berlin", path: ["workingHours", "timeZone"] }),
  input: policyOf,
  failure: "The incident policy could not be saved. Try again.",
  run: async ({ caller, input }) => {
    await setIncidentPolicy({ caller, policy: input });
    return { revalidate: ["/settings/incident-policy", "/incidents/new"], message: "Incident policy saved. New targets apply to every incident from now on." };
  },
});
