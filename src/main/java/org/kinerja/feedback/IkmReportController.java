package org.kinerja.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kinerja.shared.CsvCells;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * HR's IKM report ({@code admin-bkpsdm}): JSON at {@code /api/reports/ikm}, CSV at {@code /api/reports/ikm.csv} (HTTP
 * Basic, for scripts) and {@code /laporan/ikm.csv}, and the page {@code /laporan/ikm} with a chart. Parameters:
 * {@code tahun} (default: this year) and {@code per} ({@code TAHUN}, {@code TRIWULAN} or {@code BULAN}; default
 * {@code TAHUN}).
 */
@Controller
class IkmReportController {

    private final IkmReportService reports;

    IkmReportController(IkmReportService reports) {
        this.reports = reports;
    }

    record ElementView(String element, String label, BigDecimal nrr) {
    }

    record RowView(String period, LocalDate from, LocalDate to, String unitCode, String unitName, int responses,
            List<ElementView> nrr, BigDecimal ikm, String grade, String gradeLabel, String gradeRange) {

        static RowView of(IkmReportService.Row row) {
            IkmResult r = row.result();
            List<ElementView> nrr = Arrays.stream(IkmElement.values())
                    .map(e -> new ElementView(e.name(), e.label(), r.nrr().get(e))).toList();
            return new RowView(row.period().label(), row.period().from(), row.period().to(), row.unitCode(), row.unitName(),
                    r.responses(), nrr, r.ikm(), r.grade().name(), r.grade().label(), r.grade().range());
        }
    }

    record ReportView(int year, String per, List<RowView> rows) {
    }

    @GetMapping("/api/reports/ikm")
    @ResponseBody
    ReportView json(@RequestParam(name = "tahun", required = false) String year,
            @RequestParam(name = "per", required = false) String per) {
        IkmReportService.Report report = reports.report(year(year), granularity(per));
        return new ReportView(report.year(), report.granularity().name(), report.rows().stream().map(RowView::of).toList());
    }

    @GetMapping({"/api/reports/ikm.csv", "/laporan/ikm.csv"})
    void csv(@RequestParam(name = "tahun", required = false) String year, @RequestParam(name = "per", required = false) String per,
            HttpServletResponse response) throws IOException {
        IkmReportService.Report report = reports.report(year(year), granularity(per));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ikm-" + report.year() + "-"
                + report.granularity().name().toLowerCase(Locale.ROOT) + ".csv\"");
        List<String> header = new ArrayList<>(List.of("periode", "dari", "sampai", "kode_unit", "nama_unit", "jumlah_responden"));
        for (IkmElement e : IkmElement.values()) {
            header.add("nrr_u" + (e.ordinal() + 1));
        }
        header.addAll(List.of("ikm", "mutu", "kinerja_unit"));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel reads UTF-8
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.stream().map(CsvCells::safe).toArray(String[]::new))
                .get().print(writer)) {
            for (IkmReportService.Row row : report.rows()) {
                IkmResult r = row.result();
                List<Object> values = new ArrayList<>(List.of(row.period().label(), row.period().from(), row.period().to(),
                        row.unitCode(), row.unitName(), r.responses()));
                for (IkmElement e : IkmElement.values()) {
                    values.add(r.nrr().get(e).toPlainString());
                }
                values.addAll(List.of(r.ikm().toPlainString(), r.grade().name(), r.grade().label()));
                csv.printRecord(values.stream().map(CsvCells::safe).toList());
            }
        }
    }

    @GetMapping("/laporan/ikm")
    String page(@RequestParam(name = "tahun", required = false) String year, @RequestParam(name = "per", required = false) String per,
            Model model) {
        int y;
        IkmReportService.Granularity g;
        try {
            y = year(year);
            g = granularity(per);
        } catch (Rejection e) {
            model.addAttribute("error", e.getMessage());
            y = LocalDate.now(SurveyService.ZONE).getYear();
            g = IkmReportService.Granularity.TAHUN;
        }
        IkmReportService.Report report = reports.report(y, g);
        model.addAttribute("report", report);
        model.addAttribute("rows", report.rows().stream().map(RowView::of).toList());
        model.addAttribute("elements", IkmElement.values());
        model.addAttribute("granularities", IkmReportService.Granularity.values());
        model.addAttribute("grades", IkmGrade.values());
        return "laporan-ikm";
    }

    private static int year(String raw) {
        String value = Texts.clean(raw);
        if (value == null) {
            return LocalDate.now(SurveyService.ZONE).getYear();
        }
        try {
            int year = Integer.parseInt(value);
            if (year < 2000 || year > 2100) {
                throw Rejection.invalid("Tahun laporan harus antara 2000 dan 2100.");
            }
            return year;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("Tahun laporan harus berupa angka, misalnya 2026.");
        }
    }

    private static IkmReportService.Granularity granularity(String raw) {
        String value = Texts.clean(raw);
        if (value == null) {
            return IkmReportService.Granularity.TAHUN;
        }
        try {
            return IkmReportService.Granularity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("Pembagian periode harus TAHUN, TRIWULAN atau BULAN.");
        }
    }
}
