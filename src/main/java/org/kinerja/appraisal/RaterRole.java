package org.kinerja.appraisal;

enum RaterRole {
    SELF, PEER, SUPERVISOR
}
