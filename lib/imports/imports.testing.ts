import { readFileSync } from "node:fs";
import path from "node:path";
import { assembleDataset } from "@/lib/data/assembleDataset";
import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import { importContext } from "./importContext";
import type { ImportSource } from "./importTypes";

// Shared by lib/imports' tests: the shipped 2003 data as the base, the ingest's reference
// copy as the import context, and the project's fixtures as the files users bring.

const root = path.resolve(__dirname, "../..");
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), "utf8")) as T;

export const context = importContext(json("data/reference.json"), json("data/council-members.json"));

export const entities = json<Entity[]>("data/entities.json");

export const base2003: Dataset = assembleDataset({
  years: [2003],
  meetings: [json<Meeting[]>("data/meetings/2003.json")],
  participations: [json<Participation[]>("data/participations/2003.json")],
  entities,
  presidencies: json<PresidencyMonth[]>("data/presidencies.json"),
  subjectAreas: json<SubjectAreaInfo[]>("data/subject-areas.json"),
});

export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(root, "lib/sources/fixtures", relative)));
}

export function source(fileName: string, id = `imp-${fileName}`): ImportSource {
  return { id, fileName, importedAt: "2026-11-30T08:00:00.000Z" };
}
