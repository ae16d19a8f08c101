package dev.skyloom.app.service;

/**
 * An {@link Error} thrown by background work (out of memory in the analysis of a very large design,
 * a stack overflow), handed to the failure callback as an exception so the caller can say what
 * happened and carry on; the worker thread survives it.
 */
public final class BackgroundFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private BackgroundFailure(String message, Error cause) {
        super(message, cause);
    }

    /** The throwable as an exception a failure callback takes: exceptions as they are, errors described. */
    public static Exception of(Throwable t) {
        if (t instanceof Exception e) {
            return e;
        }
        if (t instanceof OutOfMemoryError oom) {
            return new BackgroundFailure(
                    "out of memory (the design needs more than Java was given; start Skyloom with"
                            + " SKYLOOM_JAVA_OPTS=-Xmx4g or more)",
                    oom);
        }
        if (t instanceof StackOverflowError so) {
            return new BackgroundFailure("the work nested too deeply (stack overflow)", so);
        }
        Error error = t instanceof Error e ? e : new Error(t);
        return new BackgroundFailure("internal error: " + error, error);
    }
}
