/** "state" -> "State": a label from a vocabulary table at the start of a line. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
