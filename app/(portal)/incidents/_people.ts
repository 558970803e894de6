// The people incident forms offer for commander and the other roles: active users, by name.
import "server-only";
import { listUsers } from "@/db/queries/users";

export async function activePeople(): Promise<{ email: string; name: string }[]> {
  return (await listUsers()).filter((u) => u.isActive).map((u) => ({ email: u.email, name: u.name }));
}
