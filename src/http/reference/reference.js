// Renders /api/openapi.json as a readable list. Plain script, no build step, no inline code (CSP).
(async () => {
  const root = document.getElementById("reference");
  const spec = await (await fetch("/api/openapi.json")).json();
  const byTag = new Map();
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags?.[0] ?? "Other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method: method.toUpperCase(), op });
    }
  }
  root.textContent = "";
  for (const [tag, entries] of byTag) {
    const heading = document.createElement("h2");
    heading.textContent = tag;
    root.append(heading);
    for (const { path, method, op } of entries) {
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      const verb = document.createElement("span");
      verb.className = `m ${method}`;
      verb.textContent = method;
      const code = document.createElement("code");
      code.textContent = path;
      summary.append(verb, code, ` — ${op.summary}`);
      const body = document.createElement("pre");
      body.textContent = JSON.stringify(
        { parameters: op.parameters, requestBody: op.requestBody?.content, responses: op.responses },
        null,
        2,
      );
      details.append(summary, body);
      root.append(details);
    }
  }
})();
