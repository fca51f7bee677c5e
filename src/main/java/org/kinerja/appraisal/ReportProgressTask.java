package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.EVIDENCE_LINK;
import static org.kinerja.appraisal.FormKeys.EVIDENCE_NOTE;

import java.math.BigDecimal;
import java.util.Map;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_ReportProgress}: the employee reports the realisation so far, with evidence (a note or a link). */
@Component
class ReportProgressTask extends AppraisalTask {

    ReportProgressTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_REPORT_PROGRESS;
    }

    @Override
    Integer periodOrNull(TaskScope task) {
        return period(task);
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.EMPLOYEE, actor);
        Map<Integer, BigDecimal> realisations = realisations(task, form);
        String note = form.text(EVIDENCE_NOTE, "Catatan bukti dukung", false, 2000);
        String link = form.text(EVIDENCE_LINK, "Tautan bukti dukung", false, 500);
        if (note == null && link == null) {
            form.problem("Bukti dukung wajib diisi: tulis catatan atau tautan.");
        }
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            form.problem("Tautan bukti dukung harus diawali http:// atau https://.");
        }
        form.check("Laporan kemajuan");
        appraisals.reportProgress(appraisalId(task), period(task), realisations, note, link, actor);
        return noFlags();
    }
}
