package org.kinerja.organization;

/** Another organisation import is running; imports are serialised so that each sees a consistent roster. */
public class ImportInProgressException extends RuntimeException {

    ImportInProgressException() {
        super("Impor data organisasi lain sedang berjalan. Tunggu sampai selesai, lalu coba lagi.");
    }
}
