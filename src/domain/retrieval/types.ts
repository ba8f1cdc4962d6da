/** Metadata of one knowledge document (a policy file or a published update). */
export interface DocumentMeta {
  readonly id: string;
  readonly title: string;
  /** URL or path of the official source. */
  readonly source: string;
  readonly version?: string;
  readonly date?: string;
  readonly kind: 'policy' | 'update';
  readonly authorRole?: string;
}

/** A structural element of a document, verbatim from the source. */
export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'break' };

/** A quotable unit: a sentence or a list item, with offsets into the section body. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly listItem: boolean;
  /** Ends with ':' and is followed by list items. */
  readonly listLead: boolean;
}

export interface Section {
  readonly id: string;
  readonly docId: string;
  readonly docTitle: string;
  readonly headingPath: readonly string[];
  /** Verbatim body text; units index into it. */
  readonly body: string;
  readonly units: readonly Unit[];
  /** Position within its document. */
  readonly order: number;
}

export interface KnowledgeDocument {
  readonly meta: DocumentMeta;
  readonly sections: readonly Section[];
}
