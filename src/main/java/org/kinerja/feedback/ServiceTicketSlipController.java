package org.kinerja.feedback;

import org.kinerja.shared.Rejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The QR code and the printable slip of a registered ticket, for the counter system and HR (same rule as registering:
 * {@code /api/service-tickets/**}).
 *
 * <p>Ticket numbers may contain {@code /}. An encoded slash ({@code %2F}) in the path is rejected before it reaches
 * Spring MVC (Spring Security's firewall, then Tomcat), so the number goes either in the path when it has no slash
 * ({@code /api/service-tickets/REG-1.2/qr.png}) or, always working, as the request parameter {@code nomor}
 * ({@code /api/service-tickets/qr.png?nomor=REG%2F2026%2F1}).
 */
@RestController
@RequestMapping("/api/service-tickets")
class ServiceTicketSlipController {

    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final TicketSlips slips;

    ServiceTicketSlipController(TicketSlips slips) {
        this.slips = slips;
    }

    @GetMapping("/{ticketNumber}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String ticketNumber) {
        return qrOf(ticketNumber);
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qrByParameter(@RequestParam("nomor") String ticketNumber) {
        return qrOf(ticketNumber);
    }

    @GetMapping("/{ticketNumber}/slip.pdf")
    ResponseEntity<byte[]> slip(@PathVariable String ticketNumber) {
        return slipOf(ticketNumber);
    }

    @GetMapping("/slip.pdf")
    ResponseEntity<byte[]> slipByParameter(@RequestParam("nomor") String ticketNumber) {
        return slipOf(ticketNumber);
    }

    private ResponseEntity<byte[]> qrOf(String ticketNumber) {
        byte[] png = slips.qrPng(ticketNumber).orElseThrow(ServiceTicketSlipController::unknown);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "no-store").body(png);
    }

    private ResponseEntity<byte[]> slipOf(String ticketNumber) {
        String number = slips.find(ticketNumber).orElseThrow(ServiceTicketSlipController::unknown);
        byte[] pdf = slips.slipPdf(number).orElseThrow(ServiceTicketSlipController::unknown);
        // A slash is not allowed in a file name.
        String filename = "tiket-" + number.replace('/', '-') + ".pdf";
        return ResponseEntity.ok().contentType(PDF).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    private static Rejection unknown() {
        return Rejection.notFound("Tiket layanan tidak ditemukan. Periksa kembali nomor tiket.");
    }
}
