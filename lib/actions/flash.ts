// Leaves a message for the page a server action redirects to; components/ui/toast.tsx shows it once.
import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE } from "@/lib/flash";

export async function flash(message: string): Promise<void> {
  // Readable by the page's script, which shows and clears it; a minute is plenty to survive one redirect. Next encodes the value.
  (await cookies()).set(FLASH_COOKIE, message, { path: "/", maxAge: 60, sameSite: "strict", httpOnly: false });
}
