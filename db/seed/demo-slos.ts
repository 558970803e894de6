// The demo company's SLOs and 90 days of minute-level SLI history: diurnal traffic, a few incidents that
// burn budget, one SLO breached, one frozen by early burn, one overspent past its whole month, one paging
// right now, one whose data stopped, one new SLO in its warm-up, and the payment gateway's premium/standard
// latency pair from the SLO case study.
import type { SloInput } from "@/lib/slo/schemas";

export type IncidentShape = {
  /** Start, in minutes relative to the history's end ("now"); negative is in the past. */
  startMinutesAgo: number;
  durationMinutes: number;
  /** Fraction of events that are bad while it lasts. */
  badFraction: number;
};

export type DemoSlo = {
  input: SloInput;
  /** Requests per minute at the daily peak. */
  peakPerMinute: number;
  /** Baseline fraction of bad events. */
  baselineBad: number;
  incidents: IncidentShape[];
  /** A calendar SLO whose budget burns early in the current period (the freeze example). */
  earlyBurnInPeriod?: { badFraction: number; durationMinutes: number };
  /** Its exporter stopped this many minutes before the seed's "now", and live demo traffic does not resume it. */
  dataStoppedMinutesAgo?: number;
  /** A new SLO: its data starts this many minutes before the seed's "now", so it is in its warm-up. */
  dataStartedMinutesAgo?: number;
};

const DAY = 1440;

const availability = (slug: string, name: string, service: string, target: number, extra: Partial<SloInput> = {}): SloInput => ({
  slug,
  name,
  service,
  description: "",
  sliKind: "availability",
  target,
  window: { kind: "rolling", days: 30 },
  budgetingMethod: "occurrences",
  ...extra,
});

export const DEMO_SLOS: DemoSlo[] = [
  {
    input: availability("payment-success", "Payment success rate", "payment-gateway", 0.9995, {
      description: "Card payments that are authorised or declined by the issuer, not failed by us. The case study's 99.95% success target.",
    }),
    peakPerMinute: 2400,
    baselineBad: 0.0002,
    incidents: [
      { startMinutesAgo: -40 * DAY, durationMinutes: 35, badFraction: 0.04 },
      { startMinutesAgo: -12 * DAY - 300, durationMinutes: 20, badFraction: 0.03 },
    ],
  },
  {
    input: {
      ...availability("payment-latency-premium", "Premium payments under 1.2 s", "payment-gateway", 0.99),
      sliKind: "latency",
      latencyThresholdMs: 1200,
      segment: "tier=premium",
      description: "Premium merchants' payments confirmed within 1.2 s.",
    },
    peakPerMinute: 600,
    baselineBad: 0.004,
    incidents: [{ startMinutesAgo: -9 * DAY, durationMinutes: 90, badFraction: 0.12 }],
  },
  {
    input: {
      ...availability("payment-latency-standard", "Standard payments under 2 s", "payment-gateway", 0.99),
      sliKind: "latency",
      latencyThresholdMs: 2000,
      segment: "tier=standard",
      description: "Standard merchants' payments confirmed within 2 s.",
    },
    peakPerMinute: 1800,
    baselineBad: 0.005,
    incidents: [{ startMinutesAgo: -9 * DAY, durationMinutes: 90, badFraction: 0.09 }],
  },
  {
    input: availability("checkout-availability", "Checkout availability", "checkout", 0.999, {
      description: "Checkout requests answered without a server error. Breached after the payment provider outage.",
    }),
    peakPerMinute: 3000,
    baselineBad: 0.0003,
    incidents: [{ startMinutesAgo: -3 * DAY - 120, durationMinutes: 720, badFraction: 0.2 }],
  },
  {
    input: availability("refunds-availability", "Refund API availability", "refunds", 0.999, { window: { kind: "calendar", unit: "month", timeZone: "UTC" } }),
    peakPerMinute: 120,
    baselineBad: 0.0004,
    incidents: [],
  },
  {
    input: availability("live-video-playback", "Live playback success", "live-video", 0.999, {
      description: "Playback sessions that start and keep playing.",
    }),
    peakPerMinute: 5000,
    baselineBad: 0.0002,
    incidents: [
      // A failing CDN origin: paging at seed time; with live demo traffic it lasts two more hours, then recovers.
      { startMinutesAgo: -50, durationMinutes: 170, badFraction: 0.03 },
      { startMinutesAgo: -25 * DAY, durationMinutes: 60, badFraction: 0.02 },
    ],
  },
  {
    input: {
      ...availability("live-video-startup", "Video starts within 2 s", "live-video", 0.99),
      sliKind: "latency",
      latencyThresholdMs: 2000,
      budgetingMethod: "timeslices",
      timesliceTarget: 0.95,
      description: "Minutes in which 95% of playback sessions started within 2 s.",
    },
    peakPerMinute: 900,
    baselineBad: 0.02,
    incidents: [{ startMinutesAgo: -6 * DAY, durationMinutes: 120, badFraction: 0.15 }],
  },
  {
    input: {
      ...availability("transcoding-success", "Transcoding job success", "transcoding", 0.995),
      sliKind: "ratio",
      window: { kind: "rolling", days: 7 },
      budgetingMethod: "ratioTimeslices",
      description: "Share of transcoding jobs that finish, averaged per minute.",
    },
    peakPerMinute: 80,
    baselineBad: 0.0015,
    incidents: [{ startMinutesAgo: -2 * DAY, durationMinutes: 45, badFraction: 0.08 }],
  },
  {
    input: availability("cdn-edge-availability", "CDN edge availability", "cdn-edge", 0.999, { window: { kind: "rolling", days: 28 } }),
    peakPerMinute: 8000,
    baselineBad: 0.0003,
    incidents: [{ startMinutesAgo: -50, durationMinutes: 170, badFraction: 0.01 }],
  },
  {
    input: availability("log-ingest-success", "Log ingest success", "log-pipeline", 0.999, {
      description: "Log batches accepted by the pipeline (sampling drops are not failures).",
    }),
    peakPerMinute: 1500,
    baselineBad: 0.0004,
    incidents: [{ startMinutesAgo: -18 * DAY, durationMinutes: 60, badFraction: 0.03 }],
  },
  {
    input: {
      ...availability("metrics-query-latency", "Metrics queries under 500 ms", "metrics-store", 0.99),
      sliKind: "latency",
      latencyThresholdMs: 500,
      window: { kind: "calendar", unit: "week", timeZone: "Europe/Berlin" },
    },
    peakPerMinute: 400,
    baselineBad: 0.004,
    incidents: [],
  },
  {
    input: availability("trace-ingest-availability", "Trace ingest availability", "trace-collector", 0.995),
    peakPerMinute: 700,
    baselineBad: 0.001,
    incidents: [],
  },
  {
    input: availability("core-ledger-availability", "Core ledger availability", "core-ledger", 0.9999, {
      window: { kind: "calendar", unit: "month", timeZone: "Europe/London" },
      description: "Posting requests the ledger completes. Frozen: over half of this month's budget went in its first days.",
    }),
    peakPerMinute: 900,
    baselineBad: 0.000015,
    incidents: [],
    // Two hours at 5% take about two thirds of the month's budget wherever the period stands (c = consumed × E / P).
    earlyBurnInPeriod: { badFraction: 0.05, durationMinutes: 120 },
  },
  {
    input: availability("accounts-api-availability", "Accounts API availability", "accounts-api", 0.999),
    peakPerMinute: 600,
    baselineBad: 0.0003,
    incidents: [{ startMinutesAgo: -33 * DAY, durationMinutes: 30, badFraction: 0.05 }],
  },
  {
    input: availability("account-opening-success", "Account opening success", "accounts-api", 0.995, {
      description: "Account applications completed without a technical error. Its exporter stopped an hour before the demo was seeded, so the SLO shows Data missing.",
    }),
    peakPerMinute: 40,
    baselineBad: 0.001,
    incidents: [],
    dataStoppedMinutesAgo: 60,
  },
  {
    input: {
      ...availability("settlement-on-time", "Settlement batches on time", "batch-settlement", 0.99),
      sliKind: "ratio",
      window: { kind: "calendar", unit: "quarter", timeZone: "Europe/London" },
      description: "Settlement batch items processed before the cut-off.",
    },
    peakPerMinute: 30,
    baselineBad: 0.003,
    incidents: [],
  },
  // Appended last, so the SLOs above keep their seeded curves (each SLO's random seed follows its index).
  {
    input: availability("log-archive-delivery", "Log batches archived", "log-pipeline", 0.999, {
      window: { kind: "calendar", unit: "month", timeZone: "Europe/London" },
      description: "Log batches written to long-term archive storage on the first attempt. An expired storage credential early in the month spent more than the whole month's budget.",
    }),
    peakPerMinute: 120,
    baselineBad: 0.0003,
    incidents: [],
    // Three hours at 30% take more than twice the month's budget, wherever the period stands.
    earlyBurnInPeriod: { badFraction: 0.3, durationMinutes: 180 },
  },
  {
    input: availability("thumbnail-success", "Thumbnail generation success", "transcoding", 0.999, {
      description: "Thumbnails generated for new uploads. Defined five hours before the demo was seeded; its first hours of data include a bad release, but during the warm-up its freeze is advisory.",
    }),
    peakPerMinute: 200,
    baselineBad: 0.0002,
    incidents: [{ startMinutesAgo: -45, durationMinutes: 120, badFraction: 0.05 }],
    dataStartedMinutesAgo: 300,
  },
];

export const HISTORY_DAYS = 90;
