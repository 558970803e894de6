// The demo company follows four typical cases: a payment gateway, a live-streaming platform, a fintech
// observability platform team and a core-banking enterprise.
import type { Tier } from "../schema";

export const DEMO_TEAMS = [
  { slug: "payments", name: "Payments", description: "Payment gateway and checkout. SLO-driven since the gateway modernisation: 99.95% success, 99% of payments under 2 s." },
  { slug: "streaming", name: "Streaming", description: "Live video platform. Incident response rebuilt around SEV levels, escalation paths and blameless postmortems." },
  { slug: "platform", name: "Observability Platform", description: "Fintech observability-as-a-service: logs, metrics and traces for every team, with tiered retention and chargeback." },
  { slug: "core-banking", name: "Core Banking", description: "Core banking systems moving from a legacy ops culture to SRE: production readiness reviews and toil reduction." },
] as const;

type DemoService = { slug: string; name: string; team: (typeof DEMO_TEAMS)[number]["slug"]; tier: Tier; description: string };

export const DEMO_SERVICES: DemoService[] = [
  { slug: "payment-gateway", name: "Payment Gateway", team: "payments", tier: 1, description: "Authorises and captures card payments for every storefront; premium and standard merchants." },
  { slug: "checkout", name: "Checkout", team: "payments", tier: 1, description: "Cart-to-order flow calling the payment gateway." },
  { slug: "refunds", name: "Refunds", team: "payments", tier: 2, description: "Refund processing and reconciliation." },
  { slug: "live-video", name: "Live Video", team: "streaming", tier: 1, description: "Ingest and playback for live events; outages here drive churn." },
  { slug: "transcoding", name: "Transcoding", team: "streaming", tier: 2, description: "Transcodes live and on-demand video into adaptive bitrates." },
  { slug: "cdn-edge", name: "CDN Edge", team: "streaming", tier: 2, description: "Edge caching and request routing for video segments." },
  { slug: "log-pipeline", name: "Log Pipeline", team: "platform", tier: 2, description: "Collects, samples and ships logs; debug logs kept 48 h, standard 14 days." },
  { slug: "metrics-store", name: "Metrics Store", team: "platform", tier: 2, description: "Long-term metrics storage and query." },
  { slug: "trace-collector", name: "Trace Collector", team: "platform", tier: 3, description: "Receives traces; successful requests sampled at 10%, errors kept at 100%." },
  { slug: "core-ledger", name: "Core Ledger", team: "core-banking", tier: 1, description: "The bank's system of record for balances and postings." },
  { slug: "accounts-api", name: "Accounts API", team: "core-banking", tier: 2, description: "Account opening and customer account data for channels." },
  { slug: "batch-settlement", name: "Batch Settlement", team: "core-banking", tier: 3, description: "Nightly settlement and statement batches." },
];
