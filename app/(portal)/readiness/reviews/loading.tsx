import { TableSkeleton } from "@/components/ui/skeleton";

export default function ReviewsLoading() {
  return <TableSkeleton label="readiness reviews" rows={6} />;
}
