// Picks the configured provider (README, Configuration): VIDEO_PROVIDER, else zoom when its
// credentials are set, else jitsi. Closing a meeting uses the provider that made it.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { VideoProvider, VideoProviderName } from "@/lib/video/provider";
import { createJitsiProvider } from "@/lib/video/jitsi";
import { createZoomProvider } from "@/lib/video/zoom";

const providers = new Map<VideoProviderName, VideoProvider>();

function build(name: VideoProviderName): VideoProvider {
  const config = env();
  // With JWT configured the rooms live where the tokens are honoured (JaaS: 8x8.vc/{app id}).
  if (name === "jitsi") return createJitsiProvider({ baseUrl: config.jitsiJwt?.roomBaseUrl ?? config.JITSI_BASE_URL });
  // loadEnv refuses VIDEO_PROVIDER=zoom without these, but a server switched to jitsi may
  // still close an old Zoom meeting: report that as a provider failure, never fall back.
  if (!config.ZOOM_ACCOUNT_ID || !config.ZOOM_CLIENT_ID || !config.ZOOM_CLIENT_SECRET) return unconfiguredZoom();
  return createZoomProvider({
    accountId: config.ZOOM_ACCOUNT_ID,
    clientId: config.ZOOM_CLIENT_ID,
    clientSecret: config.ZOOM_CLIENT_SECRET,
    userId: config.ZOOM_USER_ID,
    apiBaseUrl: config.ZOOM_API_BASE_URL,
    oauthUrl: config.ZOOM_OAUTH_URL,
    timeoutMs: config.ZOOM_TIMEOUT_MS,
    registration: config.ZOOM_REGISTRATION ? { emailDomain: config.zoomRegistrantEmailDomain } : null,
  });
}

function unconfiguredZoom(): VideoProvider {
  const message = "Zoom is not configured on this server.";
  return {
    name: "zoom",
    createMeeting: async () => {
      throw new AppError("provider_error", message);
    },
    closeMeeting: async () => ({ ok: false, error: message }),
  };
}

export function videoProvider(name: VideoProviderName = env().VIDEO_PROVIDER): VideoProvider {
  let provider = providers.get(name);
  if (!provider) {
    provider = build(name);
    providers.set(name, provider);
  }
  return provider;
}
