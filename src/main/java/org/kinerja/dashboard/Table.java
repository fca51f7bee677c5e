package org.kinerja.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One table of the dashboard, as the page shows it and as its CSV is written: each cell has the text people read
 * ("1.250", "87,50", "12,50%") and the machine-readable value of the CSV ("1250", "87.50", "12.50").
 *
 * @param id the table's name in its CSV address ({@code /dasbor/{cycleId}/{id}.csv}) and its element id
 * @param total whether the last row sums the rows above it
 */
record Table(String id, String title, String note, List<Column> columns, List<List<Cell>> rows, boolean total) {

    Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Baris tabel " + id + " berisi " + row.size() + " sel untuk " + columns.size() + " kolom");
            }
        }
    }

    /** A column: its heading on the page, its heading in the CSV (lower case, underscores) and whether it holds numbers. */
    record Column(String label, String csvName, boolean numeric) {
    }

    /** A cell: the text shown and the CSV value. */
    record Cell(String text, @JsonIgnore String csv) {

        static Cell text(String value) {
            String v = value == null ? "" : value;
            return new Cell(v, v);
        }
    }
}
