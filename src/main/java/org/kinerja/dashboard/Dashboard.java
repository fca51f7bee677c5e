package org.kinerja.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dashboard as the page and its JSON show it: every text already in Bahasa Indonesia and Indonesian number format;
 * the charts' data as plain numbers.
 *
 * @param updated when the figures were read, e.g. "13 Desember 2026 10:15 WIB"
 * @param participantsText the number of participants in scope, e.g. "1.250 peserta"
 */
record Dashboard(long cycleId, String cycleTitle, Long unitId, String scopeName, String updated, int participants, String participantsText,
        List<Table> tables, Charts charts) {

    /** The table with this id, if the dashboard has it. */
    Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The data of the four charts: employees per stage; the share of each predikat per unit (percent, the largest units);
     * overdue and escalated tasks per unit (the largest units); the trend across cycles (average scores and IKM).
     */
    record Charts(List<String> phaseLabels, List<Integer> phaseCounts, List<String> predikatLabels, List<String> predikatUnits,
            List<List<BigDecimal>> predikatShares, List<String> taskUnits, List<Integer> overdue, List<Integer> escalated,
            List<String> trendLabels, List<BigDecimal> trendWorkResult, List<BigDecimal> trendBehaviour, List<BigDecimal> trendIkm) {
    }
}
