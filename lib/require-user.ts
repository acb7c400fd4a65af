// Server pages that need a signed-in user send everyone else to /login and back.
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";

export async function requireUser(returnTo: string) {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
