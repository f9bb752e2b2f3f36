/** A sentence quoted in a message: cut after 40 characters, since a long sentence quoted whole drowns the message. */
export function quoted(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
