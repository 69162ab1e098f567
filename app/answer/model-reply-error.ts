/** Thrown when the model's reply cannot be used; the pipeline answers extractively instead. */
export class ModelReplyError extends Error {
  constructor(readonly reason: string) {
    super(`unusable model reply: ${reason}`)
    this.name = 'ModelReplyError'
  }
}
