/** The years some meetings fall in, and any `alsoYears`, ascending and once each. */
export function meetingYears(meetings: Iterable<{ date: string }>, alsoYears: Iterable<number> = []): number[] {
  const years = new Set(alsoYears);
  // An ISO date starts with its year: no Date parsing over thousands of meetings.
  for (const meeting of meetings) years.add(Number(meeting.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}
