"use client";
// The unit price list and the model's assumptions (admins): what a GB ingested, a GB-month hot or cold and a summary
// series cost, the debug share of logs and the error share of spans. Keel's defaults are its own, not the seed's.
import { useActionState } from "react";
import { savePricesAction } from "@/app/(portal)/costs/what-if/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";
import { SIGNALS } from "@/lib/costs/types";
import type { WhatIfPrices } from "@/lib/costs/whatif-schemas";

export function WhatIfPricesForm({ prices }: { prices: WhatIfPrices }) {
  const [state, action, pending] = useActionState(savePricesAction, INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  const box = (name: string, label: string, value: string | number, hint?: string) => (
    <Field key={name} label={label} name={name} errors={state.fieldErrors?.[name]} hint={hint}>
      {(props) => <Input {...props} inputMode="decimal" defaultValue={typed?.[name] ?? String(value)} />}
    </Field>
  );
  return (
    <Card aria-labelledby="h-prices">
      <CardTitle id="h-prices">Unit prices and assumptions</CardTitle>
      <p className="mt-1 text-sm text-muted">Keel&apos;s defaults are its own list-price magnitudes; set your contract&apos;s. Prices are in the currency below.</p>
      <ActionForm action={action} fieldErrors={state.fieldErrors} className="mt-3 grid gap-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{box("currency", "Currency", prices.currency, "Three letters, e.g. USD.")}</div>
        <fieldset className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          <legend className="mb-1 text-sm font-semibold">Ingest, per GB</legend>
          {SIGNALS.map((signal) => box(`ingestPerGb.${signal}`, `Ingest ${signal} per GB`, prices.ingestPerGb[signal]))}
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          <legend className="mb-1 text-sm font-semibold">Hot storage, per GB-month</legend>
          {SIGNALS.map((signal) => box(`hotPerGbMonth.${signal}`, `Hot ${signal} per GB-month`, prices.hotPerGbMonth[signal]))}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {box("coldPerGbMonth", "Cold storage per GB-month", prices.coldPerGbMonth)}
          {box("summaryPerSeriesMonth", "Summary series per month", prices.summaryPerSeriesMonth, "At daily resolution; hourly costs 24 times as much.")}
          {box("summarySeriesPerService", "Summary series per service", prices.summarySeriesPerService, "Requests, errors, average latency: 3.")}
          {box("defaultRetentionDays", "Retention where records give none (days)", prices.defaultRetentionDays)}
          {box("debugLogPercent", "Debug share of log volume (%)", prices.debugLogPercent)}
          {box("traceErrorPercent", "Error share of trace spans (%)", prices.traceErrorPercent)}
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save price list"}
          </Button>
          <FormMessage state={state} />
        </div>
      </ActionForm>
    </Card>
  );
}
