/** A quoted passage from a policy document or a published knowledge update. */
export interface Citation {
  readonly title: string;
  /** Heading path of the section, e.g. "Børn og Unge > Herningmodellen Børn og Unge". */
  readonly section: string;
  /** The exact sentence(s) quoted from the source. */
  readonly quote: string;
  /** URL or path of the source document. */
  readonly source: string;
}
