// The SLO page's SLI-data-missing episodes: when the SLO went stale, its last data then, and when data came back.
import { Badge } from "@/components/ui/badge";
import { FormattedTime } from "@/components/ui/formatted-time";
import { Table, Td, Th } from "@/components/ui/table";
import type { SliDataGap } from "@/db/schema";

export function DataGaps({ gaps }: { gaps: readonly SliDataGap[] }) {
  if (gaps.length === 0) return null;
  return (
    <section aria-labelledby="h-data-gaps" className="grid content-start gap-2">
      <h2 id="h-data-gaps" className="text-lg font-semibold">
        Data missing (30 days)
      </h2>
      <Table label="Data missing episodes">
        <thead>
          <tr>
            <Th>Last data</Th>
            <Th>Detected</Th>
            <Th>Data again</Th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={gap.id}>
              <Td>{gap.lastDataAt ? <FormattedTime iso={gap.lastDataAt.toISOString()} /> : "never"}</Td>
              <Td>
                <FormattedTime iso={gap.detectedAt.toISOString()} />
              </Td>
              <Td>{gap.resolvedAt ? <FormattedTime iso={gap.resolvedAt.toISOString()} /> : <Badge tone="warning">still missing</Badge>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
