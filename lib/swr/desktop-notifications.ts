// Desktop notifications are opt-in (README, Live updates): the choice lives in this browser's
// localStorage, and the permission prompt appears only when the user turns them on.
const STORAGE_KEY = "pairline:desktop-notifications";

export function notificationsSupported(): boolean {
  return typeof window !== "undefined" && "Notification" in window;
}

export function desktopNotificationsWanted(): boolean {
  return notificationsSupported() && window.localStorage.getItem(STORAGE_KEY) === "on" && Notification.permission === "granted";
}

/** Turns them on (asking the browser's permission) or off; returns whether they are on now. */
export async function setDesktopNotifications(on: boolean): Promise<boolean> {
  if (!on || !notificationsSupported()) {
    window.localStorage.removeItem(STORAGE_KEY);
    return false;
  }
  const permission = Notification.permission === "default" ? await Notification.requestPermission() : Notification.permission;
  if (permission !== "granted") {
    window.localStorage.removeItem(STORAGE_KEY);
    return false;
  }
  window.localStorage.setItem(STORAGE_KEY, "on");
  return true;
}
