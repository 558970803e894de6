// People named by email in incident input (roles, action item owners): 400 naming the field when nobody has that address.
import "server-only";
import { findUserByEmail } from "@/db/queries/users";
import { invalid } from "../errors";

export async function personByEmail(email: string, field: string): Promise<{ id: number; name: string; email: string }> {
  const user = await findUserByEmail(email);
  if (!user || !user.isActive) throw invalid(`${field}: nobody in Keel has the email "${email}"`, field);
  return { id: user.id, name: user.name, email: user.email };
}
