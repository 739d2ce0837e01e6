import type { FastifyInstance } from "fastify";

/** Headers that make the browser refuse what the app never does: inline scripts, framing, sniffing. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header(
      "content-security-policy",
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    // Behind an HTTPS proxy (trustProxy), tell browsers to stay on HTTPS.
    if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000");
    return payload;
  });
}
