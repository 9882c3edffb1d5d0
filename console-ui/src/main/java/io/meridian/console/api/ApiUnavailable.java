package io.meridian.console.api;

/** The API could not be reached, or answered something that is not the API's JSON (a proxy's error page). */
public final class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
