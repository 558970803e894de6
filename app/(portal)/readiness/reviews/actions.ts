"use server";
// Readiness review changes from the browser: start a review, approve it, cancel it. Each calls one change function,
// which checks the service's team (or the reviewer); item changes go through the API as you click.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { reviewCreateSchema } from "@/lib/readiness/schemas";
import { approveReview, cancelReview, createReview } from "@/lib/server/readiness/reviews";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

export const createReviewAction = formAction({
  role: "editor",
  schema: reviewCreateSchema,
  input: (formData) => {
    const reviewer = text(formData, "reviewer");
    return {
      service: text(formData, "service"),
      template: text(formData, "template"),
      launchDate: text(formData, "launchDate"),
      dueDate: text(formData, "dueDate") ?? null,
      reviewer: reviewer && /^\d+$/.test(reviewer) ? Number(reviewer) : (reviewer ?? null),
    };
  },
  failure: "The review could not be started. Try again.",
  run: async ({ caller, input }) => {
    const review = await createReview({ caller, input });
    await flash(`Readiness review of ${review.service.name} started from ${review.template.name} v${review.template.version}.`);
    return { revalidate: ["/readiness/reviews"], redirectTo: `/readiness/reviews/${review.id}` };
  },
});

const noFields = z.object({});

export const approveReviewAction = formAction<typeof noFields, [id: number]>({
  role: "editor",
  schema: noFields,
  input: () => ({}),
  failure: "The review could not be approved. Try again.",
  run: async ({ caller, args: [id] }) => {
    const review = await approveReview({ caller, reviewId: id });
    // The same page re-renders with its Ready section (a flash shows only on a page one lands on).
    return { message: `${review.service.name} is ready: review approved.`, revalidate: ["/readiness/reviews", `/readiness/reviews/${id}`] };
  },
});

export const cancelReviewAction = formAction<typeof noFields, [id: number]>({
  role: "editor",
  schema: noFields,
  input: () => ({}),
  failure: "The review could not be cancelled. Try again.",
  run: async ({ caller, args: [id] }) => {
    const review = await cancelReview({ caller, reviewId: id });
    await flash(`Readiness review of ${review.service.name} cancelled.`);
    return { revalidate: ["/readiness/reviews", `/readiness/reviews/${id}`], redirectTo: "/readiness/reviews" };
  },
});
