// One colour per severity across the analytics charts, from the theme (light and dark).
import { CHART_COLORS } from "@/components/charts/chart-theme";
import type { Severity } from "@/lib/incidents/types";

export const SEVERITY_COLORS: Record<Severity, string> = { SEV1: CHART_COLORS.danger, SEV2: CHART_COLORS.warning, SEV3: CHART_COLORS.primary, SEV4: CHART_COLORS.muted };
