// Forms of one first name that one person goes by: a short form (Tom for Thomas, Sepp for Josef)
// or another spelling (Stephan, Stefan). The phone says "Tom Becker", the old CRM "Thomas Becker",
// and both have the same address: one person. Only for matches that already rest on evidence (a
// shared email or phone, src/core/duplicates/shared-evidence.ts); a name alone decides nothing.
//
// A list, not a rule: a name that begins another is often a different person's (Jan and Janine,
// Daniel and Daniela, Michael and Michaela, Paul and Paula), and most short forms are no prefix
// anyway (Sepp for Josef, Bob for Robert). Short forms that are names of their own today (Hans,
// Klaus, Bernd, Dieter, Heinz, Lisa, Lena, Tina) are left out: a family's landline is shared by
// a Hans and his son Johannes. Names are written folded (foldName: lower case, letters only, no
// accents), as they are compared.

/**
 * Each entry is one name: its forms are each other's. A short form may belong to several names
 * (Chris: Christian, Christoph, Christina), which do not become one another's through it.
 */
const NAMES: ReadonlyArray<readonly string[]> = [
  // German
  ["alexander", "alex"],
  ["alexandra", "alex"],
  ["andreas", "andi", "andy"],
  ["anton", "toni"],
  ["antonia", "toni"],
  ["benjamin", "ben", "benni", "benny"],
  ["christian", "chris"],
  ["christoph", "christof", "chris"],
  ["christina", "christine", "chris"],
  ["cornelia", "conny"],
  ["daniel", "dani", "dan", "danny"],
  ["daniela", "dani"],
  ["elisabeth", "elizabeth", "liesel", "elli", "betty", "liz", "beth"],
  ["ferdinand", "ferdi"],
  ["florian", "flo"],
  ["franziska", "franzi"],
  ["friedrich", "fritz"],
  ["gabriele", "gabi"],
  ["jennifer", "jenny", "jen"],
  ["jessica", "jessi", "jess"],
  ["joachim", "achim"],
  ["johannes", "hannes"],
  ["josef", "joseph", "sepp", "joe"],
  ["katharina", "katarina", "catharina", "kathi", "kati"],
  ["magdalena", "leni"],
  ["manuel", "manu"],
  ["manuela", "manu"],
  ["margarete", "margarethe", "margaret", "grete", "maggie"],
  ["matthias", "matze"],
  ["maximilian", "max"],
  ["michael", "micha", "michi", "mike", "mick"],
  ["nikolaus", "nicholas", "nick", "niko"],
  ["peter", "pete"],
  ["ralf", "ralph"],
  ["rebecca", "rebekka", "becky"],
  ["robert", "rob", "robby", "bob", "bobby"],
  ["rudolf", "rudolph", "rudi"],
  ["sebastian", "basti"],
  ["stefan", "stephan", "steven", "stephen", "steve"],
  ["stefanie", "stephanie", "steffi"],
  ["susanne", "susan", "susi", "sanne", "sue"],
  ["theodor", "theodore", "theo"],
  ["thomas", "tom", "tommy"],
  ["tobias", "tobi"],
  ["ulrich", "uli"],
  ["ulrike", "uli"],
  ["wilhelm", "william", "willi", "willy", "will", "bill", "billy"],
  // English
  ["andrew", "andy", "drew"],
  ["anthony", "antony", "tony"],
  ["catherine", "katherine", "kathryn", "kate", "katie", "cathy", "kathy"],
  ["charles", "charlie", "chuck"],
  ["christopher", "chris"],
  ["david", "dave"],
  ["deborah", "debbie", "deb"],
  ["donald", "don"],
  ["edward", "ed", "eddie", "ted"],
  ["frederick", "fred", "freddy"],
  ["gregory", "greg"],
  ["james", "jim", "jimmy", "jamie"],
  ["jonathan", "jon"],
  ["kenneth", "ken"],
  ["matthew", "matt"],
  ["patricia", "pat", "patty", "trish"],
  ["patrick", "pat"],
  ["richard", "rick", "rich", "dick"],
  ["ronald", "ron"],
  ["samantha", "sam"],
  ["samuel", "sam"],
  ["timothy", "tim"],
  ["victoria", "vicky"],
];

/** For each form, the names (entries of NAMES) it is a form of. */
const NAMES_OF_FORM: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  NAMES.forEach((forms, entry) => {
    for (const form of forms) {
      const entries = map.get(form) ?? [];
      entries.push(entry);
      map.set(form, entries);
    }
  });
  return map;
})();

/** Every form in the list, for the test that holds them folded. */
export function listedFirstNameForms(): string[] {
  return [...NAMES_OF_FORM.keys()];
}

/** Are two folded first names forms of one name (Tom and Thomas, Stephan and Stefan)? */
export function areFormsOfOneName(a: string, b: string): boolean {
  if (a === b) return a !== "";
  const namesOfA = NAMES_OF_FORM.get(a);
  const namesOfB = NAMES_OF_FORM.get(b);
  return namesOfA !== undefined && namesOfB !== undefined && namesOfA.some((n) => namesOfB.includes(n));
}
