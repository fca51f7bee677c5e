package org.kinerja.feedback;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.shared.PublicAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The citizen's printed proof of service (bukti layanan): a QR code leading to the public survey page of the ticket,
 * and an A6 PDF slip around it.
 */
@Component
class TicketSlips {

    static final int QR_SIZE = 300;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final ServiceTicketRepository tickets;
    private final OrganizationDirectory organization;
    private final String publicBaseUrl;
    private final Duration window;

    TicketSlips(ServiceTicketRepository tickets, OrganizationDirectory organization,
            PublicAddress address, FeedbackSettings settings) {
        this.tickets = tickets;
        this.organization = organization;
        this.publicBaseUrl = address.publicBaseUrl();
        this.window = settings.survey().responseWindow();
    }

    /** The ticket as stored (numbers are stored upper case), if it exists. */
    @Transactional(readOnly = true)
    Optional<String> find(String ticketNumber) {
        return lookup(ticketNumber).map(ServiceTicket::getTicketNumber);
    }

    /** The public survey page of a ticket; the number is one URL-encoded path segment ({@code /} becomes {@code %2F}). */
    String surveyUrl(String ticketNumber) {
        // A query parameter, not a path segment: ticket numbers may contain '/', which Tomcat refuses encoded in a path.
        return publicBaseUrl + "/survei?tiket=" + UriUtils.encodeQueryParam(ticketNumber, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A QR code PNG of the survey URL, empty for an unknown ticket. */
    @Transactional(readOnly = true)
    Optional<byte[]> qrPng(String ticketNumber) {
        return lookup(ticketNumber).map(t -> qrPng(surveyUrl(t.getTicketNumber()), QR_SIZE));
    }

    /** The printable A6 slip, empty for an unknown ticket. */
    @Transactional(readOnly = true)
    Optional<byte[]> slipPdf(String ticketNumber) {
        return lookup(ticketNumber).map(this::slip);
    }

    private Optional<ServiceTicket> lookup(String ticketNumber) {
        if (ticketNumber == null || ticketNumber.isBlank()) {
            return Optional.empty();
        }
        return tickets.findByTicketNumber(ticketNumber.trim().toUpperCase(Locale.ROOT));
    }

    static byte[] qrPng(String content, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code could not be encoded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] slip(ServiceTicket ticket) {
        String url = surveyUrl(ticket.getTicketNumber());
        Optional<UnitRef> unit = organization.unit(ticket.getUnitId());
        String unitName = unit.map(UnitRef::name).orElse("-");
        String agencyName = unit.map(this::agency).map(UnitRef::name).orElse(unitName);
        String employeeName = organization.employee(ticket.getEmployeeId()).map(EmployeeRef::name).orElse("-");
        Instant servedAt = ticket.getServedAt();

        Font title = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 9, Font.BOLD);
        Font label = new Font(Font.HELVETICA, 8, Font.NORMAL);
        Font value = new Font(Font.HELVETICA, 8, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 7, Font.NORMAL);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 22, 22, 20, 20);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Bukti Layanan " + ticket.getTicketNumber());
            document.open();
            document.add(centered(agencyName, heading));
            if (!agencyName.equals(unitName)) {
                document.add(centered(unitName, label));
            }
            Paragraph header = centered("Bukti Layanan — Survei Kepuasan Masyarakat", title);
            header.setSpacingBefore(6);
            header.setSpacingAfter(6);
            document.add(header);

            PdfPTable details = new PdfPTable(new float[] {2.2f, 4f});
            details.setWidthPercentage(100);
            row(details, "Nomor tiket", ticket.getTicketNumber(), label, value);
            row(details, "Jenis layanan", ticket.getServiceType(), label, value);
            row(details, "Tanggal layanan", org.kinerja.shared.IndonesianFormat.date(servedAt), label, value);
            row(details, "Petugas", employeeName, label, value);
            document.add(details);

            Image qr = Image.getInstance(qrPng(url, QR_SIZE));
            qr.scaleToFit(120, 120);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            document.add(centered(url, small));

            Paragraph invitation = centered("Pindai kode QR untuk menilai layanan kami. Survei dapat diisi sampai "
                    + org.kinerja.shared.IndonesianFormat.date(servedAt.plus(window)) + ".", label);
            invitation.setSpacingBefore(6);
            document.add(invitation);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF slip could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The top of the unit's tree (the agency, instansi); the unit itself when it has no parent. */
    private UnitRef agency(UnitRef unit) {
        UnitRef current = unit;
        for (int depth = 0; depth < 20 && current.parentId() != null; depth++) {
            Optional<UnitRef> parent = organization.unit(current.parentId());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(new Chunk(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static void row(PdfPTable table, String name, String text, Font label, Font value) {
        PdfPCell left = new PdfPCell(new Paragraph(name, label));
        PdfPCell right = new PdfPCell(new Paragraph(text, value));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
    }
}
