// GET /api/v1/oncall/{schedule}.ics?token=…: public, the token in the URL is the authentication; anything wrong is 404.
import { errorResponse, notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { scheduleFeedText } from "@/lib/server/oncall/reads";

export const dynamic = "force-dynamic";

const missing = () => errorResponse(notFound("No such calendar feed"));

async function feed(request: Request, context: { params: Promise<{ schedule: string }> }): Promise<Response> {
  const { schedule } = await context.params;
  const token = new URL(request.url).searchParams.get("token");
  if (!schedule.endsWith(".ics") || !token) return missing();
  const text = await scheduleFeedText({ slug: schedule.slice(0, -".ics".length), token });
  if (text === null) return missing();
  return new Response(text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${schedule}"`,
      "cache-control": "private, max-age=300",
    },
  });
}

export const GET = Object.assign(feed, { operation: operations.oncallFeed });
