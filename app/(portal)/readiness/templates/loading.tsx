import { TableSkeleton } from "@/components/ui/skeleton";

export default function TemplatesLoading() {
  return <TableSkeleton label="readiness templates" rows={3} />;
}
