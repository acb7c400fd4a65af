// The admin actions log as a table (the log page and each user's history).
import Link from "next/link";
import { Time } from "@/components/ui/time";
import type { AdminActionResponse } from "@/lib/admin/user-schemas";

const ACTION_WORDS: Record<AdminActionResponse["action"], string> = {
  user_disabled: "Disabled",
  user_enabled: "Enabled",
  role_changed: "Changed role",
  session_cancelled: "Cancelled session",
};

function what(entry: AdminActionResponse): React.ReactNode {
  if (entry.action === "session_cancelled" && entry.target_session_id) {
    return (
      <Link href={`/admin/sessions/${entry.target_session_id}`} className="text-brand-700 underline">
        Session #{entry.target_session_id}
      </Link>
    );
  }
  if (!entry.target_user) return "—";
  return (
    <Link href={`/admin/users/${entry.target_user.id}`} className="text-brand-700 underline">
      {entry.target_user.name}
    </Link>
  );
}

export function AdminActionsTable({ actions, caption }: { actions: AdminActionResponse[]; caption: string }) {
  if (actions.length === 0) return <p className="text-sm text-slate-600">No admin actions yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">When (UTC)</th>
            <th scope="col" className="px-4 py-2">Admin</th>
            <th scope="col" className="px-4 py-2">Action</th>
            <th scope="col" className="px-4 py-2">On</th>
            <th scope="col" className="px-4 py-2">Reason or change</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-100 last:border-0">
              <td className="px-4 py-2">
                <Time utc value={entry.created_at} />
              </td>
              <td className="px-4 py-2">{entry.admin.name}</td>
              <td className="px-4 py-2">{ACTION_WORDS[entry.action]}</td>
              <td className="px-4 py-2">{what(entry)}</td>
              <td className="break-words px-4 py-2">
                {entry.action === "role_changed" ? `${entry.details.from} → ${entry.details.to}` : (entry.reason ?? <span className="text-slate-600">—</span>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
