"use client";

// "Join meeting" from anywhere: a one-time join link for the caller, opened in a new tab.
import { api } from "@/lib/swr/api";

export async function joinMeeting(sessionId: number): Promise<void> {
  // Open the tab now, inside the click, so popup blockers allow it; point it at the
  // one-time link once we have one.
  const tab = window.open("", "_blank");
  try {
    const { join_url } = await api.sessions.issueJoinToken(sessionId);
    if (tab) {
      tab.opener = null;
      tab.location.href = join_url;
    } else {
      window.location.assign(join_url);
    }
  } catch (error) {
    tab?.close();
    throw error;
  }
}
