// POST /api/v1/costs/imports/{id}/undo: undo a cost import as a whole.
import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { undoCostImport } from "@/lib/server/costs/imports";

export const POST = apiRoute(operations.undoCostImport, async ({ caller, params }) => NextResponse.json(await undoCostImport({ caller, id: params.id! })));
