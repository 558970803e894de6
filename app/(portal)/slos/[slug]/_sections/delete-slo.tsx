// The delete button, which names how many stored minutes go with the SLO: that count is a read of its own.
import { countSliMinutes } from "@/db/queries/sli";
import type { SloRecord } from "@/db/queries/slos";
import { DeleteSloButton } from "@/components/slo/delete-slo-button";
import { deleteSloAction } from "../../actions";

export async function DeleteSlo({ record }: { record: SloRecord }) {
  const minutes = await countSliMinutes(record.id);
  return <DeleteSloButton name={record.name} minutes={minutes} action={deleteSloAction.bind(null, record.slug)} />;
}
