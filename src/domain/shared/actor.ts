/**
 * The person behind a turn, as the Teams activity names them (`from.aadObjectId`, `from.id`,
 * `from.name`). Every feature takes this; one that needs more (the knowledge updates' UPN and 1:1
 * reply address) extends it under its own name.
 */
export interface Actor {
  /**
   * Entra object id when Teams sends one, else the Teams user id: the stable key for membership,
   * authorship and acknowledgements.
   */
  readonly id: string;
  /** The Teams user id, needed to mention or message the person. */
  readonly teamsUserId?: string;
  /** `from.name` with any CPR number removed; shown only where the person has acted themselves. */
  readonly displayName?: string;
}
