import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { NotFoundError } from "../../core/errors.ts";
import { exportContactCard } from "../../services/io/export-contacts.ts";
import { checkWritableFile } from "../files.ts";
import { say } from "../output.ts";
import { isPersonId, withNamedPerson } from "../person-by-name.ts";
import { type StoreFlags, withStoreOptions } from "../store-options.ts";

/**
 * One contact as a vCard for a phone, as the contact page downloads it (decision 121): to send it
 * to a phone by mail or chat from the command line, without exporting a list.
 */
export function cardCommand(): Command {
  return withStoreOptions(new Command("card"))
    .description(
      'write one contact as a vCard for a phone, e.g. kundenfreund card "Anna Becker" --out anna.vcf',
    )
    .argument("<name>", "the person's name (or the start of it)")
    .addOption(
      new Option("--vcard-version <version>", "vCard version (3.0 for Apple Contacts and iOS)")
        .choices(["3.0", "4.0"])
        .default("3.0"),
    )
    .option("--out <file>", "write to this file instead of the standard output")
    .action(async (name: string, flags: StoreFlags & { vcardVersion: "3.0" | "4.0"; out?: string }) => {
      // Before anything is read: a file that cannot be written is refused, naming --out.
      if (flags.out) checkWritableFile(flags.out, "out");
      await withNamedPerson(flags, name, async (ctx, actor, personId, locale) => {
        const card = await exportContactCard(ctx, actor, personId, { version: flags.vcardVersion }).catch(
          (error: unknown) => {
            // Found by name but no contact: a family member, named on their relative's card. An id
            // that is nobody's is said as such (describeFailure).
            if (!(error instanceof NotFoundError) || isPersonId(name)) throw error;
            say(locale, {
              de: `„${name}“ ist ein Familienmitglied eines Kontakts und hat keine eigene Kontaktkarte; der Name steht auf der Karte des Kontakts.`,
              en: `"${name}" is a family member of a contact and has no card of their own; the name is on the contact's card.`,
            });
            process.exitCode = 1;
            return null;
          },
        );
        if (!card) return;
        if (!flags.out) {
          process.stdout.write(card.body);
          return;
        }
        writeFileSync(flags.out, card.body);
        say(locale, {
          de: `Kontaktkarte geschrieben: ${flags.out} (vCard ${flags.vcardVersion}).`,
          en: `Contact card written: ${flags.out} (vCard ${flags.vcardVersion}).`,
        });
      });
    });
}
