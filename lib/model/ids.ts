/** The canonical id of a state: "state:MEX". The one place the id scheme for states lives. */
export function stateId(iso3: string): string {
  return `state:${iso3}`;
}
