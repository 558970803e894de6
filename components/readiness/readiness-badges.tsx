// A service's readiness state and level as badges: the words always show, the colour only adds to them.
import { Badge } from "@/components/ui/badge";
import { LEVEL_LABELS, STATE_LABELS } from "@/lib/readiness/view/scorecard";
import type { ReadinessLevel, ReadinessState } from "@/lib/readiness/types";

const STATE_TONES = { not_reviewed: "neutral", in_review: "info", blocked: "danger", ready: "success", expired: "warning" } as const;
const LEVEL_TONES = { none: "neutral", bronze: "warning", silver: "info", gold: "success" } as const;

export function ReadinessStateBadge({ state }: { state: ReadinessState }) {
  return <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge>;
}

export function ReadinessLevelBadge({ level, passed, applicable }: { level: ReadinessLevel; passed?: number; applicable?: number }) {
  const share = passed !== undefined && applicable ? ` · ${passed}/${applicable}` : "";
  return (
    <Badge tone={LEVEL_TONES[level]}>
      {LEVEL_LABELS[level]}
      {share}
    </Badge>
  );
}
