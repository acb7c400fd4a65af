// SWR keys shared by hooks and by the live-event provider.
export const FRIENDS_KEY = "/api/v1/friends";
export const FRIEND_REQUESTS_KEY = "/api/v1/friends/requests";
export const CHATS_KEY = "/api/v1/chats";
