"use client";
// Create or edit an SLO: templates, the tier's default target, a live preview of what the target allows.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { followsName, slugify } from "@/lib/catalog/slugify";
import { describeAllowance } from "@/lib/slo/format";
import { SLO_TEMPLATES, type SloFormValues } from "@/lib/slo/form";
import { AlertWindowsEditor } from "./alert-windows-editor";

type ServiceOption = { slug: string; name: string; tier: 1 | 2 | 3 };

// Typical lengths, for the preview only; the engine uses each period's real length.
const CALENDAR_DAYS: Record<string, number> = { week: 7, month: 30, quarter: 91 };

const ADVANCED_FIELDS = ["warnBelowPercent", "freezeAtOrBelowPercent", "earlyBurnPercent", "earlyBurnDays", "freezeOnPage", "warmUpHours", "staleAfterMinutes"];
const INCIDENT_FIELDS = ["incidentOnPage", "incidentOnStale"];
const isAdvancedField = (key: string) => key.startsWith("alertWindows") || ADVANCED_FIELDS.includes(key) || INCIDENT_FIELDS.includes(key);
// Staleness or incident settings away from their defaults are worth seeing when the form opens.
const customStaleness = (values: SloFormValues) => values.neverStale === "on" || !["", "15"].includes((values.staleAfterMinutes ?? "").trim());
const customIncidents = (values: SloFormValues) => !["", "auto"].includes(values.incidentOnPage ?? "") || values.incidentOnStale === "on";

export function SloForm({
  action,
  services,
  tierTargets,
  initial,
  mode,
  cancelHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  services: ServiceOption[];
  tierTargets: Record<1 | 2 | 3, number>;
  initial: SloFormValues;
  mode: "create" | "edit";
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const start = state.values ?? initial;
  const [values, setValues] = useState<SloFormValues>(start);
  const [targetTouched, setTargetTouched] = useState(mode === "edit");
  // A new SLO's slug follows its name until the person edits the slug; an existing one keeps its slug (URLs and SLI pushes use it).
  const [slugFollows, setSlugFollows] = useState(() => mode === "create" && followsName(start.name ?? "", start.slug ?? ""));
  const [advancedOpen, setAdvancedOpen] = useState(() => start.alertWindowsMode === "custom" || ADVANCED_FIELDS.some((key) => Boolean(start[key]?.trim()) && key !== "freezeOnPage" && key !== "staleAfterMinutes") || start.freezeOnPage === "off" || customStaleness(start) || customIncidents(start));
  // A rejected submit with errors among the advanced fields opens the section, so the errors are seen.
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (Object.keys(state.fieldErrors ?? {}).some(isAdvancedField)) setAdvancedOpen(true);
  }
  const set = (key: string, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const errors = (key: string) => state.fieldErrors?.[key];
  const tierDefault = (slug: string) => {
    const service = services.find((s) => s.slug === slug);
    return service ? String(Number((tierTargets[service.tier] * 100).toFixed(4))) : "";
  };

  const chooseTemplate = (key: keyof typeof SLO_TEMPLATES) => {
    const template = SLO_TEMPLATES[key];
    const service = services.find((s) => s.slug === values.service);
    setValues((current) => {
      const name = current.name || (service ? `${service.name} ${template.nameSuffix}` : "");
      const templateSlug = !current.name && service ? `${service.slug}-${template.nameSuffix}` : slugify(name);
      return {
        ...current,
        sliKind: template.sliKind,
        name,
        slug: slugFollows ? templateSlug : current.slug,
        description: current.description || template.description,
        latencyThresholdMs: template.sliKind === "latency" ? current.latencyThresholdMs || "300" : current.latencyThresholdMs,
      };
    });
  };

  const target = Number(values.targetPercent) / 100;
  const periodDays = values.windowKind === "calendar" ? (CALENDAR_DAYS[values.calendarUnit ?? "month"] ?? 30) : Number(values.windowDays);
  const preview =
    target > 0 && target < 1 && periodDays > 0
      ? `${describeAllowance(target, periodDays)}${values.windowKind === "calendar" ? ` (a ${values.calendarUnit} is about ${periodDays} days)` : ""}.`
      : "Enter a target between 0% and 100% and a window to see what it allows.";

  const chosen = services.find((s) => s.slug === values.service);
  const targetHint =
    mode === "create" ? "Prefilled with the service tier's default." : chosen ? `The default for Tier ${chosen.tier} services is ${tierDefault(chosen.slug)}%.` : undefined;

  const controlled = (key: string) => ({ value: values[key] ?? "", onChange: (event: { target: { value: string } }) => set(key, event.target.value) });

  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-3xl gap-6" noValidate>
      {mode === "create" ? (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">Start from a template</legend>
          <div className="flex flex-wrap gap-2">
            {(Object.keys(SLO_TEMPLATES) as (keyof typeof SLO_TEMPLATES)[]).map((key) => (
              <Button key={key} variant={values.sliKind === SLO_TEMPLATES[key].sliKind ? "primary" : "secondary"} size="sm" onClick={() => chooseTemplate(key)} aria-pressed={values.sliKind === SLO_TEMPLATES[key].sliKind}>
                {SLO_TEMPLATES[key].label}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Service" name="service" errors={errors("service")}>
          {(props) => (
            <Select
              {...props}
              value={values.service ?? ""}
              onChange={(event) => {
                const slug = event.target.value;
                setValues((current) => ({ ...current, service: slug, ...(targetTouched ? {} : { targetPercent: tierDefault(slug) }) }));
              }}
            >
              <option value="">Choose a service…</option>
              {services.map((service) => (
                <option key={service.slug} value={service.slug}>
                  {service.name} (Tier {service.tier})
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="SLI kind" name="sliKind" errors={errors("sliKind")}>
          {(props) => (
            <Select {...props} {...controlled("sliKind")}>
              <option value="availability">Availability: good requests / all requests</option>
              <option value="latency">Latency: requests faster than a threshold / all</option>
              <option value="ratio">Custom ratio: good events / all events</option>
            </Select>
          )}
        </Field>
        <Field label="Name" name="name" errors={errors("name")}>
          {(props) => (
            <Input
              {...props}
              value={values.name ?? ""}
              onChange={(event) => {
                const name = event.target.value;
                setValues((current) => ({ ...current, name, ...(slugFollows ? { slug: slugify(name) } : {}) }));
              }}
            />
          )}
        </Field>
        <Field label="Slug" name="slug" errors={errors("slug")} hint={mode === "create" ? "The SLO's id in URLs, the API and SLI pushes; filled in from the name until you change it." : "The SLO's id in URLs, the API and SLI pushes; changing it breaks links and pushes that use the old one."}>
          {(props) => (
            <Input
              {...props}
              value={values.slug ?? ""}
              onChange={(event) => {
                const slug = event.target.value;
                // Emptied, it follows the name again.
                setSlugFollows(mode === "create" && slug === "");
                set("slug", slug);
              }}
            />
          )}
        </Field>
      </div>
      <Field label="Description" name="description" errors={errors("description")}>
        {(props) => <Textarea {...props} {...controlled("description")} />}
      </Field>
      {values.sliKind === "latency" ? (
        <Field label="Latency threshold (ms)" name="latencyThresholdMs" errors={errors("latencyThresholdMs")} hint="A request is good when it is answered faster than this, e.g. 300 for a p99 under 300 ms.">
          {(props) => <Input {...props} type="number" min={1} {...controlled("latencyThresholdMs")} />}
        </Field>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Target (%)" name="targetPercent" errors={errors("targetPercent")} hint={targetHint}>
          {(props) => (
            <Input
              {...props}
              inputMode="decimal"
              value={values.targetPercent ?? ""}
              onChange={(event) => {
                setTargetTouched(true);
                set("targetPercent", event.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Window" name="windowKind" errors={errors("windowKind")}>
          {(props) => (
            <Select {...props} {...controlled("windowKind")}>
              <option value="rolling">Rolling</option>
              <option value="calendar">Calendar</option>
            </Select>
          )}
        </Field>
        {values.windowKind === "calendar" ? (
          <Field label="Calendar period" name="calendarUnit" errors={errors("calendarUnit")}>
            {(props) => (
              <Select {...props} {...controlled("calendarUnit")}>
                <option value="week">Week (from Monday)</option>
                <option value="month">Month</option>
                <option value="quarter">Quarter</option>
              </Select>
            )}
          </Field>
        ) : (
          <Field label="Window length (days)" name="windowDays" errors={errors("windowDays")}>
            {(props) => <Input {...props} type="number" min={1} max={400} {...controlled("windowDays")} />}
          </Field>
        )}
      </div>
      {values.windowKind === "calendar" ? (
        <Field label="Time zone" name="timeZone" errors={errors("timeZone")} hint="Periods start at local midnight in this zone, e.g. Europe/Berlin.">
          {(props) => <Input {...props} {...controlled("timeZone")} />}
        </Field>
      ) : null}
      <p aria-live="polite" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
        {preview}
      </p>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Budgeting method" name="budgetingMethod" errors={errors("budgetingMethod")}>
          {(props) => (
            <Select {...props} {...controlled("budgetingMethod")}>
              <option value="occurrences">Occurrences: count every event</option>
              <option value="timeslices">Timeslices: count good minutes</option>
              <option value="ratioTimeslices">Ratio of timeslices: average each minute&apos;s ratio</option>
            </Select>
          )}
        </Field>
        {values.budgetingMethod === "timeslices" ? (
          <Field label="Timeslice target (%)" name="timesliceTargetPercent" errors={errors("timesliceTargetPercent")} hint="A minute is good when at least this share of its events is good.">
            {(props) => <Input {...props} inputMode="decimal" {...controlled("timesliceTargetPercent")} />}
          </Field>
        ) : null}
        <Field label="Segment (optional)" name="segment" errors={errors("segment")} hint="For multi-dimensional SLOs, e.g. tier=premium.">
          {(props) => <Input {...props} {...controlled("segment")} />}
        </Field>
        <Field label="Review every (days)" name="reviewCadenceDays" errors={errors("reviewCadenceDays")}>
          {(props) => <Input {...props} type="number" min={7} max={366} {...controlled("reviewCadenceDays")} />}
        </Field>
      </div>

      <details className="rounded-md border border-border p-3" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-medium">Advanced: alert windows, error budget policy overrides, data freshness and incidents</summary>
        <div className="mt-3">
          <AlertWindowsEditor values={values} setValues={setValues} errors={errors} periodDays={periodDays} />
        </div>
        <h3 className="mt-5 text-sm font-medium">Error budget policy overrides</h3>
        <p className="mt-1 text-sm text-muted">Leave a field empty to follow the organisation&apos;s policy.</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field label="Warn below budget left (%)" name="warnBelowPercent" errors={errors("warnBelowPercent")}>
            {(props) => <Input {...props} inputMode="decimal" {...controlled("warnBelowPercent")} />}
          </Field>
          <Field label="Freeze at or below budget left (%)" name="freezeAtOrBelowPercent" errors={errors("freezeAtOrBelowPercent")}>
            {(props) => <Input {...props} inputMode="decimal" {...controlled("freezeAtOrBelowPercent")} />}
          </Field>
          <Field label="Early burn: freeze above consumed (%)" name="earlyBurnPercent" errors={errors("earlyBurnPercent")}>
            {(props) => <Input {...props} inputMode="decimal" {...controlled("earlyBurnPercent")} />}
          </Field>
          <Field label="Early burn: within the first (days)" name="earlyBurnDays" errors={errors("earlyBurnDays")}>
            {(props) => <Input {...props} type="number" min={1} {...controlled("earlyBurnDays")} />}
          </Field>
          <Field label="While a page alert fires" name="freezeOnPage" errors={errors("freezeOnPage")}>
            {(props) => (
              <Select {...props} {...controlled("freezeOnPage")}>
                <option value="on">Freeze deploys</option>
                <option value="off">Do not freeze</option>
              </Select>
            )}
          </Field>
          <Field label="Warm-up (hours)" name="warmUpHours" errors={errors("warmUpHours")} hint="From the first SLI data, the policy is advisory and does not close the deploy gate. 0: none.">
            {(props) => <Input {...props} type="number" min={0} max={720} step={1} {...controlled("warmUpHours")} />}
          </Field>
        </div>
        <h3 className="mt-5 text-sm font-medium">Data freshness</h3>
        <p className="mt-1 text-sm text-muted">Without SLI data for longer than this, the SLO shows &ldquo;Data missing&rdquo; and its alerts&apos; state is unknown.</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field label="Stale after (minutes)" name="staleAfterMinutes" errors={errors("staleAfterMinutes")} hint="Default 15; at most 10080 (a week).">
            {(props) => <Input {...props} type="number" min={1} max={10080} placeholder="15" disabled={values.neverStale === "on"} {...controlled("staleAfterMinutes")} />}
          </Field>
          <label className="flex items-center gap-2 self-center text-sm">
            <input type="checkbox" name="neverStale" value="on" checked={values.neverStale === "on"} onChange={(event) => set("neverStale", event.target.checked ? "on" : "")} />
            Never stale (data arrives in daily batches)
          </label>
        </div>
        <h3 className="mt-5 text-sm font-medium">Incidents</h3>
        <p className="mt-1 text-sm text-muted">Incidents opened here are linked to this SLO; people acknowledge and resolve them.</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field label="Open an incident on a page alert" name="incidentOnPage" errors={errors("incidentOnPage")} hint="A page burn-rate alert opens a SEV2 incident for the SLO's service.">
            {(props) => (
              <Select {...props} {...controlled("incidentOnPage")}>
                <option value="auto">Automatic: for tier-1 services</option>
                <option value="on">Always</option>
                <option value="off">Never</option>
              </Select>
            )}
          </Field>
          <label className="flex items-center gap-2 self-center text-sm">
            <input type="checkbox" name="incidentOnStale" value="on" checked={values.incidentOnStale === "on"} onChange={(event) => set("incidentOnStale", event.target.checked ? "on" : "")} />
            Open a SEV3 incident when SLI data goes missing
          </label>
        </div>
      </details>

      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create SLO" : "Save changes"}
        </Button>
        <ButtonLink href={cancelHref}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}
