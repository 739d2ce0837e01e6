import { expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The people list pages by offset (kept for existing clients) and by cursor (decision 093): both
// walks give every contact exactly once, in the same order; the total comes with the first page.

const pageOf = (response: { body: unknown }): PeoplePage => response.body as PeoplePage;

interface PeoplePage {
  items: Array<{ id: string; lastName: string }>;
  total?: number;
  offset?: number;
  cursor: string | null;
}

const LAST_NAMES = ["Becker", "Müller", "Öztürk", "Schmidt", "Becker", "Zimmermann", "Ähnlich", "Müller"];

describeEachStore("API: people list paging", (store) => {
  it("walking by cursor and by offset give the same people in the same order, in every sort", async () => {
    const { call } = await signedInClient(store());
    for (const [i, lastName] of LAST_NAMES.entries()) {
      await call("POST", "/api/people", { firstName: `P${i % 3}`, lastName });
    }
    await call("POST", "/api/people", { firstName: "Kind", lastName: "Becker", isContact: false });
    for (const sort of ["name", "-name", "created", "-updated"]) {
      const byOffset: string[] = [];
      for (let offset = 0; offset < 12; offset += 3) {
        const page = pageOf(await call("GET", `/api/people?sort=${sort}&limit=3&offset=${offset}`));
        expect(page.offset).toBe(offset);
        expect(page.total).toBe(offset === 0 ? LAST_NAMES.length : undefined);
        byOffset.push(...page.items.map((p) => p.id));
      }
      const byCursor: string[] = [];
      let page = pageOf(await call("GET", `/api/people?sort=${sort}&limit=3`));
      byCursor.push(...page.items.map((p) => p.id));
      while (page.cursor) {
        const response = await call("GET", `/api/people?sort=${sort}&limit=3&after=${page.cursor}`);
        expect(response.status).toBe(200);
        page = pageOf(response);
        expect(page.total).toBeUndefined();
        expect(page.offset).toBeUndefined();
        byCursor.push(...page.items.map((p) => p.id));
      }
      expect(byCursor, sort).toEqual(byOffset);
      expect(new Set(byCursor).size).toBe(LAST_NAMES.length);
    }
  });

  it("the total follows every write, also a contact that becomes family only", async () => {
    const { call } = await signedInClient(store());
    const total = async () => pageOf(await call("GET", "/api/people?limit=1")).total;
    expect(await total()).toBe(0);
    const jan = (await call("POST", "/api/people", { firstName: "Jan", lastName: "Becker" })).body
      .id as string;
    expect(await total()).toBe(1);
    await call("POST", "/api/people", { firstName: "Mia", lastName: "Becker" });
    expect(await total()).toBe(2);
    await call("PATCH", `/api/people/${jan}`, { isContact: false });
    expect(await total()).toBe(1);
    expect(pageOf(await call("GET", "/api/people?limit=1&includeNonContacts=true")).total).toBe(2);
    await call("DELETE", `/api/people/${jan}`);
    expect(pageOf(await call("GET", "/api/people?limit=1&includeNonContacts=true")).total).toBe(1);
  });

  it("a cursor continues after the row it names, even when that row was deleted meanwhile", async () => {
    const { call } = await signedInClient(store());
    const ids: string[] = [];
    for (const lastName of ["Adler", "Becker", "Conrad", "Dietz"]) {
      ids.push((await call("POST", "/api/people", { firstName: "X", lastName })).body.id as string);
    }
    const first = pageOf(await call("GET", "/api/people?limit=2"));
    expect(first.items.map((p) => p.lastName)).toEqual(["Adler", "Becker"]);
    await call("DELETE", `/api/people/${ids[1]}`);
    const next = pageOf(await call("GET", `/api/people?limit=2&after=${first.cursor}`));
    expect(next.items.map((p) => p.lastName)).toEqual(["Conrad", "Dietz"]);
    expect(next.cursor).toBeNull();
  });
});
