import { describeApp } from "./harness/app-suite.ts";

describeApp("de");
