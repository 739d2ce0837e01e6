export type { Actor } from "./actor.ts";
export type { Company } from "./company.ts";
export type { Fact } from "./fact.ts";
export type { Interaction } from "./interaction.ts";
export type { OpenLoop } from "./open-loop.ts";
export type { AddressFormChange, Birthday, Channel, Person, StageChange } from "./person.ts";
export { fullName } from "./person.ts";
export type { Relation } from "./relation.ts";
export type { User, Workspace } from "./workspace.ts";
