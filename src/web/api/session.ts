// Whether the server has told us we are signed out (a 401). Kept outside React so the API client
// can flip it from anywhere; the shell subscribes and shows the sign-in page.

type Listener = () => void;

let signedOut = false;
const listeners = new Set<Listener>();

export function markSignedOut(): void {
  if (signedOut) return;
  signedOut = true;
  for (const listener of listeners) listener();
}

export function isSignedOut(): boolean {
  return signedOut;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
