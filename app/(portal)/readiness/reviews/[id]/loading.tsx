// While the review opens (its automatic checks run first): the shape of the header, the progress and the checklist.
import { SectionSkeleton } from "@/components/ui/skeleton";

export default function ReviewLoading() {
  return (
    <div className="grid gap-6">
      <SectionSkeleton label="the readiness review" lines={2} />
      <SectionSkeleton label="the checklist" heading={false} lines={8} />
    </div>
  );
}
