package dev.bindery.registry.error;

/**
 * A failure the client is told about: a modelled error code and a message that names the problem
 * and the input at fault. Never carries internals such as stack traces or class names.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiException badRequest(String format, Object... args) {
        return new ApiException(ErrorCode.BadRequestException, String.format(format, args));
    }

    public static ApiException notFound(String format, Object... args) {
        return new ApiException(ErrorCode.NotFoundException, String.format(format, args));
    }

    public static ApiException conflict(String format, Object... args) {
        return new ApiException(ErrorCode.ConflictException, String.format(format, args));
    }

    public static ApiException forbidden(String format, Object... args) {
        return new ApiException(ErrorCode.ForbiddenException, String.format(format, args));
    }

    public static ApiException preconditionFailed(String format, Object... args) {
        return new ApiException(ErrorCode.PreconditionFailedException, String.format(format, args));
    }
}
