/** An error with the HTTP status and body shape Sanity's API answers, so clients show the same messages. */
export class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.message === 'string' ? body.message : JSON.stringify(body))
  }
}

export function badRequest(description: string): LakeError {
  return new LakeError(400, {
    error: {description, type: 'validationError'},
    message: description,
    statusCode: 400,
  })
}

export function notFound(description: string): LakeError {
  return new LakeError(404, {error: 'Not Found', message: description, statusCode: 404})
}

export function unauthorized(): LakeError {
  return new LakeError(401, {
    error: 'Unauthorized',
    message: 'Unauthorized - Session not found',
    statusCode: 401,
  })
}

export function forbidden(permission: string): LakeError {
  const message = `Insufficient permissions; permission "${permission}" required`
  return new LakeError(403, {
    error: {description: message, type: 'insufficientPermissionsError'},
    message,
    statusCode: 403,
  })
}

/** Sanity's shape for a failed mutation: a 409 for a conflict, with the failing item's index. */
export function mutationError(
  status: number,
  type: string,
  description: string,
  index = 0,
  extra: Record<string, unknown> = {},
): LakeError {
  return new LakeError(status, {
    error: {
      description: `The mutation(s) failed: ${description}`,
      items: [{error: {description, type, ...extra}, index}],
      type: 'mutationError',
    },
    message: `The mutation(s) failed: ${description}`,
    statusCode: status,
  })
}

export function revisionMismatch(
  id: string,
  expected: string,
  current: string | undefined,
  index = 0,
): LakeError {
  return mutationError(
    409,
    'documentRevisionIDDoesNotMatchError',
    `Document "${id}" has unexpected revision ID ("${current ?? ''}"), expected "${expected}"`,
    index,
    {
      currentRevisionID: current,
      expectedRevisionID: expected,
    },
  )
}
