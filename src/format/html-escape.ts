/**
 * Report text in HTML: every character that could open a tag, an attribute or an entity is
 * written as an entity, so a report containing `<script>` or `"><img onerror=…>` shows as text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITIES[c] as string);
}
