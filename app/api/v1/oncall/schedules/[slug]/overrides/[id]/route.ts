import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { removeOverride } from "@/lib/server/oncall/overrides";

export const DELETE = apiRoute(operations.deleteOverride, async ({ caller, params }) => {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound(`No override ${params.id}`);
  await removeOverride({ caller, slug: params.slug!, overrideId: id });
  return new NextResponse(null, { status: 204 });
});
