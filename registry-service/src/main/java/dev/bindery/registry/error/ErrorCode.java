package dev.bindery.registry.error;

/**
 * The error shapes of the EventBridge Schemas API, each with its modelled HTTP status. The enum
 * constant's name is the wire code: AWS SDKs pick the exception class by it.
 */
public enum ErrorCode {
    BadRequestException(400),
    UnauthorizedException(401),
    ForbiddenException(403),
    NotFoundException(404),
    ConflictException(409),
    GoneException(410),
    PreconditionFailedException(412),
    TooManyRequestsException(429),
    InternalServerErrorException(500),
    ServiceUnavailableException(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The HTTP status the API model gives this error. */
    public int status() {
        return status;
    }
}
