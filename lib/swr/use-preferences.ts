"use client";

// The signed-in user's preferences (README, Presence and preferences), changed one field at a time.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { Preferences, UpdatePreferencesBody } from "@/lib/preferences/schemas";
import { api } from "@/lib/swr/api";

export function usePreferences(fallbackData?: Preferences) {
  const swr = useSWR<Preferences, ApiError>(api.users.preferencesKey, fetcher, { fallbackData });
  const update = async (change: UpdatePreferencesBody) => {
    const next = await api.users.updatePreferences(change);
    await swr.mutate(next, { revalidate: false });
    return next;
  };
  return { ...swr, update };
}
