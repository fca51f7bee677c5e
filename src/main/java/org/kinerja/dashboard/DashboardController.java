package org.kinerja.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.UnitRef;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * HR's dashboard ({@code admin-bkpsdm}; see {@code SecurityConfig}): the page {@code /dasbor?siklus=&unit=} (default
 * the newest cycle, all its units), its data as JSON at {@code /dasbor/{cycleId}/data?unit=} (which the page asks for
 * every 30 seconds) and each table as CSV at {@code /dasbor/{cycleId}/{table}.csv?unit=}.
 */
@Controller
class DashboardController {

    private final DashboardReader reader;

    DashboardController(DashboardReader reader) {
        this.reader = reader;
    }

    record CycleOption(long id, String label) {
    }

    record UnitOption(long id, String label) {
    }

    @GetMapping("/dasbor")
    String page(@RequestParam(name = "siklus", required = false) Long cycleId, @RequestParam(name = "unit", required = false) Long unitId,
            Model model) {
        List<CycleSettings> cycles = reader.cycles();
        model.addAttribute("cycles", cycles.stream().map(c -> new CycleOption(c.id(), IndonesianFormat.cycleName(c.name(), c.year()))).toList());
        if (cycles.isEmpty()) {
            model.addAttribute("dashboard", null);
            return "dasbor";
        }
        long chosen = cycleId != null ? cycleId : cycles.get(0).id();
        DashboardData data = reader.read(chosen, unitId);
        model.addAttribute("dashboard", DashboardViews.build(data));
        // the cycle's units as read for the dashboard itself (no second read of the unit tree)
        model.addAttribute("units", data.units().values().stream().sorted(java.util.Comparator.comparing(UnitRef::code))
                .map(u -> new UnitOption(u.id(), u.code() + " · " + u.name())).toList());
        return "dasbor";
    }

    @GetMapping("/dasbor/{cycleId}/data")
    @ResponseBody
    Dashboard data(@PathVariable long cycleId, @RequestParam(name = "unit", required = false) Long unitId) {
        return DashboardViews.build(reader.read(cycleId, unitId));
    }

    @GetMapping("/dasbor/{cycleId}/{table}.csv")
    void csv(@PathVariable long cycleId, @PathVariable String table, @RequestParam(name = "unit", required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        Table found = DashboardViews.build(reader.read(cycleId, unitId)).table(table);
        if (found == null) {
            throw Rejection.notFound("Tabel dasbor \"" + table + "\" tidak ada. Tabel yang tersedia: fase, kemajuan, tugas, predikat, "
                    + "batas, ikm, tren.");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dasbor-" + cycleId + "-" + found.id()
                + (unitId == null ? "" : "-unit-" + unitId) + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        DashboardCsv.write(found, writer);
    }
}
