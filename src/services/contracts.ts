import type { Citation } from '../domain/citations';

/** Lets other capabilities (pathway guidance) cite policy passages through the Q&A engine. */
export interface PassageFinder {
  findPassages(query: string, limit: number): Citation[];
}

/** A published knowledge-sharing update that the Q&A may answer from and cite. */
export interface PublishedUpdateDocument {
  readonly id: string;
  readonly title: string;
  readonly bodyMarkdown: string;
  /** e.g. "Skoleleder" — never a person's name. */
  readonly authorRole: string;
  readonly unit?: string;
  /** ISO 8601 */
  readonly publishedAt: string;
  readonly tags: readonly string[];
  readonly link?: string;
}

/** Implemented by the Q&A service: updates marked for the knowledge base enter and leave its index. */
export interface KnowledgeUpdateSink {
  upsertUpdate(document: PublishedUpdateDocument): void;
  removeUpdate(id: string): void;
}
