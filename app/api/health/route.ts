import { NextResponse } from "next/server";
import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await pingDatabase()) return NextResponse.json({ status: "ok" });
  return NextResponse.json({ status: "unavailable", error: { code: "internal", message: "The database does not answer" } }, { status: 503 });
}
