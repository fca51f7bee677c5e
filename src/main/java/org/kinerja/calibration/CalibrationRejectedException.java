package org.kinerja.calibration;

/** A board request refused with an HTTP status and an Indonesian message; nothing was changed. */
class CalibrationRejectedException extends RuntimeException {

    private final int status;

    CalibrationRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
