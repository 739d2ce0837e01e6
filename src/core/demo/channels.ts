import type { Channel } from "../model/person.ts";
import type { CompanyProfile } from "./companies.ts";
import { emailLocalPart } from "./names.ts";
import type { Rng } from "./random.ts";

// Work email, switchboard extension and (for most) a mobile number, in each country's format.

const MOBILE: Record<string, (rng: Rng) => string> = {
  "+49": (rng) =>
    `+49 1${rng.pick(["51", "52", "57", "60", "62", "70", "71", "76"])} ${rng.int(1000000, 9999999)}`,
  "+43": (rng) => `+43 664 ${rng.int(1000000, 9999999)}`,
  "+41": (rng) => `+41 79 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
  "+44": (rng) => `+44 7${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
  "+1": (rng) => `+1 ${rng.int(201, 989)} ${rng.int(200, 999)} ${rng.int(1000, 9999)}`,
  "+31": (rng) => `+31 6 ${rng.int(10000000, 99999999)}`,
};

export function drawChannels(
  rng: Rng,
  options: { company: CompanyProfile; firstName: string; lastName: string },
): Channel[] {
  const { company } = options;
  const switchboard = `${company.phonePrefix} ${rng.int(200, 989)}${rng.int(10, 99)}-${rng.int(10, 999)}`;
  const channels: Channel[] = [
    {
      kind: "email",
      label: "work",
      value: `${emailLocalPart(options.firstName, options.lastName)}@${company.domain}`,
    },
    { kind: "phone", label: "work", value: switchboard },
  ];
  const country = company.phonePrefix.split(" ")[0] ?? "+49";
  const mobile = MOBILE[country];
  if (mobile && rng.chance(0.65)) channels.push({ kind: "phone", label: "mobile", value: mobile(rng) });
  return channels;
}
