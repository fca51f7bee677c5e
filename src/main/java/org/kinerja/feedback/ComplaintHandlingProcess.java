package org.kinerja.feedback;

/** Ids and variable names of {@code ComplaintHandlingProcess}. */
final class ComplaintHandlingProcess {

    public static final String PROCESS_ID = "ComplaintHandlingProcess";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpComplaint";
    public static final String END_EVENT_CLOSED = "EndEvent_ComplaintClosed";

    public static final String VAR_COMPLAINT_ID = "complaintId";
    /** The unit head who follows the complaint up; null sends it to the HR admins. */
    public static final String VAR_HANDLER_NIP = "handlerNip";
    public static final String VAR_REMINDER_DELAY = "reminderDelay";
    public static final String VAR_ESCALATION_DELAY = "escalationDelay";

    // form fields
    static final String FORM_TICKET = "ticketNumber";
    static final String FORM_SERVICE = "serviceType";
    static final String FORM_UNIT = "unitName";
    static final String FORM_SERVED_ON = "servedOn";
    static final String FORM_COMPLAINT = "complaintText";
    static final String FORM_ACTION = "actionTaken";

    private ComplaintHandlingProcess() {
    }
}
