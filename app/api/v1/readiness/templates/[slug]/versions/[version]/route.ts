import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { templateVersionParam } from "@/lib/api/readiness-operations";
import { apiRoute } from "@/lib/api/route";
import { getTemplateVersion } from "@/lib/server/readiness/reads";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getReadinessTemplateVersion, async ({ params }) => {
  const found = await getTemplateVersion(params.slug!, templateVersionParam(params.version));
  return NextResponse.json({ slug: found.template.slug, version: found.version, note: found.note, createdAt: found.createdAt.toISOString(), current: found.version === found.template.currentVersion, content: found.content });
});
