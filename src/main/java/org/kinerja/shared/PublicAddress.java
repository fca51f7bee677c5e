package org.kinerja.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.public-base-url}: the address people reach Kinerja at, used in links in mails, QR codes and documents
 * (default {@code http://localhost:8080}); without a trailing slash.
 */
@ConfigurationProperties(prefix = "kinerja")
public record PublicAddress(String publicBaseUrl) {

    public PublicAddress {
        String url = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080" : publicBaseUrl.strip();
        publicBaseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The base address with a path appended, e.g. {@code /survei?tiket=…}. */
    public String link(String path) {
        return publicBaseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
