export const SESSION_COOKIE = "kf_session";
