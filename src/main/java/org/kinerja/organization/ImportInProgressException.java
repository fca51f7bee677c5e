package org.kinerja.organization;

import org.kinerja.shared.Rejection;

/** Another organisation import is running; imports are serialised so that each sees a consistent roster. */
class ImportInProgressException extends Rejection {

    ImportInProgressException() {
        super(Kind.CONFLICT, "Impor data organisasi lain sedang berjalan. Tunggu sampai selesai, lalu coba lagi.");
    }
}
