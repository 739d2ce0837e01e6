import { api } from "./client.ts";
import type { ConversationInput, ConversationResult } from "./types.ts";

/** One conversation with everything learned in it, written all or nothing. */
export function logConversation(input: ConversationInput) {
  return api<ConversationResult>("/api/conversations", { method: "POST", body: input });
}
