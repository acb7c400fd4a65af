// Admin pages answer everyone else, signed in or not, with the ordinary not-found page:
// nobody but an admin learns that the admin area exists (no redirect to /login either).
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth";

export async function requireAdmin() {
  const user = await currentUser();
  if (!user || user.role !== "admin") notFound();
  return user;
}
