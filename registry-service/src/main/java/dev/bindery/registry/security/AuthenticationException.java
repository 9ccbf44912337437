package dev.bindery.registry.security;

/**
 * A caller whose credentials were missing or did not prove who it claims to be, with the AWS
 * error code and HTTP status the AWS clients expect for that failure (for example 403
 * {@code InvalidSignatureException}). The message names the problem and never the secret.
 */
public final class AuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public AuthenticationException(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** The wire error code, e.g. {@code UnrecognizedClientException}. */
    public String code() {
        return code;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** 403 {@code InvalidSignatureException}: the signature, its date or its scope is wrong. */
    public static AuthenticationException invalidSignature(String message) {
        return new AuthenticationException("InvalidSignatureException", 403, message);
    }

    /** 403 {@code IncompleteSignatureException}: the Authorization header is malformed or lacks a part. */
    public static AuthenticationException incompleteSignature(String message) {
        return new AuthenticationException("IncompleteSignatureException", 403, message);
    }

    /** 403 {@code UnrecognizedClientException}: no such access key, or it is inactive. */
    public static AuthenticationException unrecognizedClient(String message) {
        return new AuthenticationException("UnrecognizedClientException", 403, message);
    }

    /** 401 {@code UnauthorizedException}: no credentials, or a token that is not valid. */
    public static AuthenticationException unauthorized(String message) {
        return new AuthenticationException("UnauthorizedException", 401, message);
    }
}
