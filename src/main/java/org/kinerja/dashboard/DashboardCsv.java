package org.kinerja.dashboard;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kinerja.shared.CsvCells;

/**
 * A dashboard table as CSV (Apache Commons CSV, as the IKM report and the organisation import): UTF-8 with a byte-order
 * mark (for Excel), comma-separated, the headings of {@link Table.Column#csvName()}, the machine-readable values of the
 * cells (whole numbers plain, decimals with a point, percentages as numbers of percent), every cell through
 * {@link CsvCells#safe}.
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static void write(Table table, Writer writer) throws IOException {
        writer.write('\uFEFF');
        String[] header = table.columns().stream().map(c -> CsvCells.safe(c.csvName())).toArray(String[]::new);
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer)) {
            for (var row : table.rows()) {
                csv.printRecord(row.stream().map(cell -> CsvCells.safe(cell.csv())).toList());
            }
        }
    }
}
