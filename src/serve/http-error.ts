/** A request the server refuses: an HTTP status and a one-line reason, sent as plain text (as LanguageTool does). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** 400: malformed form data, JSON or parameters. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, message)
}
