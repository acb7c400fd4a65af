"use client";

import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { InviteResponse } from "@/lib/invites/schemas";
import { api } from "@/lib/swr/api";

export function useInvites() {
  return useSWR<InviteResponse[], ApiError>(api.invites.key, fetcher);
}
