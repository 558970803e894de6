// A budget sparkline drawn as plain SVG on the server: no client JavaScript, a sentence for screen readers.
import { describeBudgetTrend, sparklineGeometry } from "@/lib/slo/view/sparkline";

const WIDTH = 104;
const HEIGHT = 28;

export function BudgetSparkline({ values, tone }: { values: readonly (number | null)[]; tone: "danger" | "warning" | "primary" }) {
  const { path, last, zeroY } = sparklineGeometry(values, WIDTH, HEIGHT, 3);
  const label = describeBudgetTrend(values);
  const color = tone === "danger" ? "text-danger" : tone === "warning" ? "text-warning" : "text-primary";
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={`${color} overflow-visible`}>
      <title>{label}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT - 3} y2={HEIGHT - 3} className="stroke-border" strokeWidth={1} />
      {zeroY !== null ? <line x1={0} x2={WIDTH} y1={zeroY} y2={zeroY} className="stroke-muted" strokeWidth={1} strokeDasharray="2 2" /> : null}
      {path ? <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" /> : null}
      {last ? <circle cx={last.x} cy={last.y} r={2.5} fill="currentColor" /> : null}
    </svg>
  );
}
