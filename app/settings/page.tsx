import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { RenameForm } from "@/components/settings/rename-form";
import { DesktopNotificationsToggle } from "@/components/live/desktop-notifications-toggle";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { DeleteAccount, DownloadMyData } from "@/components/settings/your-data";
import { getDb } from "@/lib/db";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { hasCalendarFeed } from "@/lib/calendar/has-calendar-feed";
import { CalendarFeed } from "@/components/settings/calendar-feed";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const db = await getDb();
  const [preferences, feedOn] = await Promise.all([getPreferences({ db, userId: user.id }), hasCalendarFeed({ db, userId: user.id })]);
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Your name</h2>
        <RenameForm name={user.name} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Change password</h2>
          <p className="mt-1 text-sm text-slate-600">Every other browser and API token is signed out; this one stays signed in.</p>
        </div>
        <ChangePasswordForm email={user.email} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Sign out everywhere</h2>
          <p className="mt-1 text-sm text-slate-600">
            Signs out every browser and revokes every API token, this one included, for example after using a shared computer.
            Your password stays the same.
          </p>
        </div>
        <SignOutEverywhere />
      </Card>
      <Card>
        <PreferencesForm initial={preferences} />
      </Card>
      <Card>
        <DesktopNotificationsToggle />
      </Card>
      <Card>
        <CalendarFeed initiallyOn={feedOn} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Your data</h2>
          <p className="mt-1 text-sm text-slate-600">
            A JSON file with your account, settings, friends, requests, sessions and your own chat messages (your friends&apos; messages are theirs).
          </p>
        </div>
        <DownloadMyData />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Delete account</h2>
          <p className="mt-1 text-sm text-slate-600">Signs you out everywhere and erases your account; your email can be used to register again.</p>
        </div>
        <DeleteAccount />
      </Card>
    </div>
  );
}
