"use client";
// A name and the slug that follows it as the person types, until they edit the slug; emptied, it follows again.
import { useState, type ChangeEvent } from "react";
import { slugify } from "@/lib/catalog/slugify";

/** `canFollow` false (an edit, where the slug is an id) keeps the slug as it is whatever the name does. */
export function useSlugFromName({ name: initialName = "", slug: initialSlug = "", follows = true, canFollow = true }: { name?: string; slug?: string; follows?: boolean; canFollow?: boolean } = {}) {
  const [name, setName] = useState(initialName);
  const [slug, setSlug] = useState(initialSlug);
  const [slugFollows, setSlugFollows] = useState(follows && canFollow);
  return {
    name,
    slug,
    onNameChange: (event: ChangeEvent<HTMLInputElement>) => {
      setName(event.target.value);
      if (slugFollows) setSlug(slugify(event.target.value));
    },
    onSlugChange: (event: ChangeEvent<HTMLInputElement>) => {
      setSlug(event.target.value);
      setSlugFollows(canFollow && event.target.value === "");
    },
  };
}
