package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator templates per position, kept by HR. Saving a template creates a new version; a cycle prefills its SKPs
 * from the newest version that existed when the cycle opened, so revisions apply to the next cycle only.
 */
@Service
@Transactional
public class IndicatorTemplateService {

    /** One indicator of a template, as HR submits it. */
    public record TemplateItem(String resultTitle, String name, String unit, BigDecimal target, Direction direction,
            BigDecimal weight, Aspect aspect, String perspective) {
    }

    /** A stored template version. */
    public record TemplateView(String position, int version, String createdBy, List<TemplateItem> items) {
    }

    private final IndicatorTemplateRepository templates;
    private final OrganizationDirectory organization;

    IndicatorTemplateService(IndicatorTemplateRepository templates, OrganizationDirectory organization) {
        this.templates = templates;
        this.organization = organization;
    }

    public TemplateView saveNewVersion(String positionName, List<TemplateItem> items, String createdBy) {
        long positionId = organization.positionId(positionName).orElseThrow(() -> new NotValidException(
                "Jabatan tidak dikenal: '" + positionName + "'. Jabatan dibuat melalui impor pegawai."));
        List<String> problems = new ArrayList<>();
        if (items == null || items.isEmpty() || items.size() > FormKeys.MAX_INDICATORS) {
            problems.add("Templat harus berisi 1–" + FormKeys.MAX_INDICATORS + " indikator.");
        } else {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                TemplateItem item = items.get(i);
                String p = "Indikator " + (i + 1) + ": ";
                if (blank(item.resultTitle()) || blank(item.name()) || blank(item.unit())) {
                    problems.add(p + "RHK, nama indikator dan satuan wajib diisi.");
                }
                if (item.target() == null || item.target().signum() <= 0) {
                    problems.add(p + "target harus lebih dari 0.");
                }
                if (item.direction() == null || item.aspect() == null) {
                    problems.add(p + "arah dan aspek wajib diisi.");
                }
                if (item.weight() == null || item.weight().signum() <= 0) {
                    problems.add(p + "bobot harus lebih dari 0.");
                } else {
                    total = total.add(item.weight());
                }
            }
            if (problems.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
                problems.add("Jumlah bobot harus 100, sekarang " + total.stripTrailingZeros().toPlainString() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new NotValidException("Templat ditolak: " + String.join(" ", problems));
        }
        int version = templates.findFirstByPositionIdOrderByVersionDesc(positionId).map(t -> t.getVersion() + 1).orElse(1);
        IndicatorTemplate saved = templates.save(new IndicatorTemplate(positionId, version, createdBy, items.stream()
                .map(i -> new IndicatorTemplate.Item(i.resultTitle().trim(), i.name().trim(), i.unit().trim(), i.target(), i.direction(),
                        i.weight(), i.aspect(), blank(i.perspective()) ? null : i.perspective().trim()))
                .toList()));
        return view(positionName, saved);
    }

    @Transactional(readOnly = true)
    public List<TemplateView> versions(String positionName) {
        long positionId = organization.positionId(positionName).orElseThrow(() -> new NotValidException(
                "Jabatan tidak dikenal: '" + positionName + "'."));
        return templates.findAll().stream().filter(t -> t.getPositionId() == positionId)
                .sorted(java.util.Comparator.comparingInt(IndicatorTemplate::getVersion).reversed())
                .map(t -> view(positionName, t)).toList();
    }

    public boolean hasAny() {
        return templates.count() > 0;
    }

    private static TemplateView view(String position, IndicatorTemplate t) {
        return new TemplateView(position, t.getVersion(), t.getCreatedBy(), t.getItems().stream()
                .map(i -> new TemplateItem(i.resultTitle(), i.name(), i.unit(), i.target(), i.direction(), i.weight(), i.aspect(),
                        i.perspective()))
                .toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
