/** What kind of input a query is, so quality can be reported per kind. */
export type QueryKind = 'paste' | 'error' | 'symptom' | 'howto' | 'typo' | 'synonym' | 'mixed';

/** One evaluation query: what a reader types or pastes, and the entry they need first. */
export interface Query {
  readonly q: string;
  readonly expect: string;
  readonly kind: QueryKind;
}
