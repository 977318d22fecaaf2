// Errors raised while reaching Neo4j, each with a plain message and a hint on what to do.

/** A failure to start or reach Neo4j that the user can fix; printed as one message with a hint. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
