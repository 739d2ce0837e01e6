import { beforeAll, expect, it } from "vitest";
import { memberCaller, signedInClient, uploader } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The workspace's likely duplicates in one list: shared email or phone, or the same name at the
// same company; a pair found both ways is one entry with both reasons.

describeEachStore("API: likely duplicates of the workspace", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    client = await signedInClient(store());
  });

  const person = async (body: object) => (await client.call("POST", "/api/people", body)).body.id as string;

  it("groups people by shared email or phone and by the same name at the same company", async () => {
    const company = (await client.call("POST", "/api/companies", { name: "Doppel GmbH" })).body.id as string;
    const email = [{ kind: "email", label: "work", value: "ida@doppel.test" }];
    const ida1 = await person({ firstName: "Ida", lastName: "Doppel", companyId: company, channels: email });
    const ida2 = await person({
      firstName: "Ida",
      lastName: "Doppel",
      companyId: company,
      channels: [{ kind: "email", label: "home", value: "IDA@Doppel.test" }],
    });
    const phone = [{ kind: "phone", label: "mobile", value: "+49 171 5550001" }];
    const jan1 = await person({ firstName: "Jan", lastName: "Telefon", channels: phone });
    const jan2 = await person({
      firstName: "J.",
      lastName: "Telefonmann",
      channels: [{ kind: "phone", label: "work", value: "0171 555 00 01" }],
    });
    // A switchboard shared by colleagues whose first names differ is no duplicate (decision 127),
    // nor one shared by two with close names but their own mailboxes at one domain.
    const switchboard = [{ kind: "phone", label: "work", value: "+49 30 9000-0" }];
    await person({ firstName: "Anna", lastName: "Zentrale", channels: switchboard });
    await person({ firstName: "Bernd", lastName: "Zentrale", channels: switchboard });
    await person({
      firstName: "Michael",
      lastName: "Schmidt",
      channels: [...switchboard, { kind: "email", label: "work", value: "m.schmidt@zentrale.test" }],
    });
    await person({
      firstName: "Michaela",
      lastName: "Schmidt",
      channels: [...switchboard, { kind: "email", label: "work", value: "michaela.schmidt@zentrale.test" }],
    });
    // Namesakes at two companies are two people.
    const other = (await client.call("POST", "/api/companies", { name: "Andere AG" })).body.id as string;
    await person({ firstName: "Kai", lastName: "Namensvetter", companyId: company });
    await person({ firstName: "Kai", lastName: "Namensvetter", companyId: other });

    const response = await client.call("GET", "/api/duplicates");
    expect(response.status).toBe(200);
    const items = response.body.items as Array<{ matchedBy: string[]; people: Array<{ id: string }> }>;
    const ids = items.map((group) => group.people.map((p) => p.id).sort());
    expect(ids).toEqual([[ida1, ida2].sort(), [jan1, jan2].sort()]);
    expect(items[0]).toMatchObject({
      matchedBy: ["email", "name"],
      people: [
        { name: "Ida Doppel", companyName: "Doppel GmbH" },
        { name: "Ida Doppel", companyName: "Doppel GmbH" },
      ],
    });
    expect(items[1]?.matchedBy).toEqual(["phone"]);
    expect(response.body.more).toBe(false);

    // Every member sees the same list: people are the workspace's.
    const member = await memberCaller(client);
    expect((await member("GET", "/api/duplicates")).body.items).toHaveLength(2);

    // Merged, the pair is gone from the list.
    expect((await client.call("POST", `/api/people/${ida1}/merge`, { mergeId: ida2 })).status).toBe(200);
    expect((await client.call("GET", "/api/duplicates")).body.items).toHaveLength(1);
  });

  it("takes a phone shared by more people than duplicates ever are for a switchboard, whatever their names", async () => {
    const own = await signedInClient(store());
    const add = (firstName: string, lastName: string, value: string) =>
      own.call("POST", "/api/people", {
        firstName,
        lastName,
        channels: [{ kind: "phone", label: "work", value }],
      });
    for (const lastName of ["Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs"])
      await add("Anna", lastName, "+49 40 5000-0");
    await add("Anna", "Acht", "+49 40 6000-0");
    await add("Anna", "Acht-Neun", "+49 40 6000-0");
    const items = (await own.call("GET", "/api/duplicates")).body.items as Array<{
      people: Array<{ name: string }>;
    }>;
    expect(items.map((group) => group.people.map((p) => p.name).sort())).toEqual([
      ["Anna Acht", "Anna Acht-Neun"],
    ]);
  });

  it("lists 50 groups at most and says there are more", async () => {
    const crowded = await signedInClient(store());
    const rows = Array.from({ length: 51 }, (_, i) => `Paar${i.toString(26)};Zweimal;paar${i}@zweimal.test`);
    const csv = ["Vorname;Nachname;E-Mail geschäftlich", ...rows, ...rows].join("\r\n");
    const upload = uploader(crowded.app, crowded.token);
    expect((await upload("/api/import?onDuplicate=create", csv, "text/csv")).json()).toMatchObject({
      created: 102,
    });
    const response = await crowded.call("GET", "/api/duplicates");
    expect(response.body.items).toHaveLength(50);
    expect(response.body.more).toBe(true);
  });
});
