// The old address of the "no access" page: it answers 403 like every page the person may not see.
import { forbidden } from "next/navigation";

export default function ForbiddenPage() {
  forbidden();
}
